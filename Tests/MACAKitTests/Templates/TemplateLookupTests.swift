import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// `TemplateLibrary.template(id:)` finds a template without parsing the
/// files before it when their lines say they hold another id, and finds the
/// same template, or fails the same way, as loading every file in order.
@Suite("Finding a template by its id")
struct TemplateLookupTests {
    static let shipped = "\(packageRoot)/audit-templates"

    private func declared(_ text: String) -> String? {
        TemplateLibrary.declaredID(Array(text.utf8))
    }

    @Test("the id of every shipped template is read from its lines, and is the id it loads with")
    func shippedTemplatesDeclareTheirIDs() throws {
        for path in try TemplateLibrary(directory: Self.shipped).paths() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let template = try TemplateLoader.load(path: path)
            #expect(TemplateLibrary.declaredID(Array(data)) == template.id, "\(path)")
        }
    }

    @Test("a plain top-level id is read, with a comment after it, CRLF line ends and sequences in the first column")
    func plainLayouts() {
        #expect(declared("id: neglect\ntitle: Neglect\n") == "neglect")
        #expect(declared("# a comment\ntitle: x\nid: neglect   # the id\r\nsections:\n- id: profile\n  title: y\n") == "neglect")
        #expect(declared("title: x\nnotes: |\n  id: not-this\n  more\nid: da-2\n") == "da-2")
    }

    @Test("any layout the lines cannot vouch for is left to the parser")
    func otherLayouts() {
        #expect(declared("title: x\n") == nil, "no id")
        #expect(declared("id: a\nid: b\n") == nil, "two ids")
        #expect(declared("id: \"neglect\"\n") == nil, "quoted value")
        #expect(declared("\"id\": neglect\n") == nil, "quoted key")
        #expect(declared("{id: neglect}\n") == nil, "flow mapping")
        #expect(declared("---\nid: neglect\n") == nil, "document marker")
        #expect(declared("<<: *base\nid: neglect\n") == nil, "merge key")
        #expect(declared("? id\n: neglect\n") == nil, "complex key")
        #expect(declared("id: neglect#x\n") == nil, "# without a space is part of the value")
        #expect(declared("id: Neglect\n") == nil, "not an identifier")
        #expect(declared("id:\n  neglect\n") == nil, "value on the next line")
        #expect(declared("id : neglect\n") == nil, "space before the colon")
        #expect(declared("\u{FEFF}id: neglect\n") == nil, "byte order mark")
    }

    @Test("template(id:) returns the first file in order with the id, as loading every file does, and fails the same way")
    func sameTemplateAsLoadingEveryFile() throws {
        let folder = try TemporaryFolder("maca-template-lookup")
        defer { folder.remove() }
        let neglect = try String(contentsOfFile: "\(Self.shipped)/neglect.yaml", encoding: .utf8)
        let abuse = try String(contentsOfFile: "\(Self.shipped)/domestic-abuse.yaml", encoding: .utf8)
        // Sorted: a-broken, b-copy (the neglect id under another title), c-abuse, neglect.
        try "id: neglect\ntitle: [broken\n".write(toFile: folder.file("a-broken.yaml"), atomically: true, encoding: .utf8)
        let copy = neglect.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Copied ")
        #expect(copy != neglect)
        try copy.write(toFile: folder.file("b-copy.yaml"), atomically: true, encoding: .utf8)
        try abuse.write(toFile: folder.file("c-abuse.yaml"), atomically: true, encoding: .utf8)
        try neglect.write(toFile: folder.file("neglect.yaml"), atomically: true, encoding: .utf8)

        let library = TemplateLibrary(directory: folder.path)
        let everyFile = try library.paths().compactMap { try? TemplateLoader.load(path: $0) }
        for id in ["neglect", "domestic-abuse"] {
            let found = try library.template(id: id)
            let first = try #require(everyFile.first { $0.id == id })
            #expect(found.title == first.title, "\(id)")
            #expect(found == first, "\(id)")
        }
        #expect(try library.template(id: "neglect").title.hasPrefix("Copied "))
        // The broken file declares neglect, so the quick way stops there and the loop decides.
        #expect(library.quickTemplate(id: "neglect", in: try library.paths()) == nil)
        #expect(library.quickTemplate(id: "domestic-abuse", in: try library.paths())?.id == "domestic-abuse")

        #expect(throws: FileError.self) { try library.template(id: "missing") }
        do {
            _ = try library.template(id: "missing")
        } catch {
            #expect("\(error)".contains("1 template file(s) there could not be read"), "\(error)")
        }
    }
}
