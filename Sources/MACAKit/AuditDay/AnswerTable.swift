/// A case's answers by key, kept in key order in two arrays.
///
/// A case has a few dozen answers, and a report holds every case of every
/// day it reads. As a hash table each answer cost two slots (a table of 32
/// answers has 64), and each slot the width of a key and an answer; here
/// an answer costs its own width once (issue 18). A lookup is a binary
/// search over a few dozen keys; an insertion moves the ones after it.
/// Iteration is in key order (`AnswerKey`'s `<`): by case, question, then
/// agency, with no agency first.
public struct AnswerTable: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: AnswerKey, value: RecordedAnswer)

    /// The keys, in order, each once.
    public private(set) var keys: [AnswerKey] = []
    /// The answers, at their keys' places.
    public private(set) var values: [RecordedAnswer] = []

    public init() {}

    public init(dictionaryLiteral elements: (AnswerKey, RecordedAnswer)...) {
        for (key, value) in elements { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Where the key is, or where it would go.
    private func place(of key: AnswerKey) -> (index: Int, found: Bool) {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return (low, low < keys.count && keys[low] == key)
    }

    /// The answer at a key; setting nil removes it.
    public subscript(key: AnswerKey) -> RecordedAnswer? {
        get {
            let (index, found) = place(of: key)
            return found ? values[index] : nil
        }
        set {
            let (index, found) = place(of: key)
            switch (found, newValue) {
            case let (true, value?): values[index] = value
            case (true, nil):
                keys.remove(at: index)
                values.remove(at: index)
            case let (false, value?):
                keys.insert(key, at: index)
                values.insert(value, at: index)
            case (false, nil): break
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: AnswerKey) -> RecordedAnswer? {
        let old = self[key]
        self[key] = nil
        return old
    }

    /// The same keys, each answer changed by `transform`, in arrays no
    /// larger than they need to be: a table grown one answer at a time may
    /// have room for twice as many.
    public func compacted(_ transform: (RecordedAnswer) -> RecordedAnswer = { $0 }) -> AnswerTable {
        var table = AnswerTable()
        table.keys.reserveCapacity(keys.count)
        table.values.reserveCapacity(values.count)
        table.keys.append(contentsOf: keys)
        table.values.append(contentsOf: values.lazy.map(transform))
        return table
    }

    /// The answers that pass `isIncluded`, as a table (as a dictionary's `filter` gives a dictionary).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> AnswerTable {
        var table = AnswerTable()
        for element in self where try isIncluded(element) {
            table.keys.append(element.key)
            table.values.append(element.value)
        }
        return table
    }

    /// Each answer changed by `transform`, by key.
    public func mapValues<T>(_ transform: (RecordedAnswer) throws -> T) rethrows -> [AnswerKey: T] {
        var mapped: [AnswerKey: T] = [:]
        for (key, value) in self { mapped[key] = try transform(value) }
        return mapped
    }

    public func makeIterator() -> some IteratorProtocol<Element> {
        zip(keys, values).lazy.map { (key: $0, value: $1) }.makeIterator()
    }

    public var underestimatedCount: Int { keys.count }
}
