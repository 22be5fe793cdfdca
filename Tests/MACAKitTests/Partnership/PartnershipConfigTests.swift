import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("The partnership config")
struct PartnershipConfigTests {
    /// Text a person might type, with everything YAML treats specially.
    static func hostileText(_ random: inout SplitMix64) -> String {
        let pieces = [
            "Northshire", "Safeguarding Children Partnership", "yes", "no", "null", "~", "true", "0x1F", "1e3", "123",
            ": ", " #", "#", "- ", "'", "\"", "\\", "{", "}", "[", "]", "&anchor", "*alias", "!tag", "|", ">", "%", "@", "`",
            "é", "Ŵ", "—", "ℹ︎", "🙂", "\t", "OFFICIAL-SENSITIVE", "St Mary's", "Quality & Performance", "a: b", "x #y",
        ]
        var text = ""
        for _ in 0..<Int.random(in: 1...5, using: &random) { text += pieces.randomElement(using: &random)! }
        // The reader trims surrounding white space, as it does for every field.
        return text.trimmingCharacters(in: .whitespaces)
    }

    static func randomConfig(_ random: inout SplitMix64) -> PartnershipConfig {
        var config = PartnershipConfig()
        func maybe(_ make: (inout SplitMix64) -> String) -> String? {
            Bool.random(using: &random) ? nil : make(&random).nonEmpty
        }
        config.partnership = maybe(hostileText)
        config.author = maybe(hostileText)
        // A marking is one line of at most 60 characters (it heads every printed page): hostile, but within that.
        config.marking = maybe { random in
            String(hostileText(&random).filter { !$0.isNewline }.prefix(PartnershipConfig.markingLimit)).trimmingCharacters(in: .whitespaces)
        }
        config.sessions = maybe(hostileText)
        config.logoText = maybe(hostileText)
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            if let line = hostileText(&random).nonEmpty { config.boardAskedTo.append(line) }
        }
        config.suppressBelow = Bool.random(using: &random) ? [1, 3, 5, 10, 100].randomElement(using: &random)! : nil
        config.retentionMonths = Bool.random(using: &random) ? Int.random(in: PartnershipConfig.retentionRange, using: &random) : nil
        for number in 0..<Int.random(in: 0...4, using: &random) {
            let name = hostileText(&random).nonEmpty ?? "Agency"
            config.agencies.append(Agency(id: "agency-\(number)", name: name))
        }
        let patterns = ["\\b[0-9]{2}/[0-9]{6}/[0-9]{2}\\b", "CS[0-9]{7}", "(?i)occ-\\d+", "[A-Z]{2}\\d{6}[A-D]", "'quoted'\\d+"]
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            config.referencePatterns.append(.init(name: hostileText(&random).nonEmpty ?? "ref", pattern: patterns.randomElement(using: &random)!))
        }
        return config
    }

    @Test("1,000 random configs of hostile text write and read back unchanged")
    func roundTrip() throws {
        var random = SplitMix64(seed: 20261203)
        for _ in 0..<1000 {
            var config = Self.randomConfig(&random)
            config.file = "config.yaml"
            let text = config.yaml()
            let read: PartnershipConfig
            do { read = try PartnershipConfig.parse(text, file: "config.yaml") } catch {
                Issue.record("\(error)\n\(text)")
                return
            }
            #expect(read == config, "did not read back:\n\(text)")
            if read != config { return }
        }
    }

    @Test("the README's example config reads as it says")
    func readmeExample() throws {
        let readme = try String(contentsOfFile: "\(packageRoot)/README.md", encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let config = try PartnershipConfig.parse(block, file: "README.md")
        #expect(config.partnership == "Exampleshire Safeguarding Children Partnership")
        #expect(config.agencies.map(\.id) == ["csc", "police"])
        #expect(config.referencePatterns.first?.name == "police occurrence number")
        var guardian = IdentifierGuard(referenceYear: 2026)
        guardian.references = try config.referencePatterns.map { ($0.name, try NSRegularExpression(pattern: $0.pattern)) }
        #expect(guardian.scan("The log 14/203311/26 records the visit.").map(\.kind) == [.reference])
    }

    @Test("an empty or comment-only file is an empty config")
    func emptyFile() throws {
        #expect(try PartnershipConfig.parse("", file: "c.yaml").partnership == nil)
        #expect(try PartnershipConfig.parse("# nothing yet\n\n# at all\n", file: "c.yaml").agencies.isEmpty)
        #expect(try PartnershipConfig.parse(PartnershipConfig().yaml(), file: "c.yaml").referencePatterns.isEmpty)
    }

    /// Each broken config, the line its problem is on, and words the message must hold.
    static let broken: [(text: String, line: Int, words: [String])] = [
        ("partnership: Northshire\nsupress-below: 5\n", 2, ["unknown field 'supress-below'", "did you mean 'suppress-below'"]),
        ("partnership: Northshire\nretention: 24\n", 2, ["unknown field 'retention'"]),
        ("partnership:\n  - a list\n", 2, ["'partnership'", "must be text"]),
        ("suppress-below: five\n", 1, ["'suppress-below'", "whole number from 1 to 100"]),
        ("suppress-below: 0\n", 1, ["'suppress-below'"]),
        ("partnership: Northshire\nsuppress-below: 2\n", 2, ["'suppress-below'", "still says it is 1", "use 1 (nothing hidden) or 3 or more"]),
        ("retention-months: 9223372036854775807\n", 1, ["'retention-months'", "from 1 to 1200"]),
        ("agencies: police\n", 1, ["'agencies'", "must be a list"]),
        ("agencies:\n  - id: Police Force\n    name: Police\n", 2, ["'Police Force'", "lower-case"]),
        ("agencies:\n  - id: police\n    name: Police\n  - id: police\n    name: Police again\n", 4, ["'police' is listed twice"]),
        ("agencies:\n  - id: police\n    nmae: Police\n", 2, ["missing field 'name'", ":3: unknown field 'nmae'", "did you mean 'name'"]),
        ("reference-patterns:\n  - name: occurrence\n    pattern: '[0-9'\n", 3, ["'occurrence'", "not a regular expression"]),
        ("reference-patterns:\n  - name: everything\n    pattern: '.*'\n", 3, ["matches empty text"]),
        ("partnership: Northshire\n  bad: indent\n", 2, ["not valid YAML"]),
        ("- just\n- a list\n", 1, ["must be a mapping"]),
    ]

    @Test("a broken config is refused with its file, line and what is wrong", arguments: broken.indices)
    func brokenConfig(index: Int) {
        let (text, line, words) = Self.broken[index]
        do {
            _ = try PartnershipConfig.parse(text, file: "/home/a/.config/maca/config.yaml")
            Issue.record("accepted:\n\(text)")
        } catch {
            #expect(error.exitStatus == .data)
            let message = error.description
            #expect(message.hasPrefix("/home/a/.config/maca/config.yaml:\(line): "), "\(message)")
            for word in words { #expect(message.contains(word), "'\(word)' not in: \(message)") }
        }
    }

    @Test("bytes that are not UTF-8, and NUL bytes, are named with their line")
    func notText() {
        let latin1 = Data("partnership: Northshire\nauthor: Qualit".utf8) + Data([0xE9]) + Data(" sub-group\n".utf8)
        #expect(throws: FileProblems([FileProblem(file: "c.yaml", line: 2, message: "not UTF-8 text (byte 38 is not); save the file as UTF-8")])) {
            try TextFile.decode(latin1, file: "c.yaml")
        }
        let utf16 = "partnership: N\n".data(using: .utf16)!
        #expect(throws: FileProblems.self) { try TextFile.decode(utf16, file: "c.yaml") }
        let nul = Data("a: 1\nb: 2\nc: \u{0}\n".utf8)
        #expect(throws: FileProblems([FileProblem(file: "c.yaml", line: 3, message: "a NUL byte: this is not a text file")])) {
            try TextFile.decode(nul, file: "c.yaml")
        }
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("partnership: N\n".utf8)
        #expect((try? TextFile.decode(bom, file: "c.yaml")) == "partnership: N\n")
    }

    @Test("a NUL byte is named on its line after a byte-order mark, at the end, and in a slice of a larger buffer")
    func nulAnywhere() throws {
        let text = Array("a: 1\nb: 2\n\nc: three\n".utf8)
        // From the third byte: a NUL in the first two is read as UTF-16.
        for position in 2...text.count {
            var bytes = text
            bytes.insert(0, at: position)
            let line = 1 + text.prefix(position).filter { $0 == 0x0A }.count
            let refused = FileProblems([FileProblem(file: "c.yaml", line: line, message: "a NUL byte: this is not a text file")])
            #expect(throws: refused) { try TextFile.decode(Data(bytes), file: "c.yaml") }
            #expect(throws: refused) { try TextFile.decode(Data([0xEF, 0xBB, 0xBF] + bytes), file: "c.yaml") }
            // A slice whose indices start past 0, with a NUL before it that is not its own.
            let larger = Data([0, 0x0A, 0x0A] + bytes + [0])
            #expect(throws: refused) { try TextFile.decode(larger[3..<(3 + bytes.count)], file: "c.yaml") }
        }
        #expect(try TextFile.decode(Data([0, 0x41, 0])[1..<2], file: "c.yaml") == "A")
    }

    @Test("a missing config file is an empty config; one that cannot be read is an I/O failure")
    func loading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try PartnershipConfig.load(path: folder.file("none.yaml")) == PartnershipConfig())
        // A folder where the file should be cannot be read, even by root.
        try FileManager.default.createDirectory(atPath: folder.file("config.yaml"), withIntermediateDirectories: false)
        do {
            _ = try PartnershipConfig.load(path: folder.file("config.yaml"))
            Issue.record("a folder was read as a config")
        } catch let error as FileError {
            #expect(error.exitStatus == .io)
            #expect(error.description.hasPrefix(folder.file("config.yaml")))
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }

    @Test("the example in the error for a bad pattern, pasted into the config as shown, catches what it says")
    func patternExampleWorks() throws {
        let refused = try #require(PartnershipConfig.problem(inPattern: "[0-9"))
        let example = try #require(refused.components(separatedBy: "e.g. ").last?.dropLast())
        let config = try PartnershipConfig.parse("reference-patterns:\n  - name: occurrence\n    pattern: \(example)\n", file: "c.yaml")
        var guardian = IdentifierGuard(referenceYear: 2026)
        guardian.references = try config.referencePatterns.map { ($0.name, try NSRegularExpression(pattern: $0.pattern)) }
        #expect(guardian.scan("Police ref 12/345678/26 on file.").map(\.kind) == [.reference], "\(example)")
    }

    @Test("a pattern in double quotes, where YAML makes \\b a backspace, is refused rather than never matching")
    func doubleQuotedPattern() {
        #expect(throws: FileProblems.self) {
            try PartnershipConfig.parse("reference-patterns:\n  - name: occurrence\n    pattern: \"\\b[0-9]{6}\\b\"\n", file: "c.yaml")
        }
        #expect(PartnershipConfig.problem(inPattern: "\u{8}[0-9]{6}")?.contains("single quotes") == true)
    }
}
