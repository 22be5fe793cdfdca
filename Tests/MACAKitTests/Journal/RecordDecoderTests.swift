import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// The journal's own record decoder (`RecordDecoder`) against the reference,
/// `JSONDecoder`: whatever the fast path accepts, the reference accepts as
/// the same body; whatever it is not sure of goes to the reference, so a
/// line's outcome (the record, or the problem the reader names) is the same
/// either way (issue 18).
@Suite("Record decoder against JSONDecoder")
struct RecordDecoderTests {
    /// What happened to one line.
    enum Outcome: Equatable {
        case fast, fellBack
    }

    /// Runs both decoders on a line; records a difference as a test failure.
    @discardableResult
    static func compare(_ line: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        let outcome = line.withUnsafeBufferPointer { bytes -> Outcome in
            let reference = RecordCodec.referenceBody(bytes)
            guard let fast = RecordDecoder.body(bytes) else { return .fellBack }
            #expect(reference == .success(fast), "\(String(decoding: line, as: UTF8.self).prefix(400))", sourceLocation: sourceLocation)
            return .fast
        }
        let decoded = RecordCodec.decode(line), reference = RecordCodec.decodeWithReference(line)
        if decoded != reference {
            // A line the fast path refuses goes to JSONDecoder, so both sides are the reference's
            // own answers. One case differs between two runs of JSONDecoder itself: an entry's
            // `fields` with two bad values, which it reads in the order of a Swift dictionary,
            // so which one it names varies from one decoding to the next.
            #expect(
                Self.isFieldsOrderVariation(decoded, reference),
                "\(decoded) against \(reference): \(String(decoding: line, as: UTF8.self).prefix(400))", sourceLocation: sourceLocation
            )
        }
        return outcome
    }

    static func isFieldsOrderVariation(_ one: Result<JournalRecord, RecordCodec.Problem>, _ other: Result<JournalRecord, RecordCodec.Problem>) -> Bool {
        func field(_ result: Result<JournalRecord, RecordCodec.Problem>) -> String? {
            switch result {
            case let .failure(.badField(path)), let .failure(.missingField(path)): path
            default: nil
            }
        }
        guard let one = field(one), let other = field(other) else { return false }
        return one.hasPrefix("event.fields.") && other.hasPrefix("event.fields.")
    }

    static func lines(of data: Data) -> [[UInt8]] {
        data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
    }

    static func journalLines(in folder: String) throws -> [[UInt8]] {
        var lines: [[UInt8]] = []
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".jsonl") {
            lines += Self.lines(of: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(file)")))
        }
        return lines
    }

    static var corpusFiles: [String] { FuzzCorpusTests.seeds("journal") }

    @Test("every line of every journal fuzz seed decodes the same both ways", arguments: corpusFiles)
    func corpusSeed(file: String) throws {
        let data = try FuzzCorpusTests.contents("journal", file)
        for line in Self.lines(of: data) { Self.compare(line) }
        // The whole file as one line too (a seed of a single record without its newline is one).
        Self.compare(Array(data))
    }

    @Test("the fast path decides every record maca writes: generated days, the example day, the corpus's whole journals")
    func realJournalsNeverFallBack() throws {
        let folder = try TemporaryFolder("record-decoder")
        defer { folder.remove() }
        try SyntheticDays.write(count: 5, into: "\(folder.path)/days", cases: 8, templates: "\(packageRoot)/audit-templates")
        try SyntheticDays.write(count: 2, into: "\(folder.path)/sample", cases: 4, templates: "\(packageRoot)/audit-templates", sample: true)
        try ExampleDay.write(into: "\(folder.path)/example", templates: "\(packageRoot)/audit-templates")
        var lines = try Self.journalLines(in: folder.path)
        lines += try Self.journalLines(in: "\(packageRoot)/examples/sessions")
        for file in ["small-day.jsonl", "small-day-auditor.jsonl", "two-writers.jsonl"] {
            lines += Self.lines(of: try FuzzCorpusTests.contents("journal", file))
        }
        lines.removeAll { $0.isEmpty }
        #expect(lines.count > 1500)
        // Lines JSONDecoder refuses (the seeds' deliberately broken records) are its to refuse;
        // every line it accepts, the fast path must have decided itself.
        var fellBack: [String] = [], refused = 0
        for line in lines where Self.compare(line) == .fellBack {
            if case .failure = line.withUnsafeBufferPointer(RecordCodec.referenceBody) {
                refused += 1
            } else {
                fellBack.append(String(decoding: line.prefix(200), as: UTF8.self))
            }
        }
        #expect(fellBack.isEmpty, "the reference decoder had to decide \(fellBack.count) of \(lines.count) good lines: \(fellBack.prefix(3))")
        #expect(refused <= 4, "only the seeds' few broken records are refused")
    }

    @Test("every kind of event maca writes is read by the fast path as written")
    func everyEventKind() throws {
        let key = AnswerKey(ref: "EX-1", question: "q", agency: "police")
        let bare = AnswerKey(ref: "EX-1", question: "q")
        let values: [AnswerValue] = [
            .text("t\n\"é😀\u{1}"), .choice("c"), .choices(["a", "b"]), .choices([]), .yesPartlyNo(.partly, evidence: "e"),
            .yesPartlyNo(.no, evidence: ""), .grade(level: "good", rationale: "r"), .date("2026-01-01"), .tags(["x-y"]),
        ]
        var events: [Event] = [
            .dayOpened(DayOpened(day: "d", template: TemplateStamp(id: "t", version: 2, sha256: "s", source: "id: t\n"), date: "2026-01-01", area: "a", facilitator: "f")),
            .writerJoined(WriterJoined(name: "n", agency: nil)), .writerJoined(WriterJoined(name: "n", agency: "police")),
            .agencyAttending(AgencyAttending(agency: Agency(id: "csc", name: "Children's social care"))),
            .auditorAdded(AuditorAdded(name: "n", agency: "csc")), .caseAdded(CaseAdded(ref: "EX-1", reason: "r")),
            .answerGiven(AnswerGiven(key: key, value: .text("x"), fromReturn: "police")),
            .answerCorrected(AnswerCorrected(key: key, old: nil, new: .choice("c"))),
            .answerCorrected(AnswerCorrected(key: bare, old: .choice("c"), new: nil)),
            .answerSkipped(AnswerSkipped(key: bare)),
            .gradeAgreed(GradeAgreed(ref: "EX-1", domain: "d", level: "good", rationale: "r", previous: "poor")),
            .gradeWithdrawn(GradeWithdrawn(ref: "EX-1", domain: "d", previous: "good")),
            .actionAdded(CaseEntry(ref: "EX-1", id: "A1", fields: ["action": .text("a"), "due": .date("2026-02-01")])),
            .concernRaised(CaseEntry(ref: "EX-1", id: "C1", fields: [:])),
            .concernAcknowledged(ConcernAcknowledged(id: "C1", by: "b", note: "n", previous: "p")),
            .stepFinished(StepFinished(step: "cases")),
            .identifierChoice(IdentifierChoice(key: key, kinds: ["postcode"], replaced: false, reason: "why")),
            .nameRegistered(NameRegistered(ref: "EX-1", role: "child", hashes: ["h1", "h2"], keyed: true, key: "k", sealed: nil)),
            .nameRegistered(NameRegistered(ref: nil, role: "", hashes: [], sealed: "s")),
            .actionUpdated(ActionUpdated(id: "A1", status: .inProgress, evidence: "e", by: "b")),
            .findingsShared(FindingsShared(day: "d", sharedWith: "board")),
            .dayClosed(DayClosed(journals: nil)), .dayClosed(DayClosed(journals: [SealedJournal(file: "f.jsonl", records: 12, head: "h")])),
            .dayReopened(DayReopened(reason: "r")),
            .sealWitnessed(SealWitnessed(day: "d", folder: "f", closing: 40, hash: "h")),
            .recordRedacted(RecordRedacted(file: "f", sequence: 3, hash: "h", bodyHash: "b", removedTextHash: nil, reason: "r")),
            .dayDeleted(DayDeleted(day: nil, folder: "f", archived: true, date: "2026-01-01", template: nil, cases: nil, retentionMonths: 24, keepUntil: "2028-01-01", condition: "damaged", by: "b")),
            .dayDeleted(DayDeleted(day: "d", folder: "f", archived: false, date: "2026-01-01", template: "neglect", cases: 8, retentionMonths: 24, keepUntil: "2028-01-01", condition: "verified", by: "b")),
            .answerStarred(AnswerStarred(key: key)), .agencyNotInvolved(AgencyNotInvolved(ref: "EX-1", agency: "police")),
            .recommendationMade(RecommendationMade(id: "R1", theme: "neglect", text: "t", owner: "o", due: "2027-01-01", measure: "m", resources: "r", status: .amber, by: "b")),
            .recommendationUpdated(RecommendationUpdated(id: "R1", status: .complete, evidence: "e", by: "b")),
            .actionCorrected(EntryCorrected(ref: "EX-1", id: "A1", field: "action", old: .text("a"), new: .text("b"))),
            .concernCorrected(EntryCorrected(ref: "EX-1", id: "C1", field: "note", old: nil, new: nil)),
            .actionWithdrawn(EntryWithdrawn(ref: "EX-1", id: "A1", reason: "r")), .concernWithdrawn(EntryWithdrawn(ref: "EX-1", id: "C1", reason: "r")),
            .caseCorrected(CaseCorrected(ref: "EX-1", reason: "new", previous: "old")),
            .recordUndone(RecordUndone(sequence: 3, hash: "h", undone: "step-finished")),
            .unrecognised(type: "made-by-a-newer-maca"),
        ]
        events += values.map { .answerGiven(AnswerGiven(key: bare, value: $0)) }
        var previous = JournalRecord.genesisHash
        var types = Set<String>()
        for (index, event) in events.enumerated() {
            let signer = index % 2 == 0 ? nil : RecordSigner(secret: Data(repeating: 7, count: 32), keyPath: "key")
            let (line, record) = try RecordCodec.encode(
                sequence: index + 1, timestamp: "2026-01-01T00:00:00.000Z", day: "d", writer: "facilitator", author: "a",
                event: event, previousHash: previous, signer: signer
            )
            previous = record.hash
            let bytes = Array(line.dropLast())
            #expect(Self.compare(bytes) == .fast, "\(event.type)")
            #expect(RecordCodec.decode(bytes) == .success(record), "\(event.type)")
            types.insert(event.type)
        }
        #expect(types.count == 34, "one of each of Event's 33 kinds, and one unknown")
    }

    @Test("a seeded mutation of real record lines is decided the same both ways", arguments: [20261204 as UInt64, 1, 2, 3])
    func mutations(seed: UInt64) throws {
        var seeds: [[UInt8]] = []
        for file in ["small-day.jsonl", "small-day-auditor.jsonl", "example-facilitator.jsonl", "example-auditor-police-auditor-b.jsonl"] {
            seeds += Self.lines(of: try FuzzCorpusTests.contents("journal", file)).filter { !$0.isEmpty && $0.count < 4000 }
        }
        #expect(seeds.count > 50)
        var random = SplitMix64(seed: seed)
        var fast = 0, fellBack = 0, rejected = 0
        for _ in 0..<2500 {
            let line = seeds[Int.random(in: 0..<seeds.count, using: &random)]
            let mutated = Mutator.mutate(line, using: &random)
            switch Self.compare(mutated) {
            case .fast: fast += 1
            case .fellBack: fellBack += 1
            }
            if case .failure = mutated.withUnsafeBufferPointer(RecordCodec.referenceBody) { rejected += 1 }
        }
        // Not vacuous: many mutations keep a body both decoders accept, many are refused.
        #expect(fast > 500, "fast \(fast), fell back \(fellBack), refused \(rejected)")
        #expect(rejected > 250, "fast \(fast), fell back \(fellBack), refused \(rejected)")
    }

    @Test("hand-picked edge cases are decided the same both ways")
    func edgeCases() throws {
        let line = Array(Self.lines(of: try FuzzCorpusTests.contents("journal", "small-day.jsonl"))[5])
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.contains("\"ref\":\"EX-1\""))
        let replacements: [(String, String)] = [
            ("\"ref\":\"EX-1\"", "\"ref\":\"EX-\\u0031\""), ("\"ref\":\"EX-1\"", "\"ref\":\"EX-\\u0000\""),
            ("\"ref\":\"EX-1\"", "\"ref\":\"\\ud83d\\ude00\""), ("\"ref\":\"EX-1\"", "\"ref\":\"\\ud83d\""),
            ("\"ref\":\"EX-1\"", "\"ref\":\"\\ude00\\ud83d\""), ("\"ref\":\"EX-1\"", "\"ref\":\"\\/\\b\\f\\n\\r\\t\\\"\\\\\""),
            ("\"ref\":\"EX-1\"", "\"ref\":\"\\U0041\""), ("\"ref\":\"EX-1\"", "\"ref\":\"\\x41\""), ("\"ref\":\"EX-1\"", "\"ref\":\"\u{7f}\""),
            ("\"ref\":\"EX-1\"", "\"ref\":null"), ("\"ref\":\"EX-1\"", "\"ref\":1"), ("\"ref\":\"EX-1\"", "\"ref\":\"a\",\"ref\":\"b\""),
            ("\"ref\":\"EX-1\"", "\"r\\u0065f\":\"EX-1\""), ("\"ref\":\"EX-1\"", "\"ref\":\"EX-1\",\"ref\":\"EX-1\""),
            ("\"ref\":\"EX-1\"", "\"ref\" : \"EX-1\" "), ("\"ref\":\"EX-1\"", "\"ref\":\t\"EX-1\"\r"),
            ("\"seq\":6", "\"seq\":6.0"), ("\"seq\":6", "\"seq\":6e0"), ("\"seq\":6", "\"seq\":06"), ("\"seq\":6", "\"seq\":-0"),
            ("\"seq\":6", "\"seq\":-6"), ("\"seq\":6", "\"seq\":99999999999999999999"), ("\"seq\":6", "\"seq\":\"6\""),
            ("\"seq\":6", "\"seq\":true"), ("\"v\":1", "\"v\":1,\"extra\":{\"a\":[1,true,\"x\",{}]}"), ("\"v\":1", "\"v\":1,\"extra\":null"),
            ("\"v\":1", "\"v\":1,\"extra\":1.5"), ("\"v\":1", "\"v\":1,\"é\":1"), ("\"v\":1", "\"v\":1,"), ("\"v\":1", "\"v\":1,,"),
            ("\"type\":\"case-added\"", "\"type\":\"case-addedx\""), ("\"type\":\"case-added\"", "\"type\":\"answer-given\""),
            ("\"type\":\"case-added\"", "\"type\":\"cas\\u0065-added\""), ("\"type\":\"case-added\"", "\"type\":\"case-add\u{e9}d\""),
            ("\"type\":\"case-added\"", "\"type\":\"case-added\",\"type\":\"x\""), ("\"type\":\"case-added\"", "\"type\":7"),
        ]
        for (old, new) in replacements {
            Self.compare(Array(text.replacingOccurrences(of: old, with: new).utf8))
        }
        // Whitespace around the record, bytes that are not UTF-8, a byte order mark.
        Self.compare(Array(" ".utf8) + line + Array(" ".utf8))
        Self.compare(Array("\u{feff}".utf8) + line)
        var invalid = Array(text.replacingOccurrences(of: "EX-1", with: "EX-\u{e9}").utf8)
        if let index = invalid.firstIndex(of: 0xC3) { invalid[index + 1] = 0x28 }
        Self.compare(invalid)
        // Nested past the fast path's depth, and far past the reference's.
        for depth in [63, 65, 600] {
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            Self.compare(Array(text.replacingOccurrences(of: "\"v\":1", with: "\"v\":1,\"deep\":\(nested)").utf8))
        }
    }
}

/// Seeded changes to a record line: byte flips, cuts, whitespace, escapes,
/// duplicate members, members reordered or removed, values of another type.
enum Mutator {
    static func mutate(_ line: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var line = line
        let rounds = Int.random(in: 1...3, using: &random)
        for _ in 0..<rounds {
            switch Int.random(in: 0..<3, using: &random) {
            case 0: line = bytewise(line, using: &random)
            default: line = structural(line, using: &random)
            }
        }
        return line
    }

    static func bytewise(_ line: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        guard !line.isEmpty else { return Array("{}".utf8) }
        var line = line
        let at = Int.random(in: 0..<line.count, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: line[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
        case 1: line[at] = [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), 0x00, 0x80, 0xC3, 0xFF, UInt8(ascii: "n")].randomElement(using: &random)!
        case 2: line = Array(line.prefix(at))
        case 3: line.insert(contentsOf: [[0x20], [0x09], [0x0D], [0x0A], [0x0C], [0xC2, 0xA0]].randomElement(using: &random)!, at: at)
        default: line.remove(at: at)
        }
        return line
    }

    /// Re-serialises the line with a change in its structure, if it parses.
    static func structural(_ line: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        let parsed: RecordDecoder.Value? = line.withUnsafeBufferPointer { bytes in
            var parser = RecordDecoder.Parser(bytes: bytes)
            return try? parser.document()
        }
        guard let parsed else { return bytewise(line, using: &random) }
        var out: [UInt8] = []
        var writer = Writer(random: random)
        writer.write(parsed, depth: 0, into: &out)
        random = writer.random
        return out
    }

    struct Writer {
        var random: SplitMix64
        static let types = [
            "day-opened", "answer-given", "answer-corrected", "grade-agreed", "case-added", "action-added", "day-closed",
            "name-registered", "identifier-choice", "record-undone", "day-deleted", "unknown-kind", "", "Answer-given",
        ]

        mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

        mutating func space(into out: inout [UInt8]) {
            if chance(3) { out += [[0x20], [0x09], [0x0D], [0x0A], [0x20, 0x20]].randomElement(using: &random)! }
        }

        mutating func write(_ value: RecordDecoder.Value, depth: Int, into out: inout [UInt8]) {
            if chance(depth == 0 ? 0 : 2) { return other(into: &out) }
            switch value {
            case let .string(text): string(text, into: &out)
            case let .int(number): out += Array(String(number).utf8)
            case let .bool(flag): out += Array((flag ? "true" : "false").utf8)
            case let .array(elements):
                out.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    space(into: &out)
                    write(element, depth: depth + 1, into: &out)
                    space(into: &out)
                }
                out.append(UInt8(ascii: "]"))
            case let .object(object):
                var members = Array(zip(object.keys, object.values))
                if chance(10) { members.shuffle(using: &random) }
                if chance(8), let member = members.randomElement(using: &random) {
                    members.insert(member, at: Int.random(in: 0...members.count, using: &random))
                }
                if chance(6), !members.isEmpty { members.remove(at: Int.random(in: 0..<members.count, using: &random)) }
                if chance(6) { members.append(("extra", .string("x"))) }
                if chance(4), let member = members.randomElement(using: &random) {
                    members.append((member.0, .string("other")))
                }
                out.append(UInt8(ascii: "{"))
                for (index, member) in members.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    space(into: &out)
                    string(member.0, into: &out)
                    space(into: &out)
                    out.append(UInt8(ascii: ":"))
                    space(into: &out)
                    if member.0 == "type", chance(15) {
                        string(Self.types.randomElement(using: &random)!, into: &out)
                    } else {
                        write(member.1, depth: depth + 1, into: &out)
                    }
                    space(into: &out)
                }
                out.append(UInt8(ascii: "}"))
            }
        }

        /// A value of some other type or form in place of the one there.
        mutating func other(into out: inout [UInt8]) {
            let forms = [
                "null", "true", "false", "0", "-0", "1", "-1", "1.0", "1e2", "1E+2", "01", "123456789012345678901", "\"\"", "\"x\"",
                "[]", "[\"a\"]", "[1,2]", "{}", "{\"text\":\"t\"}", "{\"ypn\":\"yes\"}", "{\"ypn\":\"maybe\"}", "{\"grade\":\"good\"}",
                "{\"text\":null,\"choice\":\"c\"}", "{\"choices\":[\"a\",null]}", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\ud83d\\ude00\"",
                "\"\\u00e9\\u0000\"", "\"\\uD83D\\uDE00\"", "\"a\\qb\"", "\"\u{1}\"", "\"\\u12\"", "nul", "tru", "[1,]", "{\"a\":1,}",
            ]
            out += Array(forms.randomElement(using: &random)!.utf8)
        }

        mutating func string(_ text: String, into out: inout [UInt8]) {
            out.append(UInt8(ascii: "\""))
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += Array("\\\"".utf8)
                case "\\": out += Array("\\\\".utf8)
                case "\n": out += Array("\\n".utf8)
                case "/" where chance(50): out += Array("\\/".utf8)
                case _ where scalar.value < 0x20: out += Array(String(format: "\\u%04x", scalar.value).utf8)
                case _ where chance(2):
                    // Escaped as \u, a non-BMP scalar as a surrogate pair, in either case of hex.
                    for unit in String(scalar).utf16 {
                        out += Array(String(format: chance(50) ? "\\u%04x" : "\\u%04X", unit).utf8)
                    }
                default: out += Array(String(scalar).utf8)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}
