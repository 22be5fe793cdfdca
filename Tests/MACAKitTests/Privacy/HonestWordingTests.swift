import Foundation
import MACAKit
import MACATestSupport
import Testing

/// No sentence claims what the data do not show: agencies' own grades only
/// where returns hold them, every tag tied with the third kept, and the
/// re-audit's finding true of the two counts it compares.
@Suite("Honest wording in the board paper")
struct HonestWordingTests {
    @Test("over 300 random day sets: own grades mentioned only with returns, ties kept, re-audit findings true")
    func randomDaySets() throws {
        let templates = try RandomDaySets.shippedTemplates()
        var reaudits = 0, ties = 0
        for seed in 0..<300 {
            let set = RandomDaySets.make(seed: UInt64(seed), templates: templates)
            let report = set.report
            let text = ReportMarkdown.render(BoardPaper.draft(report).decided())
            let ownGrades = set.inputs.days.contains { day in
                day.day.cases.contains { audit in audit.answers.contains { key, answer in key.agency != nil && key.question == "overall" && answer.value != nil } }
            }
            #expect(text.contains("Agencies that sent a return graded their own practice") == ownGrades, "seed \(seed)")
            #expect(text.contains("no agency returned grades of its own practice") == !ownGrades, "seed \(seed)")
            // Every tag with as many cases as the third is listed (when the list is shown at all).
            for (kind, lead) in [(SectionKind.workedWell, "Key strengths: "), (.areasForImprovement, "Key areas for improvement: ")] {
                let all = Self.tags(kind, in: set.inputs.days, template: set.template)
                guard all.count > 3, let line = text.split(separator: "\n").first(where: { $0.hasPrefix(lead) }) else { continue }
                let tied = all.filter { $0.count >= all[2].count }
                if tied.count > 3 { ties += 1 }
                for tag in all {
                    #expect(line.contains("\(tag.tag) (") == (tag.count >= all[2].count), "seed \(seed): \(tag.tag) \(tag.count) in \(line)")
                }
            }
            // The re-audit's finding for each area for improvement, against the counts themselves.
            let then = Self.tags(.areasForImprovement, in: set.inputs.previous, template: set.template)
            let now = Dictionary(Self.tags(.areasForImprovement, in: set.inputs.days, template: set.template).map { ($0.tag, $0.count) }, uniquingKeysWith: +)
            for (tag, count) in then {
                guard let row = text.split(separator: "\n").first(where: { $0.hasPrefix("| \(tag) |") }) else { continue }
                reaudits += 1
                let current = now[tag] ?? 0
                let finding = current == 0 ? "not tagged now" : current < count ? "tagged in fewer cases" : "still needing development"
                #expect(row.contains(finding), "seed \(seed): \(tag) then \(count), now \(current): \(row)")
            }
        }
        print("honest wording: 300 day sets, \(reaudits) re-audit findings checked, \(ties) lists longer than three for ties")
        #expect(reaudits > 0)
    }

    /// Cases each tag was given in, most first (then by name), counted here from the days.
    static func tags(_ kind: SectionKind, in days: [ReportInputs.Day], template: AuditTemplate) -> [(tag: String, count: Int)] {
        var counts: [String: Int] = [:]
        for day in days {
            let questions = Set((day.template.section(kind)?.questions ?? []).filter { $0.type == .tags }.map(\.id))
            for audit in day.day.cases {
                var given = Set<String>()
                for (key, answer) in audit.answers where questions.contains(key.question) {
                    if case let .tags(tags)? = answer.value { given.formUnion(tags) }
                }
                given.forEach { counts[$0, default: 0] += 1 }
            }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }
}
