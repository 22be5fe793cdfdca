import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `from-return`: which question of an agency's own return stands as the
/// default of a per-agency question, and the loader's refusals of it.
@Suite("Templates: from-return")
struct FromReturnTests {
    static let minimal = try! String(contentsOfFile: "\(packageRoot)/Tests/MACAKitTests/Fixtures/minimal.yaml", encoding: .utf8)

    /// The minimal template with an agency-return section added, and `key`
    /// (a line such as `from-return: return-well`) put on the question `on`.
    static func template(putting key: String, on question: String, returnSection: Bool = true) -> String {
        var text = minimal.replacingOccurrences(
            of: "      - id: \(question)\n", with: "      - id: \(question)\n        \(key)\n"
        )
        if returnSection {
            text += """
              - id: agency-return
                kind: agency-return
                title: Agency return
                questions:
                  - id: return-well
                    prompt: What worked well in your agency?
                    type: long-text
                  - id: return-tags
                    prompt: Tags
                    type: tags
                    choices: [delay, child-seen]

            """
        }
        return text
    }

    /// The 1-based line of the first line holding `marker`: the test marks the line, it does not count it.
    static func line(of marker: String, in text: String) -> Int {
        let lines = text.components(separatedBy: "\n")
        return (lines.firstIndex { $0.contains(marker) } ?? -1) + 1
    }

    @Test("a per-agency text question may take its default from a text question of the return")
    func accepted() throws {
        let template = try TemplateLoader.parse(Self.template(putting: "from-return: return-well", on: "worked-well"), file: "t.yaml")
        #expect(template.question("worked-well")?.fromReturn == "return-well")
        #expect(template.question("could-be-better")?.fromReturn == nil)
    }

    @Test("a bad from-return is refused at its own line, naming the rule", arguments: [
        ("from-return: return-nothing", "worked-well", true, "which is not a question of the agency-return section (return-well, return-tags)"),
        ("from-return: return-tags", "worked-well", true, "a tags question, but 'worked-well' is long-text"),
        ("from-return: return-well", "lived-day", true, "section 'lived' is not per-agency"),
        ("from-return: return-well", "worked-well", false, "the template has no agency-return section"),
        ("from-return: [return-well]", "worked-well", true, "must be text"),
    ])
    func refused(key: String, question: String, returnSection: Bool, message: String) throws {
        let text = Self.template(putting: key, on: question, returnSection: returnSection)
        let line = Self.line(of: key, in: text)
        #expect(line > 1)
        do {
            _ = try TemplateLoader.parse(text, file: "t.yaml")
            Issue.record("accepted \(key) on \(question)")
        } catch {
            #expect(error.errors.contains { $0.description.hasPrefix("t.yaml:\(line): ") && $0.description.contains(message) }, "got: \(error.description)")
        }
    }

    @Test("a question of the return itself cannot take from-return")
    func notOnTheReturn() throws {
        let text = Self.template(putting: "", on: "worked-well").replacingOccurrences(
            of: "      - id: return-tags\n", with: "      - id: return-tags\n        from-return: return-well\n"
        )
        let line = Self.line(of: "from-return: return-well", in: text)
        #expect(throws: FileProblems.self) { try TemplateLoader.parse(text, file: "t.yaml") }
        do { _ = try TemplateLoader.parse(text, file: "t.yaml") } catch {
            #expect(error.errors.contains { $0.description.hasPrefix("t.yaml:\(line): question 'return-tags' is itself in the agency-return section") }, "got: \(error.description)")
        }
    }

    @Test("every shipped template maps its per-agency findings and tags to the return", arguments: TemplateLoaderTests.shipped)
    func shipped(path: String) throws {
        let template = try TemplateLoader.load(path: path)
        let mapped = template.sections.filter(\.perAgency).flatMap(\.questions).filter { $0.fromReturn != nil }
        #expect(Dictionary(uniqueKeysWithValues: mapped.map { ($0.id, $0.fromReturn!) }) == [
            "agency-involvement": "return-involvement", "worked-well": "return-worked-well", "worked-well-tags": "return-tags",
            "could-be-better": "return-could-be-better", "improvement-tags": "return-tags",
        ])
    }
}
