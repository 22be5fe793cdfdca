import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The short ways of answering (issue 17): options by their printed numbers
/// and ranges, y/p/n with evidence after a colon, a grade with its rationale
/// on one line.
@Suite("Answer shortcuts")
struct AnswerShortcutTests {
    static let template = AnswerParserTests.template
    static let context = AnswerParserTests.context

    /// A question of `type` with `count` invented options.
    func question(_ type: QuestionType, count: Int, random: inout SplitMix64) -> Question {
        var question = Question(id: "q", prompt: "Q?", type: type)
        question.choices = (1...count).map { index in
            let word = ["alpha", "bravo", "delta", "kilo", "oscar", "tango"][Int.random(in: 0..<6, using: &random)]
            return Choice(id: "\(word)-\(index)", label: "\(word.capitalized) \(index)")
        }
        return question
    }

    @Test("random selections typed as numbers, ranges, ids or labels give those options, in order, once each",
          arguments: [QuestionType.multiChoice, .tags], Array(UInt64(1)...40))
    func roundTrip(type: QuestionType, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let question = question(type, count: Int.random(in: 1...16, using: &random), random: &random)
        let count = question.choices.count
        // A selection as runs of consecutive numbers, each typed one of four ways.
        var wanted: [Int] = []
        var typed: [String] = []
        var next = 1
        while next <= count {
            next += Int.random(in: 0...2, using: &random)
            guard next <= count else { break }
            let end = min(count, next + Int.random(in: 0...3, using: &random))
            let way = Int.random(in: 0..<4, using: &random)
            switch way {
            case 0: typed.append(next == end ? "\(next)" : "\(next)-\(end)")
            case 1: typed += (next...end).map { "\($0)" }
            case 2: typed += (next...end).map { question.choices[$0 - 1].id }
            default: typed += (next...end).map { question.choices[$0 - 1].label }
            }
            wanted += next...end
            next = end + 2
        }
        guard !wanted.isEmpty else { return }
        let numbersOnly = typed.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "-" } }
        let separator = numbersOnly && Bool.random(using: &random) ? " " : ","
        let text = typed.joined(separator: separator)
        let ids = wanted.map { question.choices[$0 - 1].id }
        let expected: AnswerValue = type == .tags ? .tags(ids) : .choices(ids)
        #expect(AnswerParser.parse(text, for: question, context: Self.context) == .success(expected), "seed \(seed): '\(text)'")
    }

    @Test("a number or range outside the numbers shown is refused, saying the range", arguments: [QuestionType.multiChoice, .tags, .choice], Array(UInt64(1)...10))
    func outOfRange(type: QuestionType, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let question = question(type, count: Int.random(in: 1...12, using: &random), random: &random)
        let count = question.choices.count
        let bad = [
            "\(count + Int.random(in: 1...50, using: &random))", "0", "99999999999999999999999",
            "1-\(count + 1)", "\(count + 1)-\(count + 3)",
        ]
        for typed in bad where type != .choice || !typed.contains("-") {
            guard case let .failure(problem) = AnswerParser.parse(typed, for: question, context: Self.context) else {
                Issue.record("seed \(seed): '\(typed)' accepted of \(count) options")
                continue
            }
            #expect(problem.message.contains("1 to \(count)"), "seed \(seed): '\(typed)': \(problem.message)")
        }
        // A good pick beside a bad one refuses the whole answer; nothing half-saved.
        guard type != .choice else { return }
        #expect(throws: Never.self) { _ = AnswerParser.parse("1, \(count + 1)", for: question, context: Self.context) }
        if case .success = AnswerParser.parse("1, \(count + 1)", for: question, context: Self.context) { Issue.record("a bad number beside a good one was accepted") }
    }

    @Test("an option whose own id looks like a range is matched as itself", arguments: ["0-4", "11-15", "16-17"])
    func rangeLikeIDs(typed: String) {
        #expect(AnswerParser.parse(typed, for: Self.template.question("age-band")!, context: Self.context) == .success(.choice(typed)))
    }

    @Test("the agencies involved offer an agency added on the day after the template's, by number too")
    func addedAgencyInvolved() throws {
        var attending = Self.context
        attending.attending.append(Agency(id: "youth-justice-service", name: "Youth justice service"))
        let question = try #require(Self.template.question("agencies-involved"))
        let options = AnswerParser.options(for: question, context: attending)
        #expect(options.last == Choice(id: "youth-justice-service", label: "Youth justice service"))
        #expect(AnswerParser.parse("1, \(options.count)", for: question, context: attending) == .success(.choices([options[0].id, "youth-justice-service"])))
        #expect(AnswerParser.parse("youth-justice-service", for: question, context: Self.context).isFailure)
    }

    @Test("y, p and n, with evidence after a colon", arguments: [
        ("y", YesPartlyNo.yes, ""), ("p: seen at nursery", .partly, "seen at nursery"), ("N", .no, ""), ("P:observed at home", .partly, "observed at home"),
    ])
    func yesPartlyNo(typed: String, answer: YesPartlyNo, evidence: String) {
        #expect(AnswerParser.parse(typed, for: Self.template.question("seen-alone")!, context: Self.context) == .success(.yesPartlyNo(answer, evidence: evidence)))
    }

    @Test("a grade and its rationale on one line; the level alone asks the rationale next", arguments: [
        ("2", "good", ""),
        ("2 Recognised early by health", "good", "Recognised early by health"),
        ("good: recognised early", "good", "recognised early"),
        ("Good recognised early", "good", "recognised early"),
        ("requires improvement", "requires-improvement", ""),
        ("Requires improvement: the pattern was missed", "requires-improvement", "the pattern was missed"),
        ("requires-improvement The pattern was missed", "requires-improvement", "The pattern was missed"),
        ("req", "requires-improvement", ""),
        ("3   spaced out", "requires-improvement", "spaced out"),
    ])
    func gradeLine(typed: String, level: String, rationale: String) {
        #expect(AnswerParser.parse(typed, for: Self.template.question("overall")!, context: Self.context) == .success(.grade(level: level, rationale: rationale)))
    }

    @Test("a grade line whose level is not on the scale is refused, never read as a level and a rationale", arguments: [
        ("9 very good", "1 to 4"), ("requires a closer look", "is not a level"), ("0", "1 to 4"), ("great: all fine", "is not a level"),
    ])
    func badGradeLine(typed: String, message: String) {
        guard case let .failure(problem) = AnswerParser.parse(typed, for: Self.template.question("overall")!, context: Self.context) else {
            Issue.record("'\(typed)' accepted")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
