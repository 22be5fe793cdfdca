import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The corpus of malformed templates (MalformedTemplates, mutations of the
/// shipped neglect template) through the loader: each refused with a
/// `file:line: message` that names what is wrong, or accepted if valid, and
/// a template that is accepted shows as Markdown no bigger than a small
/// multiple of its file.
@Suite("Malformed templates")
struct MalformedTemplateTests {
    static let corpus = (try? MalformedTemplates.corpus()) ?? []

    @Test("the corpus holds at least 50 kinds of template, both refused and accepted")
    func corpusSize() {
        #expect(Self.corpus.count >= 50)
        #expect(Self.corpus.contains { $0.verdict == .accepted })
        #expect(Set(Self.corpus.map(\.name)).count == Self.corpus.count)
    }

    @Test("each is refused at its line with what is wrong, or accepted", arguments: corpus)
    func checked(_ mutant: MalformedTemplate) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file(mutant.name)
        try mutant.bytes.write(to: URL(fileURLWithPath: path))
        // An alias bomb that got through would never finish: a failure, not a hang.
        let loaded = try finishing(within: 10) { () -> Result<String, FileProblems> in
            do {
                return .success(TemplateOutline.markdown(try TemplateLoader.load(path: path)))
            } catch let problems as FileProblems {
                return .failure(problems)
            }
        }
        guard let loaded else {
            Issue.record("\(mutant.name) was still being read after 10 s")
            return
        }
        switch mutant.verdict {
        case .accepted:
            let shown = try loaded.get()
            #expect(shown.utf8.count <= 3 * mutant.bytes.count + 4096, "\(shown.utf8.count) bytes shown from \(mutant.bytes.count)")
        case let .refused(line, saying):
            switch loaded {
            case .success:
                Issue.record("\(mutant.name) was accepted")
            case let .failure(problems):
                #expect(problems.exitStatus == .data)
                #expect(
                    problems.errors.contains { $0.line == line && $0.message.contains(saying) },
                    "expected line \(line.map(String.init) ?? "none"): …\(saying)…, got:\n\(problems.description.prefix(2000))"
                )
                // Every problem names its line, but a file that is empty and the count of those not shown.
                for problem in problems.errors where problem.line == nil {
                    #expect(problem.message == "the file is empty" || problem.message.hasSuffix("more problems after these; correct these and check again"), "\(problem)")
                }
                #expect(problems.errors.count <= 101)
                #expect(problems.description.utf8.count < 32 * 1024)
            }
        }
    }

    @Test("every problem of a file is reported in one pass")
    func everyProblemAtOnce() throws {
        let mutant = try #require(Self.corpus.first { $0.name.hasSuffix("three-problems-at-once.yaml") })
        let text = String(decoding: mutant.bytes, as: UTF8.self)
        #expect(throws: FileProblems.self) { try TemplateLoader.parse(text, file: "t.yaml") }
        do {
            _ = try TemplateLoader.parse(text, file: "t.yaml")
        } catch {
            #expect(error.errors.map(\.description) == [
                "t.yaml:7: field 'version' of the template must be a whole number from 1 to 9999",
                "t.yaml:32: field 'reaudit-months' of the template must be a whole number from 1 to 120",
                "t.yaml:37: unknown field 'required' in an agency",
            ])
        }
    }

    @Test("ten thousand problems are reported as the first hundred and a count")
    func problemsCapped() throws {
        let mutant = try #require(Self.corpus.first { $0.name.hasSuffix("ten-thousand-unknown-fields.yaml") })
        do {
            _ = try TemplateLoader.parse(String(decoding: mutant.bytes, as: UTF8.self), file: "t.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.count == 101)
            #expect(error.errors.last?.description == "t.yaml: 9,900 more problems after these; correct these and check again")
        }
    }

    @Test("the limits hold for the shipped templates with room to spare")
    func shippedWithinLimits() throws {
        for path in try TemplateLibrary(directory: "\(packageRoot)/audit-templates").paths() {
            let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
            #expect(size * 4 < TemplateLoader.maximumBytes, "\(path) is \(size) bytes")
            let template = try TemplateLoader.load(path: path)
            let texts = [template.title, template.theme] + template.linesOfEnquiry + template.scale.levels.map(\.descriptor)
                + template.sections.flatMap { [$0.guidance ?? ""] + $0.questions.flatMap { [$0.prompt, $0.guidance ?? ""] + $0.ageBandPrompts.map(\.prompt) } }
            #expect(texts.map(\.count).max()! * 4 < TemplateLoader.maximumTextLength)
            #expect(TemplateLoader.monthRange.contains(template.auditWindowMonths))
            #expect(TemplateLoader.monthRange.contains(template.reauditMonths))
        }
    }
}
