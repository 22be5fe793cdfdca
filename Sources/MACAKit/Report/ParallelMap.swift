import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` over every core: each element is transformed on whichever core
    /// is free, and the results come back in the elements' order. A report
    /// over a thousand days reads, verifies, folds and scans them this way.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Slots<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results[index] = transform(elements[index])
        }
        // concurrentPerform has run every index once before it returns.
        return results.values.map { $0! }
    }

    /// The throwing `parallelMap`: the first error by element order is
    /// thrown, as a plain `map` would throw it.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) throws -> Result) throws -> [Result] {
        try parallelMap { element in Swift.Result { try transform(element) } }.map { try $0.get() }
    }
}

/// One slot per index, each written by exactly one iteration of
/// `concurrentPerform`; the lock makes the writes visible to the reader.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
