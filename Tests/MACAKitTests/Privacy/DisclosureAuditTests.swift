import MACAKit
import MACATestSupport
import Testing

/// The independent check the property test relies on: it must catch what
/// a reader could work out, or a green property test means nothing.
@Suite("The disclosure check works out what a reader could")
struct DisclosureAuditTests {
    /// Overall grades O [c], G <5, RI 8, I [c], not agreed 0, of 24 cases, and "O + G = 10" printed elsewhere.
    static func paper(printingSum: Bool) -> (ReportDocument, [CountKey: Int]) {
        let truth: [CountKey: Int] = ["o": 7, "g": 3, "ri": 8, "i": 6, "na": 0, "total": 24, "better": 10]
        let count = { (key: CountKey, label: CountLabel) in ReportCount(key: key, label: label) }
        var blocks: [ReportBlock] = [
            .paragraph(ReportParagraph(
                "\(count("o", .secondary(atLeast: 5))) \(count("g", .small(below: 5))) \(count("ri", .exact(8))) \(count("i", .secondary(atLeast: 5))) \(count("na", .exact(0))) of \(count("total", .exact(24)))",
                relations: [.sum("total", of: ["o", "g", "ri", "i", "na"])]
            )),
        ]
        if printingSum {
            blocks.append(.paragraph(ReportParagraph("good or better: \(count("better", .exact(10)))", relations: [.sum("better", of: ["o", "g"])])))
        }
        return (ReportDocument(title: "t", threshold: 5, blocks: blocks), truth)
    }

    @Test("two sums that differ by one count give that count away: I = 24 − 8 − 0 − (O + G) = 6, though no one relation bounds it")
    func combinedEqualities() {
        let (leaky, truth) = Self.paper(printingSum: true)
        let problems = DisclosureAudit.check(leaky, truth: truth).problems
        #expect(problems.contains(.derivable("i", value: 6)), "\(problems)")
        let (safe, _) = Self.paper(printingSum: false)
        #expect(DisclosureAudit.check(safe, truth: truth).problems.isEmpty)
    }
}
