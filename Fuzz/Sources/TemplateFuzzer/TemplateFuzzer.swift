import Foundation
import MACAKit

/// libFuzzer calls this once per input; see FuzzEntryPoints.template.
@_cdecl("LLVMFuzzerTestOneInput")
public func templateFuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let violations = FuzzEntryPoints.template(data)
    if !violations.isEmpty {
        fatalError("template property violated: \(violations.joined(separator: "; "))")
    }
    return 0
}
