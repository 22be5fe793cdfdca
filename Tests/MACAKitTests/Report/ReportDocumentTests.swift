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
