import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("maca templates")
struct TemplatesCommandTests {
    @Test("list shows every shipped template with its version and scale")
    func list() throws {
        let result = try runMaca(["templates", "list"])
        #expect(result.status == 0)
        for id in ["neglect", "domestic-abuse", "child-exploitation", "children-missing"] {
            #expect(result.stdout.contains(id))
        }
        #expect(result.stdout.contains("Ofsted four-point scale"))
    }

    @Test("check passes every shipped template")
    func checkShipped() throws {
        let result = try runMaca(["templates", "check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count >= 4)
    }

    @Test("check reports a broken template as file:line: message on stderr, exit 65, no decoder dump")
    func checkBroken() throws {
        let path = "\(packageRoot)/Tests/MACAKitTests/Fixtures/broken-templates/unknown-question-type.yaml"
        let result = try runMaca(["templates", "check", path, "\(packageRoot)/audit-templates/neglect.yaml"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: \(path):50: unknown question type 'essay'"))
        #expect(result.stdout.contains("ok  \(packageRoot)/audit-templates/neglect.yaml"))
        #expect(!result.stderr.contains("DecodingError"))
    }

    @Test("show prints the template's questions as Markdown")
    func show() throws {
        let result = try runMaca(["templates", "show", "domestic-abuse"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# "))
        #expect(result.stdout.contains("`seen-alone`"))
    }

    @Test("a template id that does not exist is missing input, exit 66")
    func unknownTemplate() throws {
        let result = try runMaca(["templates", "show", "no-such-theme"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no template with id 'no-such-theme'"))
    }
}

extension TemplatesCommandTests {
    @Test("a template file or folder that is not there is missing input, exit 66")
    func missingPaths() throws {
        let file = try runMaca(["templates", "check", "/nonexistent/neglect.yaml"])
        #expect(file.status == 66)
        #expect(file.stderr == "error: /nonexistent/neglect.yaml: no template file there\n")
        let folder = try runMaca(["templates", "list", "--templates", "/nonexistent"])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("no templates folder"))
    }
}
