import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The board paper's disclosure control over thousands of random day sets:
/// for every paper, an attacker reading only the document (DisclosureAudit,
/// written apart from the engine) works out no hidden count, no label is
/// false, and every count reads the same everywhere.
@Suite("Disclosure control over random day sets")
struct DisclosurePropertyTests {
    static let daySets = 2_000

    /// Tallies from every day set, gathered across cores.
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var sets = 0, cells = 0, hidden = 0, secondary = 0, keys = 0, relations = 0, withheld = 0, recounted = 0
        var failures: [String] = []

        func add(_ result: DisclosureAudit.Result, withheld: Int, recounted: Int, failure: String?) {
            lock.lock()
            defer { lock.unlock() }
            sets += 1
            cells += result.cells
            hidden += result.hiddenCells
            secondary += result.secondaryCells
            keys += result.keys
            relations += result.relations
            self.withheld += withheld
            self.recounted += recounted
            if let failure, failures.count < 10 { failures.append(failure) }
        }
    }

    @Test("2,000 random day sets: no hidden count can be worked out, no label is false, a count hidden once is hidden everywhere (board paper and briefing)")
    func randomDaySets() throws {
        let templates = try RandomDaySets.shippedTemplates()
        #expect(templates.count >= 4)
        let tally = Tally()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: Self.daySets) { seed in
            let set = RandomDaySets.make(seed: UInt64(seed), templates: templates)
            let report = set.report
            let draft = BoardPaper.draft(report)
            let document = draft.decided()
            let result = DisclosureAudit.check(document, truth: draft.book.values)
            // The engine's truth, checked again by counting the days directly.
            let recount = Self.recount(set)
            var problems = result.problems.map(\.description)
            // The learning briefing is decided by the same engine, over its own counts.
            let briefing = LearningBriefing.draft(report)
            problems += DisclosureAudit.check(briefing.decided(), truth: briefing.book.values).problems.map { "briefing: \($0.description)" }
            for (key, value) in recount where draft.book.values[key] != value {
                problems.append("\(key): the report counted \(draft.book.values[key].map(String.init) ?? "nothing"), the days hold \(value)")
            }
            let withheld = document.blocks.count { if case let .paragraph(paragraph) = $0 { paragraph.text.plain.contains("not shown") } else { false } }
            tally.add(result, withheld: withheld, recounted: recount.count, failure: problems.isEmpty ? nil : "seed \(seed) (threshold \(set.threshold), \(set.inputs.days.flatMap(\.day.cases).count) cases, \(set.inputs.days.count) days): \(problems.prefix(5).joined(separator: "; "))")
        }
        let seconds = Date().timeIntervalSince(started)
        print(String(
            format: "disclosure property: %d day sets, %d printed counts (%d hidden, %d [c]), %d keys, %d relations, %d blocks withheld, %d counts recounted from the days; %.1f s",
            tally.sets, tally.cells, tally.hidden, tally.secondary, tally.keys, tally.relations, tally.withheld, tally.recounted, seconds
        ))
        #expect(tally.sets == Self.daySets)
        #expect(tally.failures.isEmpty, "\(tally.failures.joined(separator: "\n"))")
        // The sets exercise both kinds of hiding, and withholding.
        #expect(tally.hidden > 10_000)
        #expect(tally.secondary > 500)
    }

    /// Counts taken from the generated days without the report's code: the
    /// cases, per day, per age band and plan, agreed overall grades, voice
    /// answers and concerns.
    static func recount(_ set: RandomDaySet) -> [CountKey: Int] {
        let template = set.template
        let days = set.inputs.days
        let audits = days.flatMap(\.day.cases)
        var counts: [CountKey: Int] = ["cases/total": audits.count]
        for (index, day) in days.enumerated() { counts[CountKey("cases/day/\(index + 1)")] = day.day.cases.count }
        for question in ["age-band", "plan-type"] {
            guard let choices = template.question(question)?.choices, !choices.isEmpty else { continue }
            for choice in choices {
                counts[CountKey("profile/\(question)/\(choice.id)")] = audits.filter { $0.answers[AnswerKey(ref: $0.ref, question: question)]?.value == .choice(choice.id) }.count
            }
        }
        for level in template.scale.levels {
            counts[CountKey("agreed/overall/\(level.id)")] = audits.filter { $0.agreedGrades["overall"]?.level == level.id }.count
        }
        counts["agreed/overall/not-agreed"] = audits.filter { $0.agreedGrades["overall"] == nil }.count
        for question in (template.section(.voiceOfTheChild)?.questions ?? []).filter({ $0.type == .yesPartlyNo }) {
            for answer in YesPartlyNo.allCases {
                counts[CountKey("voice/\(question.id)/\(answer.rawValue)")] = audits.filter {
                    if case let .yesPartlyNo(given, _)? = $0.answers[AnswerKey(ref: $0.ref, question: question.id)]?.value { given == answer } else { false }
                }.count
            }
        }
        let concerns = audits.flatMap(\.concerns)
        if !concerns.isEmpty { counts["concerns/total"] = concerns.count }
        return counts
    }

    @Test("the attacker is not blind: a per-case table, a total that gives a hidden cell away, and a false label are each caught")
    func leakyDocumentsAreCaught() throws {
        let templates = try RandomDaySets.shippedTemplates()
        // A day set whose paper hides some count: the first seed that does.
        var found: (draft: ReportDraft, document: ReportDocument)?
        for seed in 0..<200 {
            let draft = BoardPaper.draft(RandomDaySets.make(seed: UInt64(seed), templates: templates).report)
            let document = draft.decided()
            if document.counts.contains(where: { $0.label == .small(below: document.threshold) && $0.key == "cases/total" }) {
                found = (draft, document)
                break
            }
        }
        let (draft, document) = try #require(found)
        #expect(DisclosureAudit.check(document, truth: draft.book.values).problems.isEmpty)

        // 1. The per-case table put back: its rows count the hidden total.
        let cases = draft.book.values["cases/total"]!
        var perCase = document
        perCase.blocks.append(.table(ReportTable(
            header: ["Case"], rows: (1...cases).map { [ReportText("Case " + String($0))] }, rowBasis: .oneEach("cases/total")
        )))
        #expect(DisclosureAudit.check(perCase, truth: draft.book.values).problems.contains(.derivable("cases/total", value: cases)))

        // 2. A table printing every band exactly, beside the hidden total: subtraction gives it away.
        let bands = draft.book.values.keys.filter { $0.rawValue.hasPrefix("profile/age-band/") }.sorted()
        #expect(!bands.isEmpty)
        var subtraction = document
        subtraction.blocks.append(.table(ReportTable(
            header: ["Age band", "Cases"],
            rows: bands.map { [ReportText($0.rawValue), "\(ReportCount(key: $0, label: .exact(draft.book.values[$0]!)))"] },
            rowBasis: .categories, relations: [.sum("cases/total", of: bands)]
        )))
        let caught = DisclosureAudit.check(subtraction, truth: draft.book.values).problems
        #expect(caught.contains(.derivable("cases/total", value: cases)))
        #expect(caught.contains { if case .differentLabels = $0 { true } else { false } })

        // 3. The board chair's case: a count of 13 labelled <5.
        let label = ReportDocument(title: "t", threshold: 5, blocks: [.paragraph("Inadequate \(ReportCount(key: "agreed/overall/inadequate", label: .small(below: 5)))")])
        #expect(DisclosureAudit.check(label, truth: ["agreed/overall/inadequate": 13]).problems == [.falseLabel("agreed/overall/inadequate", .small(below: 5), truth: 13)])

        // 4. A relation the counts break is reported, not trusted.
        let relation = ReportDocument(title: "t", threshold: 5, blocks: [.paragraph(ReportParagraph(
            "\(ReportCount(key: "a", label: .exact(7)))", relations: [.sum("a", of: ["b"])]
        ))])
        #expect(DisclosureAudit.check(relation, truth: ["a": 7, "b": 6]).problems.contains(.falseRelation(.sum("a", of: ["b"]))))
    }
}
