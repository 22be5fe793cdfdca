import Foundation
import MACAKit

/// libFuzzer calls this once per input; see FuzzEntryPoints.journal.
@_cdecl("LLVMFuzzerTestOneInput")
public func journalFuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let violations = FuzzEntryPoints.journal(data)
    if !violations.isEmpty {
        fatalError("journal property violated: \(violations.joined(separator: "; "))")
    }
    return 0
}
