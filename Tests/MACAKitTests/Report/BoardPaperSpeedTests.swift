import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// The board paper's draft made cheaper (issue 18, "A report that
/// streams") must choose the same words: each shortcut is held here to the
/// plain code it replaced, written out again below as the reference, over
/// texts made to catch a shortcut out (every kind of line break and space,
/// combining marks, emoji, lengths either side of each limit) and over
/// random ones; and the paper's quotations, found through the index of
/// answers by question, to the answers read case by case.
@Suite("The board paper's draft, cheaper, the same")
struct BoardPaperSpeedTests {
    // MARK: The code replaced, as it was

    static func referenceExtract(_ text: String) -> String {
        let flat = text.replacingNewlines()
        let sentence = flat.split(separator: ".", maxSplits: 1).first.map { String($0) + "." } ?? flat
        return sentence.count > 160 ? String(sentence.prefix(157)) + "…" : sentence
    }

    static func referenceQuotable(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).count >= 12
    }

    /// Every distinct candidate numbered, starred ones first by number,
    /// then the rest sorted whole, and the first two to four taken.
    static func referenceChoose(_ candidates: [QuoteCandidate], quoted: Set<String>, most: Int) -> [QuoteCandidate] {
        var seen = quoted
        let numbered = candidates.enumerated().map { (order: $0.offset, candidate: $0.element) }
        let distinct = numbered.filter { seen.insert($0.candidate.text.lowercased()).inserted }
        return (distinct.filter(\.candidate.starred).sorted { $0.order < $1.order }
            + distinct.filter { !$0.candidate.starred }.sorted {
                ($0.candidate.isAnswer ? 1 : 0, $0.candidate.text.count, -$0.order) > ($1.candidate.isAnswer ? 1 : 0, $1.candidate.text.count, -$1.order)
            })
            .prefix(max(2, min(4, most))).map(\.candidate)
    }

    /// The quotable answers of some questions, case by case, read from
    /// each case's answers as the draft read them before its index.
    static func referenceCandidates(_ report: ThemeReport, wanted: Set<String>) -> [(number: Int, texts: [String])] {
        report.cases.compactMap { number, _, audit in
            var texts: [String] = []
            for (key, answer) in audit.answers.filter({ wanted.contains($0.key.question) })
                .sorted(by: { ($0.key.question, $0.key.agency ?? "") < ($1.key.question, $1.key.agency ?? "") }) {
                let text: String, isAnswer: Bool
                switch answer.value {
                case let .text(value)?: (text, isAnswer) = (value, true)
                case let .yesPartlyNo(_, evidence)?: (text, isAnswer) = (evidence, false)
                default: continue
                }
                guard referenceQuotable(text) else { continue }
                texts.append(referenceExtract(text) + " [\(key.agency ?? "-") \(audit.starred.contains(key)) \(isAnswer)]")
            }
            for (domain, grade) in audit.agreedGrades.sorted(by: { $0.key < $1.key }) where wanted.contains(domain) && referenceQuotable(grade.rationale) {
                let starred = audit.starred.contains(AnswerKey(ref: audit.ref, question: domain, agency: nil))
                texts.append(referenceExtract(grade.rationale) + " [- \(starred) false]")
            }
            return texts.isEmpty ? nil : (number, texts)
        }
    }

    // MARK: Texts to catch a shortcut out

    static let pieces = [
        "a", "Word", "sentence", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{A0}", "\u{3000}", "\u{2009}", ".", ". ", "..", "é", "e\u{301}", "\u{301}", "🙂", "👩\u{200D}👧", "Ünïcödé", "x.y",
        "The room agreed the plan was drifting", "no real child",
    ]

    static func randomText(_ random: inout SplitMix64) -> String {
        // Now and then a long run of words, for the 160-character limit.
        if Int.random(in: 0..<8, using: &random) == 0 {
            let words = (0..<Int.random(in: 20...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            return words.joined(separator: " ")
        }
        return (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static let edges = [
        "", " ", "\n", " \n ", "\r\n", "eleven char", "twelve chars", " twelve chars ", "\ttwelve chars\n", "eleven char\u{301}",
        " \u{301}leven chars", "twelve chars\u{A0}", "\u{3000}twelve chars\u{3000}", "\u{2028}twelve chars\u{2029}", ".leading dot. Then more",
        "...", "No full stop at all", "First.\nSecond.", "Line one\r\nline two. Rest", String(repeating: "a", count: 160) + ".",
        String(repeating: "b", count: 161), String(repeating: "é", count: 159) + "e\u{301}e\u{301}", String(repeating: "🙂", count: 170),
        "  spaced out  .  then  ", "\u{85}next line\u{85}", "tab\there.", "Ünïcödé answer, with a combining e\u{301}. Second sentence.",
    ]

    @Test("an answer's first sentence is cut as before, over every kind of space, line break and length")
    func extractUnchanged() {
        var random = SplitMix64(seed: 18)
        let texts = Self.edges + (0..<4000).map { _ in Self.randomText(&random) }
        for text in texts {
            #expect(BoardPaper.extract(text) == Self.referenceExtract(text), "\(text.debugDescription)")
            #expect(BoardPaper.flattened(text) == text.replacingNewlines(), "\(text.debugDescription)")
        }
    }

    @Test("an answer is long enough to quote exactly when it was before: 12 characters, trimmed")
    func quotableUnchanged() {
        var random = SplitMix64(seed: 1812)
        let texts = Self.edges + (0..<4000).map { _ in Self.randomText(&random) }
        for text in texts {
            #expect(BoardPaper.quotable(text) == Self.referenceQuotable(text), "\(text.debugDescription)")
        }
        // Either side of the limit, with spaces that do and do not count.
        #expect(!BoardPaper.quotable("  eleven char  "))
        #expect(BoardPaper.quotable("  twelve chars  "))
    }

    @Test("the quotations kept as the candidates go by are the first of all of them sorted", arguments: 0..<6)
    func chooseUnchanged(seed: UInt64) {
        var random = SplitMix64(seed: 600 + seed)
        // Few distinct texts and lengths, so ties, repeats in another case and starred ones are common.
        // "Café" spelled two ways, which Swift holds equal: one quotation, as the reference's set of strings has it.
        let texts = ["Plan drifted.", "PLAN DRIFTED.", "The plan drifted for months.", "Good multi-agency work.", "Voice heard.",
                     "Same length A.", "Same length B.", "Chronology kept by school.", "Neglect seen early.",
                     "Caf\u{E9} visits were her meal.", "CAFE\u{301} visits were her meal."]
        for round in 0..<300 {
            let candidates = (0..<Int.random(in: 0...24, using: &random)).map { _ in
                QuoteCandidate(
                    text: texts.randomElement(using: &random)!, agency: Bool.random(using: &random) ? "police" : nil,
                    starred: Int.random(in: 0..<6, using: &random) == 0, isAnswer: Bool.random(using: &random)
                )
            }
            let quoted: Set<String> = Bool.random(using: &random) ? [] : [texts.randomElement(using: &random)!.lowercased()]
            let most = Int.random(in: 1...5, using: &random)
            let chosen = BoardPaper.Builder.choose(candidates, quoted: quoted, most: most)
            let expected = Self.referenceChoose(candidates, quoted: quoted, most: most)
            #expect(chosen.map(\.text) == expected.map(\.text), "round \(round)")
            #expect(chosen.map(\.starred) == expected.map(\.starred), "round \(round)")
            #expect(chosen.map(\.isAnswer) == expected.map(\.isAnswer), "round \(round)")
            #expect(chosen.map(\.agency) == expected.map(\.agency), "round \(round)")
        }
    }

    @Test("the answers found through the index are each case's, in the order read case by case", arguments: 1...16)
    func indexUnchanged(seed: Int) throws {
        let set = RandomDaySets.make(seed: UInt64(1000 + seed), templates: try RandomDaySets.shippedTemplates())
        let report = set.report
        var builder = BoardPaper.Builder(report: report)
        // Every question of the template on its own, each section's together, and all of them at once.
        let questions = report.template.sections.flatMap(\.questions).map(\.id)
        let wantedSets = questions.map { Set([$0]) } + report.template.sections.map { Set($0.questions.map(\.id)) } + [Set(questions)]
        for wanted in wantedSets {
            let found = builder.candidates(wanted).map { number, candidates in
                (number, candidates.map { "\($0.text) [\($0.agency ?? "-") \($0.starred) \($0.isAnswer)]" })
            }
            let expected = Self.referenceCandidates(report, wanted: wanted)
            #expect(found.map(\.0) == expected.map(\.number), "\(wanted.sorted())")
            #expect(found.map(\.1) == expected.map(\.texts), "\(wanted.sorted())")
        }
        // Not an empty comparison: the set's cases have answers to quote.
        #expect(!Self.referenceCandidates(report, wanted: Set(questions)).isEmpty)
        // A slice of the cases at a time, in slices of any size, gives the same candidates, in the same order,
        // agreed grades' rationales among them (the sets' own are too short to quote: made longer here).
        var inputs = report.inputs
        var written = 0
        for day in inputs.days.indices {
            for index in inputs.days[day].day.cases.indices {
                for domain in inputs.days[day].day.cases[index].agreedGrades.keys.sorted() {
                    written += 1
                    inputs.days[day].day.cases[index].agreedGrades[domain]?.rationale = "Rationale \(written) of the room, long enough to quote."
                }
            }
        }
        let graded = ThemeReport(inputs: inputs, produced: report.produced, from: report.from, to: report.to)
        var gradedBuilder = BoardPaper.Builder(report: graded)
        let everything = Set(questions).union(graded.cases.flatMap(\.audit.agreedGrades.keys))
        let whole = gradedBuilder.candidates(everything).map { number, candidates in (number, candidates.map(\.text)) }
        #expect(written == 0 || whole.contains { $0.1.contains { $0.hasPrefix("Rationale ") } }, "no rationale among the candidates")
        for size in [1, 2, 3, 7] {
            let sliced = stride(from: 0, to: graded.cases.count, by: size).flatMap { start in
                gradedBuilder.candidates(everything, in: start ..< min(start + size, graded.cases.count))
            }.map { number, candidates in (number, candidates.map(\.text)) }
            #expect(sliced.map(\.0) == whole.map(\.0) && sliced.map(\.1) == whole.map(\.1), "slices of \(size)")
        }
    }

    @Test("the paper quoted from the cases a slice at a time is the paper quoted from all of them at once")
    func slicedQuotations() throws {
        var quotedSets = 0
        for seed in 1 ... 12 {
            let set = RandomDaySets.make(seed: UInt64(2000 + seed), templates: try RandomDaySets.shippedTemplates())
            var whole = BoardPaper.Builder(report: set.report)
            whole.quotationSlice = max(1, set.report.cases.count)
            whole.build()
            if whole.blocks.contains(where: { if case .quote = $0 { true } else { false } }) { quotedSets += 1 }
            // What each section's quotations are chosen from, counted from the cases read one by one.
            let questions = set.report.template.sections.flatMap(\.questions).map(\.id)
            let wanted = Set(questions)
            let reference = Self.referenceCandidates(set.report, wanted: wanted)
            var agencies: [String: Int] = [:]
            for (_, texts) in reference {
                for agency in Set(texts.compactMap { $0.split(separator: "[").last?.split(separator: " ").first.map(String.init) }) where agency != "-" {
                    agencies[agency, default: 0] += 1
                }
            }
            for size in [1, 3, 1024] {
                var sliced = BoardPaper.Builder(report: set.report)
                sliced.quotationSlice = size
                let pool = sliced.quotationPool(wanted, most: 3)
                #expect(pool.casesAnswering == reference.count, "seed \(seed), slices of \(size)")
                #expect(pool.casesByAgency == agencies, "seed \(seed), slices of \(size)")
                #expect(pool.chosen.map(\.text) == BoardPaper.Builder.choose(reference.isEmpty ? [] : whole.candidates(wanted).flatMap(\.candidates), quoted: [], most: 3).map(\.text))
                sliced.build()
                #expect(sliced.blocks == whole.blocks, "seed \(seed), slices of \(size)")
            }
        }
        // Not an empty comparison: most sets' papers quote.
        #expect(quotedSets >= 6, "\(quotedSets) of 12 papers quote")
    }
}
