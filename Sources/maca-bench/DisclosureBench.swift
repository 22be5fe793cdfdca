import Foundation
import MACAKit
import MACATestSupport

/// `maca-bench disclosure [COUNT]`: the time the board paper's disclosure
/// control takes over COUNT random day sets (the property test's
/// generator, RandomDaySets), split into building the draft, deciding its
/// labels, and the independent attacker's check (DisclosureAudit).
/// `maca-bench disclosure show SEED` prints the board paper of one set,
/// as Markdown, to read what the property test checked.
enum DisclosureBench {
    static func show(seed: UInt64) throws {
        let set = RandomDaySets.make(seed: seed, templates: try RandomDaySets.shippedTemplates())
        print("threshold \(set.threshold), \(set.inputs.days.flatMap(\.day.cases).count) cases over \(set.inputs.days.count) days, template \(set.template.id)\n")
        print(ReportMarkdown.render(BoardPaper.document(set.report)))
    }

    static func run(count: Int) throws {
        let templates = try RandomDaySets.shippedTemplates()
        var times = (make: 0.0, draft: 0.0, decide: 0.0, audit: 0.0)
        var problems = 0, cells = 0
        func timed<Value>(_ total: inout Double, _ work: () -> Value) -> Value {
            let start = now()
            let value = work()
            total += Double(now() - start) / 1e9
            return value
        }
        for seed in 0..<count {
            let set = timed(&times.make) { RandomDaySets.make(seed: UInt64(seed), templates: templates) }
            let draft = timed(&times.draft) { BoardPaper.draft(set.report) }
            let document = timed(&times.decide) { draft.decided() }
            let result = timed(&times.audit) { DisclosureAudit.check(document, truth: draft.book.values) }
            problems += result.problems.count
            cells += result.cells
        }
        print(String(
            format: "disclosure, %d random day sets (%d printed counts, %d problems): generate %.2f s, build %.2f s, decide %.2f s, audit %.2f s",
            count, cells, problems, times.make, times.draft, times.decide, times.audit
        ))
    }
}
