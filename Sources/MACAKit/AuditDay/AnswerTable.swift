/// A case's answers by key, kept in key order.
///
/// A case has a few dozen answers, and a report holds every case of every
/// day it reads. As a hash table each answer cost two slots (a table of 32
/// answers has 64), and each slot the width of a key and an answer; here
/// an answer costs its own width once (issue 18). A lookup is a binary
/// search over a few dozen keys; an insertion moves the ones after it.
/// Iteration is in key order (`AnswerKey`'s `<`): by case, question, then
/// agency, with no agency first.
///
/// A table is kept in one of two ways, which read the same:
/// - two arrays, keys and answers, as the fold and the REPL build it;
/// - packed (``packed(_:)``), as a report keeps each day it has read: the
///   keys as numbers into the day's ids, and every answer's kind and text
///   in one run of bytes, read back into values as they are asked for.
///   Changing a packed table unpacks it first.
public struct AnswerTable: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: AnswerKey, value: RecordedAnswer)

    private var keyList: [AnswerKey] = []
    private var valueList: [RecordedAnswer] = []
    /// When set, the table's answers; the two lists are then empty.
    private var packing: PackedAnswers?

    public init() {}

    public init(dictionaryLiteral elements: (AnswerKey, RecordedAnswer)...) {
        for (key, value) in elements { self[key] = value }
    }

    /// The keys, in order, each once.
    public var keys: [AnswerKey] {
        guard let packing else { return keyList }
        return (0 ..< packing.count).map(packing.key)
    }

    /// The answers, at their keys' places.
    public var values: [RecordedAnswer] {
        guard let packing else { return valueList }
        return (0 ..< packing.count).map(packing.answer)
    }

    public var count: Int { packing?.count ?? keyList.count }
    public var isEmpty: Bool { count == 0 }

    /// Whether the table is kept packed (for tests and figures: it reads the same either way).
    public var isPacked: Bool { packing != nil }

    /// Where the key is, or where it would go.
    private func place(of key: AnswerKey) -> (index: Int, found: Bool) {
        if let packing { return packing.place(of: key) }
        let index = keyList.partitionPoint { $0 < key }
        return (index, index < keyList.count && keyList[index] == key)
    }

    /// Back to two arrays, before a change.
    private mutating func unpack() {
        guard let packing else { return }
        keyList = (0 ..< packing.count).map(packing.key)
        valueList = (0 ..< packing.count).map(packing.answer)
        self.packing = nil
    }

    /// The answer at a key; setting nil removes it.
    public subscript(key: AnswerKey) -> RecordedAnswer? {
        get {
            let (index, found) = place(of: key)
            guard found else { return nil }
            return packing?.answer(at: index) ?? valueList[index]
        }
        set {
            unpack()
            let (index, found) = place(of: key)
            switch (found, newValue) {
            case let (true, value?): valueList[index] = value
            case (true, nil):
                keyList.remove(at: index)
                valueList.remove(at: index)
            case let (false, value?):
                keyList.insert(key, at: index)
                valueList.insert(value, at: index)
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
        rebuilt { transform($1) }
    }

    /// Every answer changed by `transform`, in two arrays of the table's size.
    private func rebuilt(_ transform: (AnswerKey, RecordedAnswer) throws -> RecordedAnswer) rethrows -> AnswerTable {
        var table = AnswerTable()
        table.keyList.reserveCapacity(count)
        table.valueList.reserveCapacity(count)
        for (key, value) in self {
            table.keyList.append(key)
            table.valueList.append(try transform(key, value))
        }
        return table
    }

    /// The same answers, packed, with the keys' questions and agencies
    /// numbered in `ids`; as it is when it cannot be packed: its keys are of
    /// more than one case (or spell the case's reference in two ways), an
    /// id is not in `ids` with the same bytes, or an answer has more
    /// than a value and the return it came from (an author, a writer, a
    /// time or earlier values, which a report's cut-down day has dropped).
    public func packed(_ ids: PackedAnswers.IDs) -> AnswerTable {
        guard packing == nil, let packing = PackedAnswers(keys: keyList, values: valueList, ids: ids) else { return self }
        var table = AnswerTable()
        table.packing = packing
        return table
    }

    /// Each answer changed by `transform`, under the same keys, kept as this
    /// table is: a packed table's answers packed again, where they can be.
    public func replacingAnswers(_ transform: (AnswerKey, RecordedAnswer) throws -> RecordedAnswer) rethrows -> AnswerTable {
        let table = try rebuilt(transform)
        guard let packing else { return table }
        return table.packed(packing.ids)
    }

    /// The answers that pass `isIncluded`, as a table (as a dictionary's `filter` gives a dictionary).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> AnswerTable {
        var table = AnswerTable()
        for element in self where try isIncluded(element) {
            table.keyList.append(element.key)
            table.valueList.append(element.value)
        }
        return table
    }

    /// Each answer changed by `transform`, by key.
    public func mapValues<T>(_ transform: (RecordedAnswer) throws -> T) rethrows -> [AnswerKey: T] {
        var mapped: [AnswerKey: T] = [:]
        for (key, value) in self { mapped[key] = try transform(value) }
        return mapped
    }

    public struct Iterator: IteratorProtocol {
        fileprivate let table: AnswerTable
        fileprivate var index = 0

        public mutating func next() -> Element? {
            guard index < table.count else { return nil }
            defer { index += 1 }
            if let packing = table.packing { return (packing.key(at: index), packing.answer(at: index)) }
            return (table.keyList[index], table.valueList[index])
        }
    }

    public func makeIterator() -> Iterator { Iterator(table: self) }

    public var underestimatedCount: Int { count }

    /// The same answers under the same keys, however each table is kept.
    public static func == (lhs: AnswerTable, rhs: AnswerTable) -> Bool {
        if lhs.packing == nil && rhs.packing == nil { return lhs.keyList == rhs.keyList && lhs.valueList == rhs.valueList }
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// A case's answers packed (``AnswerTable/packed(_:)``): per answer, its
/// key as two numbers into the day's ids and where its bytes begin; the
/// bytes hold each answer's kind, its strings (length, then UTF-8) and the
/// return it came from. About a third of the two arrays and the strings
/// they point to, for a report's kept day (issue 18).
public final class PackedAnswers: Sendable {
    /// The question and agency ids of one day's keys, each once, numbered.
    public final class IDs: Sendable {
        let list: [String]
        let numbers: [String: UInt16]

        /// At most 65,535 ids: more are not numbered, and a table with one of them is not packed.
        public init<S: Sequence<String>>(_ ids: S) {
            var list: [String] = []
            var numbers: [String: UInt16] = [:]
            for id in ids where numbers[id] == nil && list.count < Int(UInt16.max) {
                numbers[id] = UInt16(list.count)
                list.append(id)
            }
            self.list = list
            self.numbers = numbers
        }

        /// The id's number, if it is numbered with these very bytes.
        func number(_ id: String) -> UInt16? {
            guard let number = numbers[id], list[Int(number)].utf8.elementsEqual(id.utf8) else { return nil }
            return number
        }
    }

    private static let noAgency = UInt16.max

    private let ref: String
    /// The day's ids the keys are numbered in.
    let ids: IDs
    /// Per answer: its question's number, then its agency's (`noAgency` for none).
    private let keyNumbers: [UInt16]
    /// Per answer, where its bytes begin; one more at the end.
    private let starts: [UInt32]
    private let bytes: [UInt8]

    var count: Int { starts.count - 1 }

    init?(keys: [AnswerKey], values: [RecordedAnswer], ids: IDs) {
        guard let ref = keys.first?.ref else { return nil }
        var numbers: [UInt16] = []
        numbers.reserveCapacity(keys.count * 2)
        var starts: [UInt32] = []
        starts.reserveCapacity(keys.count + 1)
        var bytes: [UInt8] = []
        for (key, value) in zip(keys, values) {
            // Each key must read back with its own bytes: the same ref, and ids numbered as spelled (Swift
            // holds "é" and "e" with an accent equal, and a dictionary would number both as the first seen).
            guard key.ref.utf8.elementsEqual(ref.utf8), let question = ids.number(key.question) else { return nil }
            let agency: UInt16
            if let id = key.agency {
                guard let number = ids.number(id) else { return nil }
                agency = number
            } else {
                agency = Self.noAgency
            }
            guard value.author.isEmpty, value.writer.isEmpty, value.timestamp.isEmpty, value.history.isEmpty else { return nil }
            numbers.append(question)
            numbers.append(agency)
            starts.append(UInt32(bytes.count))
            Self.encode(value, into: &bytes)
            guard bytes.count < Int(UInt32.max) else { return nil }
        }
        starts.append(UInt32(bytes.count))
        self.ref = ref
        self.ids = ids
        keyNumbers = numbers
        self.starts = starts
        // Grown an answer at a time, the bytes may have room for twice as many: kept at their size.
        self.bytes = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
    }

    func key(at index: Int) -> AnswerKey {
        let agency = keyNumbers[2 * index + 1]
        return AnswerKey(ref: ref, question: ids.list[Int(keyNumbers[2 * index])], agency: agency == Self.noAgency ? nil : ids.list[Int(agency)])
    }

    func place(of key: AnswerKey) -> (index: Int, found: Bool) {
        let index = (0 ..< count).partitionPoint { self.key(at: $0) < key }
        return (index, index < count && self.key(at: index) == key)
    }

    // MARK: The bytes of an answer

    /// The answer's first byte: whether it has a value and a return, then the value's kind.
    private enum Kind: UInt8 {
        case none, text, choice, choices, yes, partly, no, grade, date, tags
    }

    private static let fromReturnFlag: UInt8 = 0x80

    private static func encode(_ answer: RecordedAnswer, into bytes: inout [UInt8]) {
        let kind: Kind, strings: [String]
        switch answer.value {
        case nil: (kind, strings) = (.none, [])
        case let .text(text)?: (kind, strings) = (.text, [text])
        case let .choice(id)?: (kind, strings) = (.choice, [id])
        case let .choices(ids)?: (kind, strings) = (.choices, ids)
        case let .yesPartlyNo(answer, evidence)?:
            kind = switch answer { case .yes: .yes; case .partly: .partly; case .no: .no }
            strings = [evidence]
        case let .grade(level, rationale)?: (kind, strings) = (.grade, [level, rationale])
        case let .date(date)?: (kind, strings) = (.date, [date])
        case let .tags(tags)?: (kind, strings) = (.tags, tags)
        }
        bytes.append(kind.rawValue | (answer.fromReturn == nil ? 0 : fromReturnFlag))
        if kind == .choices || kind == .tags { appendNumber(strings.count, to: &bytes) }
        for string in strings { append(string, to: &bytes) }
        if let from = answer.fromReturn { append(from, to: &bytes) }
    }

    /// A number in 7-bit groups, lowest first, the last without its top bit.
    private static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(number)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func append(_ string: String, to bytes: inout [UInt8]) {
        appendNumber(string.utf8.count, to: &bytes)
        bytes.append(contentsOf: string.utf8)
    }

    func answer(at index: Int) -> RecordedAnswer {
        bytes.withUnsafeBufferPointer { all in
            var reader = Reader(bytes: all, offset: Int(starts[index]))
            let first = reader.byte()
            let value: AnswerValue?
            switch Kind(rawValue: first & ~Self.fromReturnFlag)! {
            case .none: value = nil
            case .text: value = .text(reader.string())
            case .choice: value = .choice(reader.string())
            case .choices: value = .choices((0 ..< reader.number()).map { _ in reader.string() })
            case .yes: value = .yesPartlyNo(.yes, evidence: reader.string())
            case .partly: value = .yesPartlyNo(.partly, evidence: reader.string())
            case .no: value = .yesPartlyNo(.no, evidence: reader.string())
            case .grade:
                let level = reader.string()
                value = .grade(level: level, rationale: reader.string())
            case .date: value = .date(reader.string())
            case .tags: value = .tags((0 ..< reader.number()).map { _ in reader.string() })
            }
            var answer = RecordedAnswer(value: value, author: "", writer: "", timestamp: "")
            if first & Self.fromReturnFlag != 0 { answer.fromReturn = reader.string() }
            return answer
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset: Int

        mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func number() -> Int {
            var value = 0, shift = 0
            while true {
                let next = byte()
                value |= Int(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
            }
        }

        /// Bytes written from a String, so valid UTF-8.
        mutating func string() -> String {
            let length = number()
            defer { offset += length }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset ..< offset + length]), as: UTF8.self)
        }
    }
}
