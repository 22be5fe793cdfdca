import MACAKit
import Testing

/// A person's name in a journal's file name goes through `FileNames.person`
/// (its own tests are in `FileNamesTests`); these are the long names the
/// argument fuzzer found ending in "File name too long".
@Suite("Names in file names")
struct IdentifierTests {
    @Test("a name of ordinary length is its slug, as before")
    func ordinary() {
        #expect(FileNames.person("Auditor B", otherwise: "auditor") == "auditor-b")
    }

    @Test("a long name keeps a part and a hash of the whole, within an id's 64 characters, so two long names stay apart")
    func long() {
        let first = FileNames.person(String(repeating: "Auditor é ", count: 500), otherwise: "auditor")
        let second = FileNames.person(String(repeating: "Auditor é ", count: 500) + "B", otherwise: "auditor")
        #expect(Identifier.isValid(first) && Identifier.isValid(second))
        #expect(first != second)
        #expect(first.hasPrefix("auditor-e-auditor-e"))
    }
}
