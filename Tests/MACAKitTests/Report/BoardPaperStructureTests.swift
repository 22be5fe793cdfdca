import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The board paper's parts, in a board's order, over random day sets: the
/// key messages, one section per line of enquiry, quotations, the grades
/// side by side, recommendations and the learning briefing.
@Suite("The board paper's structure")
struct BoardPaperStructureTests {
    static let templates = (try? RandomDaySets.shippedTemplates()) ?? []
    static let sets: [RandomDaySet] = (0..<120).map { RandomDaySets.make(seed: UInt64(40_000 + $0), templates: templates) }

    static func headings(_ document: ReportDocument) -> [String] {
        document.blocks.compactMap { if case let .heading(heading) = $0 { heading } else { nil } }
    }

    static func subheadings(_ document: ReportDocument) -> [String] {
        document.blocks.compactMap { if case let .subheading(heading) = $0 { heading } else { nil } }
    }

    @Test("every paper has a cover, the marking, the board's asks and its sections in a board's order")
    func order() {
        #expect(Self.sets.count == 120)
        let expected = [
            "1. Executive summary", "2. Scope and method", "3. Findings by line of enquiry", "4. What worked well",
            "5. Areas for improvement", "6. The voice of the child", "7. Grades", "8. Partnership recommendations", "9. Case action points",
            "10. Immediate concerns", "11. Previous audit comparison", "12. Learning and dissemination", "Appendices",
        ]
        for set in Self.sets {
            let document = BoardPaper.document(set.report)
            #expect(Self.headings(document) == expected)
            #expect(document.marking == "OFFICIAL-SENSITIVE")
            let cover = document.cover
            #expect(cover?.marking == "OFFICIAL-SENSITIVE" && cover?.version == "1.0" && cover?.date == "2027-01-01")
            #expect((3...4).contains(cover?.boardAskedTo.count ?? 0))
            let subheadings = Self.subheadings(document)
            for part in ["Key messages", "Family and practitioner involvement", "Limitations", "Appendix A: the cases", "Appendix B: the case action points", "Appendix C: data quality"] {
                #expect(subheadings.contains(part), "\(part)")
            }
        }
    }

    @Test("the executive summary has 3 to 6 key messages, each true of the data it names")
    func keyMessages() {
        var withPrevious = 0
        for set in Self.sets {
            let document = BoardPaper.document(set.report)
            let index = document.blocks.firstIndex(of: .subheading("Key messages"))!
            guard case let .bullets(list) = document.blocks[index + 1] else {
                Issue.record("no list after the key messages")
                continue
            }
            #expect((3...6).contains(list.items.count), "\(list.items.map(\.plain))")
            let texts = list.items.map(\.plain)
            let concerns = set.inputs.days.flatMap(\.day.cases).flatMap(\.concerns)
            if concerns.isEmpty { #expect(texts.contains("No immediate concerns were raised during the audit.")) }
            if !set.inputs.previous.isEmpty {
                withPrevious += 1
                #expect(texts.contains { $0.contains("at the previous audit") } || texts.contains { $0.contains("compared in section 11") })
            }
        }
        #expect(withPrevious > 20)
    }

    @Test("one section per line of enquiry with an id, each printing its counts as 'n of N'")
    func enquiries() {
        for set in Self.sets {
            let document = BoardPaper.document(set.report)
            let mapped = set.report.template.enquiries.filter { $0.id != nil }
            let sections = Self.subheadings(document).filter { $0.hasPrefix("3.") }
            #expect(sections == mapped.enumerated().map { "3.\($0.offset + 1) \($0.element.text)" })
        }
    }

    @Test("a template whose lines of enquiry have no ids still reports: its findings are under 'Not mapped to a line of enquiry'")
    func unmapped() throws {
        var set = try #require(Self.sets.first { $0.inputs.days.flatMap(\.day.cases).count >= 10 })
        var template = set.inputs.days[0].template
        template.enquiries = template.enquiries.map { LineOfEnquiry(id: nil, text: $0.text) }
        for section in template.sections.indices {
            for question in template.sections[section].questions.indices { template.sections[section].questions[question].evidences = [] }
        }
        for day in set.inputs.days.indices { set.inputs.days[day].template = template }
        set.inputs.previous = []
        let markdown = ReportMarkdown.render(BoardPaper.document(set.report))
        #expect(markdown.contains("### Not mapped to a line of enquiry"))
        #expect(markdown.contains("lines of enquiry have no ids"))
        #expect(!markdown.contains("### 3.1 "))
        // Its yes/partly/no findings are still counted there.
        #expect(markdown.contains(" of \(set.inputs.days.flatMap(\.day.cases).count)"))
    }

    @Test("a starred answer is quoted first and says it was starred; no quotation is attributed to a case")
    func starred() throws {
        var set = try #require(Self.sets.first { $0.inputs.days.flatMap(\.day.cases).count >= 12 })
        set.inputs.previous = []
        let question = try #require(set.report.template.section(.workedWell)?.questions.first { $0.type == .longText })
        // Every case answers; one answer, the shortest, is starred.
        var starredText = ""
        for day in set.inputs.days.indices {
            for index in set.inputs.days[day].day.cases.indices {
                var audit = set.inputs.days[day].day.cases[index]
                let key = AnswerKey(ref: audit.ref, question: question.id, agency: "csc")
                let text = day == 0 && index == 0 ? "Short starred example of good practice." : "A longer answer about practice that went well in case \(day)-\(index), with detail."
                audit.answers[key] = RecordedAnswer(value: .text(text), author: "A", writer: "csc", timestamp: "2026-01-01T00:00:00Z")
                if day == 0 && index == 0 {
                    audit.starred.insert(key)
                    starredText = text
                }
                set.inputs.days[day].day.cases[index] = audit
            }
        }
        let document = BoardPaper.document(set.report)
        let start = try #require(document.blocks.firstIndex(of: .heading("4. What worked well")))
        let quotes = document.blocks[start...].compactMap { if case let .quote(quote) = $0 { quote } else { nil } }
        let first = try #require(quotes.first)
        #expect(first.text == starredText)
        #expect(first.source?.contains("starred in the room") == true)
        for quote in quotes { #expect(!(quote.source ?? "").lowercased().contains("case")) }
        #expect((2...4).contains(quotes.prefix { _ in true }.count) || quotes.count >= 2)
    }

    @Test("with fewer cases than the threshold (or 3), nothing is quoted")
    func fewCases() {
        for set in Self.sets where set.inputs.days.flatMap(\.day.cases).count < max(3, set.threshold) {
            let document = BoardPaper.document(set.report)
            #expect(!document.blocks.contains { if case .quote = $0 { true } else { false } })
        }
    }

    @Test("the grades table always has a 'Not agreed' column")
    func notAgreed() {
        for set in Self.sets {
            let document = BoardPaper.document(set.report)
            let tables = document.blocks.compactMap { if case let .table(table) = $0 { table } else { nil } }
            let withheld = document.blocks.contains {
                if case let .paragraph(paragraph) = $0 { paragraph.text.plain.hasPrefix("The agreed grades per domain are not shown") } else { false }
            }
            #expect(tables.contains { $0.header.first == "Domain" && $0.header.last == "Not agreed" } || withheld)
        }
    }

    @Test("partnership recommendations are listed with owner, date, measure, resources and RAG, and overdue ones say so")
    func recommendations() throws {
        let set = try #require(Self.sets.first)
        let theme = set.report.template.id
        let made = RecommendationMade(
            id: "\(theme.uppercased())-R1", theme: theme, text: "Commission neglect-tool training for all health visitors", owner: "Designated nurse",
            due: "2026-06-30", measure: "90% of health visitors trained", resources: "within existing resources", status: .amber, by: "Chair"
        )
        let other = RecommendationMade(
            id: "OTHER-R1", theme: "other-theme", text: "Not this theme", owner: "X", due: "2027-06-30", measure: "m", resources: "none", status: .red, by: "Chair"
        )
        let report = ThemeReport(
            inputs: set.inputs, produced: "2027-01-01", from: nil, to: nil, smallNumbers: SmallNumbers(threshold: set.threshold),
            recommendations: [Recommendations.Entry(made: made, date: "2026-01-01", status: .amber, evidence: ""), Recommendations.Entry(made: other, date: "2026-01-01", status: .red, evidence: "")]
        )
        let markdown = ReportMarkdown.render(BoardPaper.document(report))
        #expect(markdown.contains("| \(made.id): Commission neglect-tool training for all health visitors | Designated nurse | 2026-06-30 | 90% of health visitors trained | within existing resources | Amber (overdue) |"))
        #expect(!markdown.contains("Not this theme"))
        #expect(markdown.contains("RAG status: 0 red, 1 amber, 0 green, 0 complete."))
        #expect(markdown.contains("Agree the partnership recommendations in section 8"))
    }

    @Test("the learning briefing has its six parts and no case reference")
    func briefing() {
        for set in Self.sets.prefix(40) {
            let document = LearningBriefing.document(set.report)
            let parts = Self.subheadings(document)
            #expect(parts == ["1. Background", "2. Why it matters", "3. What we found", "4. What good looks like", "5. Questions for practitioners", "6. What happens next"])
            let markdown = ReportMarkdown.render(document)
            for audit in set.inputs.days.flatMap(\.day.cases) { #expect(!markdown.contains(audit.ref)) }
            #expect(document.blocks.filter { if case .quote = $0 { true } else { false } }.count <= 1)
        }
    }
}
