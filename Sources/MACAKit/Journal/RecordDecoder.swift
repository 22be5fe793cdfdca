import Foundation

/// A decoder written for the journal's own record shape, over a line's bytes.
///
/// `JSONDecoder` was most of the time `maca report` spends (58% in a perf
/// profile): it builds a table of each object's keys and allocates for every
/// value. This reads the one shape a record has: a top-level object with the
/// record's members and an `event` object whose `type` says which members
/// follow.
///
/// It only ever says yes when it is sure: for any line it cannot vouch for it
/// returns nil ("not sure"), and `RecordCodec` gives the line to the
/// reference decoder (`JSONDecoder`), which decides as it always did. Every
/// line that is refused, or that is unusual in any way, is therefore decided
/// by the reference decoder; this one only has to be right about the lines
/// it accepts: the same `Body` the reference decoder gives.
///
/// Not sure, and so handed to the reference decoder: anything that is not
/// strict JSON; `null` anywhere; a number that is not a plain integer of at
/// most 18 digits (a fraction, an exponent, `-0`, leading zeros); a `\u`
/// escape of a surrogate; bytes that are not UTF-8; a control character in a
/// string; an object with two members of the same name, or a member name
/// that is not ASCII; nesting deeper than 64; a value of a type the field
/// does not take; a missing field; an event type maca knows whose payload
/// does not decode. maca's writer produces none of these, so on real
/// journals the fallback does not run (the differential tests count it).
enum RecordDecoder {
    /// Decodes a record's body, or nil when the reference decoder must decide.
    static func body(_ bytes: UnsafeBufferPointer<UInt8>) -> RecordCodec.Body? {
        var parser = Parser(bytes: bytes)
        do {
            let value = try parser.document()
            guard case let .object(record) = value else { return nil }
            return try body(record)
        } catch {
            return nil
        }
    }

    /// The line is not one this decoder vouches for.
    struct NotSure: Error {}

    // MARK: - JSON values

    enum Value {
        case string(String)
        case int(Int)
        case bool(Bool)
        case object(Object)
        case array([Value])
    }

    struct Object {
        var keys: [String] = []
        var values: [Value] = []

        func value(_ key: String) -> Value? {
            for index in keys.indices where keys[index] == key { return values[index] }
            return nil
        }

        func string(_ key: String) throws(NotSure) -> String {
            guard let value = value(key) else { throw NotSure() }
            return try RecordDecoder.string(value)
        }

        func optionalString(_ key: String) throws(NotSure) -> String? {
            guard let value = value(key) else { return nil }
            return try RecordDecoder.string(value)
        }

        func int(_ key: String) throws(NotSure) -> Int {
            guard case let .int(number)? = value(key) else { throw NotSure() }
            return number
        }

        func optionalInt(_ key: String) throws(NotSure) -> Int? {
            guard let value = value(key) else { return nil }
            guard case let .int(number) = value else { throw NotSure() }
            return number
        }

        func bool(_ key: String) throws(NotSure) -> Bool {
            guard case let .bool(flag)? = value(key) else { throw NotSure() }
            return flag
        }

        func optionalBool(_ key: String) throws(NotSure) -> Bool? {
            guard let value = value(key) else { return nil }
            guard case let .bool(flag) = value else { throw NotSure() }
            return flag
        }

        func object(_ key: String) throws(NotSure) -> Object {
            guard case let .object(object)? = value(key) else { throw NotSure() }
            return object
        }

        func strings(_ key: String) throws(NotSure) -> [String] {
            guard let value = value(key) else { throw NotSure() }
            return try RecordDecoder.strings(value)
        }
    }

    static func string(_ value: Value) throws(NotSure) -> String {
        guard case let .string(text) = value else { throw NotSure() }
        return text
    }

    static func strings(_ value: Value) throws(NotSure) -> [String] {
        guard case let .array(elements) = value else { throw NotSure() }
        var out: [String] = []
        out.reserveCapacity(elements.count)
        for element in elements { out.append(try string(element)) }
        return out
    }

    // MARK: - The parser

    /// Strict JSON over UTF-8 bytes; throws on anything it does not vouch for.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var depth = 0
        static let maximumDepth = 64

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func document() throws(NotSure) -> Value {
            skipWhitespace()
            let value = try value()
            skipWhitespace()
            guard index == bytes.count else { throw NotSure() }
            return value
        }

        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        private mutating func value() throws(NotSure) -> Value {
            guard index < bytes.count else { throw NotSure() }
            switch bytes[index] {
            case UInt8(ascii: "{"): return .object(try object())
            case UInt8(ascii: "["): return .array(try array())
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .int(try integer())
            default: throw NotSure()  // null among them
            }
        }

        private mutating func literal(_ word: StaticString) throws(NotSure) {
            let count = word.utf8CodeUnitCount
            guard bytes.count - index >= count else { throw NotSure() }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw NotSure() }
            index += count
        }

        private mutating func enter() throws(NotSure) {
            depth += 1
            guard depth <= Self.maximumDepth else { throw NotSure() }
            index += 1
            skipWhitespace()
        }

        private mutating func object() throws(NotSure) -> Object {
            try enter()
            var object = Object()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return object
            }
            while true {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw NotSure() }
                let key = try string()
                // Names compare as bytes only when ASCII (Swift compares strings by canonical equivalence).
                guard key.utf8.allSatisfy({ $0 < 0x80 }), !object.keys.contains(key) else { throw NotSure() }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw NotSure() }
                index += 1
                skipWhitespace()
                object.keys.append(key)
                object.values.append(try value())
                skipWhitespace()
                guard index < bytes.count else { throw NotSure() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    skipWhitespace()
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    depth -= 1
                    return object
                } else {
                    throw NotSure()
                }
            }
        }

        private mutating func array() throws(NotSure) -> [Value] {
            try enter()
            var elements: [Value] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return elements
            }
            while true {
                elements.append(try value())
                skipWhitespace()
                guard index < bytes.count else { throw NotSure() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    skipWhitespace()
                } else if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    depth -= 1
                    return elements
                } else {
                    throw NotSure()
                }
            }
        }

        /// A plain integer: an optional minus, then digits without a leading zero; at most 18 digits.
        private mutating func integer() throws(NotSure) -> Int {
            var negative = false
            if bytes[index] == UInt8(ascii: "-") {
                negative = true
                index += 1
            }
            let start = index
            var number = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                guard index - start < 18 else { throw NotSure() }
                number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            let digits = index - start
            guard digits >= 1 else { throw NotSure() }
            if bytes[start] == UInt8(ascii: "0") && (digits > 1 || negative) { throw NotSure() }
            if index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw NotSure()
                default: break
                }
            }
            return negative ? -number : number
        }

        /// A string, from its opening quote to past its closing one.
        private mutating func string() throws(NotSure) -> String {
            index += 1
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = try Self.text(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw NotSure() }
                index += 1
            }
            guard index < bytes.count else { throw NotSure() }
            // Escapes: unescaped into a buffer, validated as a whole (each escape
            // gives a whole scalar, so the buffer is UTF-8 exactly when every run
            // of raw bytes between escapes is).
            var buffer = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return try buffer.withUnsafeBufferPointer { (raw) throws(NotSure) -> String in try Self.text(raw) }
                }
                if byte < 0x20 { throw NotSure() }
                if byte != UInt8(ascii: "\\") {
                    buffer.append(byte)
                    index += 1
                    continue
                }
                index += 1
                guard index < bytes.count else { throw NotSure() }
                switch bytes[index] {
                case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    guard bytes.count - index > 4 else { throw NotSure() }
                    var code: UInt32 = 0
                    for offset in 1...4 {
                        guard let digit = Self.hexValue(bytes[index + offset]) else { throw NotSure() }
                        code = code << 4 | digit
                    }
                    // Surrogates (pairs and lone ones) are left to the reference decoder.
                    guard let scalar = Unicode.Scalar(code) else { throw NotSure() }
                    buffer.append(contentsOf: UTF8.encode(scalar)!)
                    index += 4
                default: throw NotSure()
                }
                index += 1
            }
            throw NotSure()
        }

        private static func text(_ raw: UnsafeBufferPointer<UInt8>) throws(NotSure) -> String {
            guard let text = String(validating: raw, as: UTF8.self) else { throw NotSure() }
            return text
        }

        private static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }
    }

    // MARK: - The record's shape

    private static func body(_ record: Object) throws(NotSure) -> RecordCodec.Body {
        RecordCodec.Body(
            v: try record.int("v"), seq: try record.int("seq"), ts: try record.string("ts"), day: try record.string("day"),
            writer: try record.string("writer"), author: try record.string("author"), event: try event(record.object("event")),
            prev: try record.string("prev"), hash: try record.optionalString("hash"), mac: try record.optionalString("mac"),
            redacted: try record.optionalBool("redacted")
        )
    }

    // Field by field as each payload's synthesized `Decodable` reads it:
    // a non-optional field must be there, an optional one may be absent.
    private static func event(_ o: Object) throws(NotSure) -> Event {
        let type = try o.string("type")
        switch type {
        case "day-opened":
            let stamp = try o.object("template")
            return .dayOpened(DayOpened(
                day: try o.string("day"),
                template: TemplateStamp(
                    id: try stamp.string("id"), version: try stamp.int("version"), sha256: try stamp.string("sha256"),
                    source: try stamp.string("source")
                ),
                date: try o.string("date"), area: try o.string("area"), facilitator: try o.string("facilitator")
            ))
        case "writer-joined": return .writerJoined(WriterJoined(name: try o.string("name"), agency: try o.optionalString("agency")))
        case "agency-attending":
            let agency = try o.object("agency")
            return .agencyAttending(AgencyAttending(agency: Agency(id: try agency.string("id"), name: try agency.string("name"))))
        case "auditor-added": return .auditorAdded(AuditorAdded(name: try o.string("name"), agency: try o.string("agency")))
        case "case-added": return .caseAdded(CaseAdded(ref: try o.string("ref"), reason: try o.string("reason")))
        case "answer-given":
            return .answerGiven(AnswerGiven(
                key: try key(o.object("key")), value: try answer(o.value("value")), fromReturn: try o.optionalString("fromReturn")
            ))
        case "answer-corrected":
            return .answerCorrected(AnswerCorrected(
                key: try key(o.object("key")), old: try optionalAnswer(o.value("old")), new: try optionalAnswer(o.value("new"))
            ))
        case "answer-skipped": return .answerSkipped(AnswerSkipped(key: try key(o.object("key"))))
        case "grade-agreed":
            return .gradeAgreed(GradeAgreed(
                ref: try o.string("ref"), domain: try o.string("domain"), level: try o.string("level"),
                rationale: try o.string("rationale"), previous: try o.optionalString("previous")
            ))
        case "grade-withdrawn":
            return .gradeWithdrawn(GradeWithdrawn(ref: try o.string("ref"), domain: try o.string("domain"), previous: try o.string("previous")))
        case "step-finished": return .stepFinished(StepFinished(step: try o.string("step")))
        case "identifier-choice":
            return .identifierChoice(IdentifierChoice(
                key: try key(o.object("key")), kinds: try o.strings("kinds"), replaced: try o.bool("replaced"),
                reason: try o.optionalString("reason")
            ))
        case "name-registered":
            return .nameRegistered(NameRegistered(
                ref: try o.optionalString("ref"), role: try o.string("role"), hashes: try o.strings("hashes"),
                keyed: try o.optionalBool("keyed"), key: try o.optionalString("key"), sealed: try o.optionalString("sealed")
            ))
        case "action-updated":
            guard let status = ActionStatus(rawValue: try o.string("status")) else { throw NotSure() }
            return .actionUpdated(ActionUpdated(id: try o.string("id"), status: status, evidence: try o.string("evidence"), by: try o.string("by")))
        case "findings-shared": return .findingsShared(FindingsShared(day: try o.string("day"), sharedWith: try o.string("sharedWith")))
        case "action-added": return .actionAdded(try entry(o))
        case "concern-raised": return .concernRaised(try entry(o))
        case "concern-acknowledged":
            return .concernAcknowledged(ConcernAcknowledged(
                id: try o.string("id"), by: try o.string("by"), note: try o.string("note"), previous: try o.optionalString("previous")
            ))
        case "day-closed":
            var journals: [SealedJournal]?
            if let value = o.value("journals") {
                guard case let .array(elements) = value else { throw NotSure() }
                var sealed: [SealedJournal] = []
                for element in elements {
                    guard case let .object(journal) = element else { throw NotSure() }
                    sealed.append(SealedJournal(file: try journal.string("file"), records: try journal.int("records"), head: try journal.string("head")))
                }
                journals = sealed
            }
            return .dayClosed(DayClosed(journals: journals))
        case "day-reopened": return .dayReopened(DayReopened(reason: try o.string("reason")))
        case "seal-witnessed":
            return .sealWitnessed(SealWitnessed(
                day: try o.string("day"), folder: try o.string("folder"), closing: try o.int("closing"), hash: try o.string("hash")
            ))
        case "record-redacted":
            return .recordRedacted(RecordRedacted(
                file: try o.string("file"), sequence: try o.int("sequence"), hash: try o.string("hash"), bodyHash: try o.string("bodyHash"),
                removedTextHash: try o.optionalString("removedTextHash"), reason: try o.string("reason")
            ))
        case "day-deleted":
            return .dayDeleted(DayDeleted(
                day: try o.optionalString("day"), folder: try o.string("folder"), archived: try o.bool("archived"), date: try o.string("date"),
                template: try o.optionalString("template"), cases: try o.optionalInt("cases"), reason: try o.string("reason"),
                retentionMonths: try o.int("retentionMonths"), keepUntil: try o.string("keepUntil"), condition: try o.string("condition"),
                by: try o.string("by")
            ))
        case "answer-starred": return .answerStarred(AnswerStarred(key: try key(o.object("key"))))
        case "agency-not-involved": return .agencyNotInvolved(AgencyNotInvolved(ref: try o.string("ref"), agency: try o.string("agency")))
        case "recommendation-made":
            guard let status = RAGStatus(rawValue: try o.string("status")) else { throw NotSure() }
            return .recommendationMade(RecommendationMade(
                id: try o.string("id"), theme: try o.string("theme"), text: try o.string("text"), owner: try o.string("owner"),
                due: try o.string("due"), measure: try o.string("measure"), resources: try o.string("resources"), status: status,
                by: try o.string("by")
            ))
        case "recommendation-updated":
            guard let status = RAGStatus(rawValue: try o.string("status")) else { throw NotSure() }
            return .recommendationUpdated(RecommendationUpdated(
                id: try o.string("id"), status: status, evidence: try o.string("evidence"), by: try o.string("by")
            ))
        case "action-corrected": return .actionCorrected(try corrected(o))
        case "concern-corrected": return .concernCorrected(try corrected(o))
        case "action-withdrawn": return .actionWithdrawn(try withdrawn(o))
        case "concern-withdrawn": return .concernWithdrawn(try withdrawn(o))
        case "case-corrected":
            return .caseCorrected(CaseCorrected(ref: try o.string("ref"), reason: try o.string("reason"), previous: try o.string("previous")))
        case "record-undone":
            return .recordUndone(RecordUndone(sequence: try o.int("sequence"), hash: try o.string("hash"), undone: try o.string("undone")))
        default:
            // A type this maca does not know. Compared as bytes only when ASCII.
            guard type.utf8.allSatisfy({ $0 < 0x80 }) else { throw NotSure() }
            return .unrecognised(type: type)
        }
    }

    private static func key(_ o: Object) throws(NotSure) -> AnswerKey {
        AnswerKey(ref: try o.string("ref"), question: try o.string("question"), agency: try o.optionalString("agency"))
    }

    private static func entry(_ o: Object) throws(NotSure) -> CaseEntry {
        let fields = try o.object("fields")
        var values: [String: AnswerValue] = [:]
        values.reserveCapacity(fields.keys.count)
        for index in fields.keys.indices { values[fields.keys[index]] = try answer(fields.values[index]) }
        return CaseEntry(ref: try o.string("ref"), id: try o.string("id"), fields: values)
    }

    private static func corrected(_ o: Object) throws(NotSure) -> EntryCorrected {
        EntryCorrected(
            ref: try o.string("ref"), id: try o.string("id"), field: try o.string("field"),
            old: try optionalAnswer(o.value("old")), new: try optionalAnswer(o.value("new"))
        )
    }

    private static func withdrawn(_ o: Object) throws(NotSure) -> EntryWithdrawn {
        EntryWithdrawn(ref: try o.string("ref"), id: try o.string("id"), reason: try o.string("reason"))
    }

    private static func optionalAnswer(_ value: Value?) throws(NotSure) -> AnswerValue? {
        guard let value else { return nil }
        return try answer(value)
    }

    /// As `AnswerValue.init(from:)`: the first of its kinds present decides.
    private static func answer(_ value: Value?) throws(NotSure) -> AnswerValue {
        guard case let .object(o)? = value else { throw NotSure() }
        if let text = o.value("text") { return .text(try string(text)) }
        if let choice = o.value("choice") { return .choice(try string(choice)) }
        if let choices = o.value("choices") { return .choices(try strings(choices)) }
        if let ypn = o.value("ypn") {
            guard let answer = YesPartlyNo(rawValue: try string(ypn)) else { throw NotSure() }
            return .yesPartlyNo(answer, evidence: try o.optionalString("evidence") ?? "")
        }
        if let grade = o.value("grade") { return .grade(level: try string(grade), rationale: try o.string("rationale")) }
        if let date = o.value("date") { return .date(try string(date)) }
        if let tags = o.value("tags") { return .tags(try strings(tags)) }
        throw NotSure()
    }
}

/// Decodes lines as the journal reader does, with the record decoder or with
/// `JSONDecoder` alone: for `maca-bench decode`, which times the two over
/// the same journals, and counts the lines the record decoder left to the
/// reference.
public enum RecordDecoding {
    public struct Count: Sendable, Equatable {
        /// Lines that decoded and verified as records.
        public var records = 0
        /// Lines refused (with either decoder, the same ones).
        public var refused = 0
        /// Lines the record decoder was not sure of (counted only when asked: it decodes each line once more).
        public var fellBack = 0

        public init() {}
    }

    /// Decodes and verifies every line of a journal's bytes, with `JSONDecoder` alone when `reference`;
    /// with `countingFallBacks`, also counts the lines the record decoder is not sure of.
    public static func decodeLines(of data: Data, reference: Bool, countingFallBacks: Bool = false) -> Count {
        var count = Count()
        let bytes = [UInt8](data)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[start..<end]
            if countingFallBacks, line.withContiguousStorageIfAvailable({ RecordDecoder.body($0) == nil }) == true { count.fellBack += 1 }
            switch reference ? RecordCodec.decodeWithReference(line) : RecordCodec.decode(line) {
            case .success: count.records += 1
            case .failure: count.refused += 1
            }
            start = end + 1
        }
        return count
    }
}
