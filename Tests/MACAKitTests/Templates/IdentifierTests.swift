import MACAKit
import Testing

@Suite("Names in file names")
struct IdentifierTests {
    @Test("a name of ordinary length is its slug, as before")
    func ordinary() {
        #expect(Identifier.fileNamePart("Auditor B") == "auditor-b")
        #expect(Identifier.fileNamePart(String(repeating: "a", count: Identifier.fileNameBytes)) == String(repeating: "a", count: Identifier.fileNameBytes))
    }

    @Test("a long name keeps as much as fits and a hash of the whole, so two long names stay apart")
    func long() {
        let first = Identifier.fileNamePart(String(repeating: "Auditor é ", count: 500))
        let second = Identifier.fileNamePart(String(repeating: "Auditor é ", count: 500) + "B")
        #expect(first.utf8.count <= Identifier.fileNameBytes)
        #expect(second.utf8.count <= Identifier.fileNameBytes)
        #expect(first != second)
        #expect(first.hasPrefix("auditor-é-auditor-é"))
    }
}
