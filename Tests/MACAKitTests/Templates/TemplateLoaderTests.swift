import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Audit templates")
struct TemplateLoaderTests {
    static let fixtures = "\(packageRoot)/Tests/MACAKitTests/Fixtures"
    static let shipped = try! TemplateLibrary(directory: "\(packageRoot)/audit-templates").paths()
    static let broken = (try? FileManager.default.contentsOfDirectory(atPath: "\(fixtures)/broken-templates"))?
        .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

    @Test("every shipped template passes check", arguments: shipped)
    func shippedTemplate(path: String) throws {
        let template = try TemplateLoader.load(path: path)
        #expect(SectionKind.required.allSatisfy { template.section($0) != nil })
        #expect(template.scale.levels.count >= 3)
        #expect(template.scale.levels.allSatisfy { !$0.descriptor.isEmpty })
        let grades = try #require(template.section(.gradedDomains))
        for domain in ["recognition", "assessment", "planning", "multi-agency", "impact", "overall"] {
            #expect(grades.questions.contains { $0.id == domain }, "\(template.id) grades \(domain)")
        }
        #expect(template.section(.workedWell)?.perAgency == true)
        #expect(template.section(.areasForImprovement)?.perAgency == true)
        let order = template.sections.map(\.kind)
        #expect(order.firstIndex(of: .workedWell)! < order.firstIndex(of: .areasForImprovement)!)
    }

    @Test("every shipped line of enquiry has an id and is evidenced by a question a case answers", arguments: shipped)
    func shippedLinesOfEnquiry(path: String) throws {
        let template = try TemplateLoader.load(path: path)
        #expect(template.version >= 2)
        #expect(template.enquiries.count >= 3)
        for enquiry in template.enquiries {
            let id = try #require(enquiry.id, "\(template.id): \(enquiry.text)")
            let evidence = template.questions(evidencing: id)
            #expect(!evidence.isEmpty, "\(template.id): nothing evidences \(id)")
            // Evidence is what the room answers per case: profile choices, yes/partly/no, grades, text.
            #expect(evidence.allSatisfy { [.choice, .multiChoice, .yesPartlyNo, .grade, .longText].contains($0.type) })
        }
    }

    @Test("at least four themes ship, with both the Ofsted and the RAG scale")
    func shippedThemes() throws {
        let templates = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").all()
        #expect(Set(templates.map(\.id)).isSuperset(of: ["neglect", "domestic-abuse", "child-exploitation"]))
        #expect(templates.count >= 4)
        #expect(Set(templates.map(\.scale.id)).isSuperset(of: ["ofsted", "rag"]))
    }

    @Test("the minimal fixture passes, so each broken one fails for its own reason")
    func minimalPasses() throws {
        let template = try TemplateLoader.load(path: "\(Self.fixtures)/minimal.yaml")
        #expect(template.question("plan-type")?.choice("child-in-need")?.label == "Child in need")
        #expect(template.question("age-band")?.choices.map(\.id) == ["0-4", "5-10", "11-15", "16-17"])
        #expect(template.question("lived-day")?.ageBandPrompts == [AgeBandPrompt(ageBand: "0-4", prompt: "What did the baby see and hear?")])
        #expect(template.question("due-date")?.refuse == ["ongoing"])
    }

    @Test("a broken template gives its own file:line error", arguments: broken)
    func brokenTemplate(name: String) throws {
        let path = "\(Self.fixtures)/broken-templates/\(name)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expectation = try #require(text.split(separator: "\n").first?.split(separator: "# expect: ", maxSplits: 1).last)
        let expected = "\(path):\(expectation)"
        do {
            _ = try TemplateLoader.load(path: path)
            Issue.record("\(name) was accepted")
        } catch let errors as FileProblems {
            #expect(errors.exitStatus == .data)
            #expect(errors.errors.contains { $0.description.hasPrefix(expected) }, "got: \(errors.description)")
            #expect(!errors.description.contains("DecodingError"))
        }
    }

    @Test("every problem in a file is reported, in line order")
    func allProblemsReported() throws {
        var text = try String(contentsOfFile: "\(Self.fixtures)/minimal.yaml", encoding: .utf8)
        text = text.replacingOccurrences(of: "version: 1", with: "version: 0")
            .replacingOccurrences(of: "type: long-text", with: "type: novel")
        do {
            _ = try TemplateLoader.parse(text, file: "t.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.count >= 4)
            let lines = error.errors.compactMap(\.line)
            #expect(lines == lines.sorted())
        }
    }
}
