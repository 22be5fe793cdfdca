import MACAKit
import Testing

@Suite("File names from ids")
struct FileNamesTests {
    @Test("a person's name is always an id: plain names keep their slug, others are folded, cut short and told apart by a hash", arguments: [
        "DSL lead", "Zoë Brown", "Zoe Brown", "Анна Петрова", "Анна Иванова", "../../etc/passwd", "police/../x", "",
        String(repeating: "Longname ", count: 20), String(repeating: "Ł", count: 100), "\u{1B}[2J", "a\u{0}b",
    ])
    func person(name: String) {
        let id = FileNames.person(name, otherwise: "unnamed")
        #expect(Identifier.isValid(id), "\(name.debugDescription) → \(id)")
    }

    @Test("names are kept apart and found again")
    func distinct() {
        #expect(FileNames.person("DSL lead", otherwise: "x") == "dsl-lead")
        #expect(FileNames.person("Zoë Brown", otherwise: "x").hasPrefix("zoe-brown-"))
        #expect(FileNames.person("Zoë Brown", otherwise: "x") != FileNames.person("Zoe Brown", otherwise: "x"))
        #expect(FileNames.person("Анна Петрова", otherwise: "x") != FileNames.person("Анна Иванова", otherwise: "x"))
        #expect(FileNames.person("Анна Петрова", otherwise: "x") == FileNames.person("анна петрова", otherwise: "x"))
        #expect(FileNames.person("…", otherwise: "unnamed") == "unnamed")
    }

    @Test("an agency id that is not an id is refused for an auditor's journal, as a data error")
    func auditor() throws {
        #expect(try FileNames.auditorWriter(agency: "police", name: "Auditor B", origin: "day") == "auditor-police-auditor-b")
        for forged in ["../../etc/x", "police/../x", "Police", "", "-x", String(repeating: "a", count: 65)] {
            #expect(throws: PathIDError(what: "agency id", value: forged, origin: "day")) {
                try FileNames.auditorWriter(agency: forged, name: "Auditor B", origin: "day")
            }
        }
        #expect(PathIDError(what: "theme", value: "x", origin: nil).exitStatus == .usage)
        #expect(PathIDError(what: "theme", value: "x", origin: "f").exitStatus == .data)
    }
}
