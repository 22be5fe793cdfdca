import MACAKit
import Testing

@Suite("The report document: counts in words, and what writers print")
struct ReportDocumentTests {
    @Test("sentences agree with their counts: 'fewer than 5 immediate concerns were', '1 case', 'none'")
    func words() {
        let concerns = CountWords.noun("immediate concern", "immediate concerns", verb: ("was", "were")).sentenceStart
        #expect(concerns.render(.small(below: 5)) == "Fewer than 5 immediate concerns were")
        #expect(concerns.render(.exact(1)) == "1 immediate concern was")
        #expect(concerns.render(.secondary(atLeast: 5)) == "[c] immediate concerns were")
        #expect(concerns.render(.exact(0)) == "No immediate concerns were")
        #expect(CountWords.noun("case", "cases", zero: "none").render(.exact(0)) == "none")
        #expect(CountWords.number.render(.small(below: 7)) == "fewer than 7")
        #expect(CountWords.figure.render(.secondary(atLeast: 5)) == "[c]")
    }

    @Test("a share reads 'n of N (p%)' only when both are printed as they are; never a percentage of a hidden count")
    func share() {
        func text(_ part: CountLabel, _ whole: CountLabel) -> String {
            let text: ReportText = "yes in \(ReportCount(key: "p", label: part, words: CountWords(zero: "0")), of: ReportCount(key: "w", label: whole))"
            return text.plain
        }
        #expect(text(.exact(12), .exact(40)) == "yes in 12 of 40 (30%)")
        #expect(text(.exact(0), .exact(40)) == "yes in 0 of 40 (0%)")
        #expect(text(.exact(1), .exact(3)) == "yes in 1 of 3 (33%)")
        #expect(text(.small(below: 5), .exact(40)) == "yes in fewer than 5 of 40")
        #expect(text(.secondary(atLeast: 5), .exact(40)) == "yes in [c] of 40")
        // The whole hidden: the part alone, and no percentage that would undo it.
        #expect(text(.exact(0), .small(below: 5)) == "yes in 0")
        #expect(text(.small(below: 5), .small(below: 5)) == "yes in fewer than 5")
        #expect(text(.exact(7), .secondary(atLeast: 5)) == "yes in 7")
        // Both counts are in the text, for the disclosure check to read.
        let both: ReportText = "\(ReportCount(key: "p"), of: ReportCount(key: "w"))"
        #expect(both.counts.map(\.key) == ["p", "w"])
    }

    @Test("a count's label passes the Markdown exit as it reads, [c] included, while the text around it is escaped")
    func markdown() {
        let hidden = ReportCount(key: "a", label: .secondary(atLeast: 5))
        let small = ReportCount(key: "b", label: .small(below: 5), words: .noun("case", "cases"))
        let document = ReportDocument(title: "T", threshold: 5, blocks: [
            .paragraph("[x](javascript:alert(1)) \(hidden) and \(small)"),
            .table(ReportTable(header: ["A|B"], rows: [["\(hidden)"], ["pipe | and A1: \(small)"]], rowBasis: .categories)),
            .note(ReportDocument.secondaryNote(threshold: 5)),
        ])
        let markdown = ReportMarkdown.render(document)
        #expect(markdown.contains("&#91;x&#93;(javascript:alert(1)) [c] and fewer than 5 cases"))
        #expect(markdown.contains("| [c] |"))
        #expect(markdown.contains("| pipe \\| and A1: fewer than 5 cases |"))
        #expect(markdown.contains("_[c]: a count of 5 or more, hidden so that a smaller count cannot be worked out._"))
        let html = ReportHTML.render(document)
        #expect(html.contains("<td>[c]</td>"))
        #expect(html.contains("<p class=\"note\">[c]: a count of 5 or more"))
    }
}
