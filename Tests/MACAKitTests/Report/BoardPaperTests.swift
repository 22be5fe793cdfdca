import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The board paper's wording around its counts, over random day sets.
@Suite("The board paper's counts in words")
struct BoardPaperTests {
    static let sets: [RandomDaySet] = {
        guard let templates = try? RandomDaySets.shippedTemplates() else { return [] }
        return (0..<150).map { RandomDaySets.make(seed: UInt64(10_000 + $0), templates: templates) }
    }()

    @Test("no sentence reads '<5 concern was raised' or '<5 of <5': in prose a hidden count reads 'fewer than 5', with a plural noun and verb")
    func prose() throws {
        #expect(Self.sets.count == 150)
        let figureBeforeWord = try NSRegularExpression(pattern: #"<\d+ [a-z]"#)
        var sentences = 0
        for set in Self.sets {
            let document = BoardPaper.document(set.report)
            for block in document.blocks {
                let texts: [String] = switch block {
                case let .paragraph(paragraph): [paragraph.text.plain]
                case let .bullets(list): list.items.map(\.plain)
                default: []
                }
                for text in texts where !text.hasPrefix("Small numbers:") {
                    sentences += 1
                    #expect(figureBeforeWord.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(text)")
                    #expect(!text.contains("fewer than \(set.threshold) immediate concern was"), "\(text)")
                    #expect(!text.contains(" of <"), "\(text)")
                }
            }
        }
        #expect(sentences > 1_000)
    }

    @Test("when no case was sampled, or every case was, the method says so in words and prints no count for it")
    func noneSampled() {
        var checked = 0
        for set in Self.sets {
            let audits = set.inputs.days.flatMap(\.day.cases)
            let sampled = audits.filter { $0.reasonSelected.hasPrefix("Random sample") }.count
            let markdown = ReportMarkdown.render(BoardPaper.document(set.report))
            if sampled == 0 {
                #expect(markdown.contains("each by reference with a recorded reason."))
                checked += 1
            } else if sampled == audits.count {
                #expect(markdown.contains("each by a seeded random sample from a candidate list."))
            } else {
                #expect(markdown.contains(" by a seeded random sample from a candidate list."))
            }
        }
        #expect(checked > 5)
    }

    @Test("every block that prints [c] is followed by its footnote; a chart draws only counts printed elsewhere, with the same label, and keeps a hidden one")
    func footnotes() {
        var footnoted = 0, hiddenInCharts = 0
        for set in Self.sets {
            let document = BoardPaper.document(set.report)
            var printed: [CountKey: CountLabel] = [:]
            for block in document.blocks {
                if case .chart = block { continue }
                for count in block.counts { printed[count.key] = count.label }
            }
            for (index, block) in document.blocks.enumerated() {
                if block.counts.contains(where: { if case .secondary = $0.label { true } else { false } }) {
                    #expect(document.blocks[index + 1] == .note(ReportDocument.secondaryNote(threshold: set.threshold)))
                    footnoted += 1
                }
                if case let .chart(chart) = block {
                    for count in chart.counts.joined() { #expect(printed[count.key] == count.label, "\(count.key)") }
                    if chart.hasHidden { hiddenInCharts += 1 }
                }
            }
        }
        #expect(footnoted > 10)
        #expect(hiddenInCharts > 10)
    }

    @Test("the board paper has no case-by-case table; the annex has, and its first line says it is restricted and not for the board")
    func annex() throws {
        let set = try #require(Self.sets.first { $0.inputs.days.flatMap(\.day.cases).count > 3 })
        let paper = ReportMarkdown.render(BoardPaper.document(set.report))
        #expect(!paper.contains("| Case 1 |"))
        #expect(!paper.contains("Case 1:"))
        let annex = ReportMarkdown.render(CaseAnnex.document(set.report))
        #expect(annex.hasPrefix("RESTRICTED: NOT FOR THE BOARD."))
        #expect(annex.contains("| Case 1 | Day 1 |"))
    }

    @Test("every level named: a line that lists grades names every level of the scale, in scale order, zeros too, so a day graded only in the lower levels never reads as saying nothing bad (issue 16)")
    func everyLevelNamed() {
        var lines = 0, lowOnly = 0, everyLevelGraded = 0
        for set in Self.sets {
            let levels = set.template.scale.levels.map { $0.label.lowercased() }
            let audits = set.inputs.days.flatMap(\.day.cases)
            let graded = Set(audits.compactMap { $0.agreedGrades["overall"]?.level })
            let ids = set.template.scale.levels.map(\.id)
            if Set(ids) == graded { everyLevelGraded += 1 }
            let low = graded.isEmpty ? false : graded.isDisjoint(with: ids.prefix(max(1, ids.count / 2)))
            for block in BoardPaper.document(set.report).blocks {
                let texts: [String] = switch block {
                case let .paragraph(paragraph): [paragraph.text.plain]
                case let .bullets(list): list.items.map(\.plain)
                default: []
                }
                // A line the disclosure engine withheld says so and prints no level.
                for text in texts where (text.hasPrefix("Overall agreed grade") || text.hasPrefix("Agreed grade, ")) && !text.contains(" are not shown: ") {
                    lines += 1
                    if low && text.hasPrefix("Overall agreed grade") { lowOnly += 1 }
                    // Each listing ("now" and "at the previous audit") names every level, in order.
                    for listing in text.components(separatedBy: "; at the previous audit: ") {
                        var rest = Substring(listing)
                        for level in levels {
                            let found = rest.range(of: "\(level) in ") ?? rest.range(of: "\(level.prefix(1).uppercased() + level.dropFirst()), ")
                            #expect(found != nil, "'\(level)' missing or out of order in: \(text)")
                            if let found { rest = rest[found.upperBound...] }
                        }
                    }
                }
            }
        }
        #expect(lines > 300)
        #expect(lowOnly > 0, "no set graded only in the lower levels")
        #expect(everyLevelGraded > 5, "too few sets with a grade at every level")
    }

    @Test("the cover names the partnership the days recorded when no config names it, each once; a config's name wins; the briefing says the same")
    func coverPartnership() throws {
        var set = try #require(Self.sets.first { $0.inputs.days.count >= 3 })
        for index in set.inputs.days.indices {
            set.inputs.days[index].day.area = index == 1 ? "Fenmoor and Dale Safeguarding Partnership (invented)" : "Westbrook Children's Partnership (invented)"
        }
        let both = "Westbrook Children's Partnership (invented); Fenmoor and Dale Safeguarding Partnership (invented)"
        #expect(BoardPaper.document(set.report).cover?.partnership == both)
        #expect(ReportMarkdown.render(BoardPaper.document(set.report)).contains("- Partnership: \(both)"))
        #expect(ReportMarkdown.render(LearningBriefing.document(set.report)).contains(both))
        let configured = ThemeReport(
            inputs: set.inputs, produced: "2027-01-01", from: nil, to: nil, smallNumbers: SmallNumbers(threshold: set.threshold),
            masthead: ThemeReport.Masthead(partnership: "Harrowvale Safeguarding Children Partnership (invented)")
        )
        #expect(BoardPaper.document(configured).cover?.partnership == "Harrowvale Safeguarding Children Partnership (invented)")
        for index in set.inputs.days.indices { set.inputs.days[index].day.area = nil }
        #expect(BoardPaper.document(set.report).cover?.partnership == nil, "no partnership recorded anywhere: no line, never a placeholder")
    }
}
