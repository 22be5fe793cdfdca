import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `:name` through the real REPL: the key made on first use, the
/// partnership's registry, the name blocked on a later day, and what a
/// missing key does.
@Suite("Registered names, end to end")
struct RegisteredNameTests {
    static let daily = "Breakfast at nursery most days; no routine at home for bedtime."

    /// A partnership home and sessions folder, and `maca` run in them.
    struct Partnership {
        let home: IsolatedHome
        let sessions: TemporaryFolder

        init() throws {
            home = try IsolatedHome()
            sessions = try TemporaryFolder()
        }

        func remove() {
            home.folder.remove()
            sessions.remove()
        }

        var keyFile: String { "\(home.configHome)/maca/keys/partnership.key" }
        var registry: String { "\(home.dataHome)/maca/names.jsonl" }

        func maca(_ arguments: [String], input: String? = nil) throws -> CommandResult {
            try runMaca(arguments, input: input, environment: home.environment)
        }

        /// Runs the demo day with some answer lines in place of the daily-care answer; the new day's folder.
        func day(_ lines: [String], date: String = "2026-11-20") throws -> (result: CommandResult, folder: String) {
            let before = Set(try SessionStore(directory: sessions.path).dayFolders())
            let script = try DayScripts.demo(replacing: RegisteredNameTests.daily, with: lines)
                .replacingOccurrences(of: "\n2026-11-20\n", with: "\n\(date)\n")
            let result = try maca(["run", "--template", "neglect", "--sessions", sessions.path], input: script)
            let made = try #require(Set(try SessionStore(directory: sessions.path).dayFolders()).subtracting(before).first)
            return (result, "\(sessions.path)/\(made)")
        }
    }

    @Test("a name registered on one day is blocked on a later day; the key is made on first use; only keyed hashes are kept")
    func blockedAcrossDays() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (first, folder) = try partnership.day([":name child Jayden Testcase", "JAYDEN had breakfast at nursery; Testcase family had no routine.", "r"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("made the partnership key \(partnership.keyFile)"))
        #expect(first.stdout.contains("2 name parts blocked as [child]; the name itself is not kept"))
        #expect(first.stdout.contains("blocked on every later day too"))
        let day = try DayScripts.fold(folder)
        #expect(day.caseAudit("DEMO-0101")?.answer("daily-care") == .text("[child] had breakfast at nursery; [child] family had no routine."))
        #expect(day.registeredNames.map(\.keyed) == [true])
        for file in [partnership.keyFile, partnership.registry] {
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        }
        for file in ["\(folder)/facilitator.jsonl", "\(folder)/record.md", partnership.registry] {
            let text = try String(contentsOfFile: file, encoding: .utf8).lowercased()
            #expect(!text.contains("jayden") && !text.contains("testcase"), "\(file)")
        }
        // The registry holds the name keyed without the day, and no case: other hashes than the day's.
        let nameKey = NameKey(secret: try Data(contentsOf: URL(fileURLWithPath: partnership.keyFile)), keyPath: partnership.keyFile)
        let registered = try NameRegistry(path: partnership.registry, signer: nil, key: nameKey).names()
        #expect(registered.map(\.hashes.count) == [2])
        #expect(Set(registered.flatMap(\.hashes)).isDisjoint(with: day.registeredNames.flatMap(\.hashes)))
        #expect(registered.allSatisfy { $0.ref == nil })

        // A later day, which registered nothing: the name is still found.
        let (second, later) = try partnership.day(["JAYDEN'S nursery rang at 9.", "r"], date: "2026-12-01")
        #expect(second.status == 0)
        #expect(second.stdout.contains("This looks like it holds a name"))
        #expect(try DayScripts.fold(later).caseAudit("DEMO-0101")?.answer("daily-care") == .text("[child]'S nursery rang at 9."))
        #expect(!second.stdout.contains("made the partnership key"))
    }

    @Test("a name registered with diacritics counts its own parts, and is blocked written without them (issue 15)")
    func diacriticsThroughTheRoom() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (first, folder) = try partnership.day([":name child Žofie Měšťanová", "Zofie had breakfast; the Mestanova family had no routine.", "r"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("2 name parts blocked as [child]"))
        let day = try DayScripts.fold(folder)
        #expect(day.caseAudit("DEMO-0101")?.answer("daily-care") == .text("[child] had breakfast; the [child] family had no routine."))
        // The folded forms are hashed too: two more hashes, and nothing readable.
        #expect(day.registeredNames.map(\.hashes.count) == [4])
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8).lowercased()
        #expect(!journal.contains("zofie") && !journal.contains("mestanova") && !journal.contains("měšťanová"))
    }

    @Test("the wordlist attack on a real day's journal and registry recovers nothing without the key file, and every part with it")
    func wordlistOnRealFiles() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let words = try String(contentsOfFile: "\(packageRoot)/Tests/MACAKitTests/Fixtures/name-wordlist.txt", encoding: .utf8).split(separator: "\n")
        // Names from the list itself, so the list surely holds them.
        let (_, folder) = try partnership.day([":name child \(words[17]) \(words[4400])", ":name parent \(words[250])", Self.daily])
        let day = try DayScripts.fold(folder)
        // The registry's records are sealed: its hashes are there only for whoever holds the key, so
        // they are taken with it here, to try the wordlist on them as well as on the day's.
        let sealing = NameKey(secret: try Data(contentsOf: URL(fileURLWithPath: partnership.keyFile)), keyPath: partnership.keyFile)
        #expect(try NameRegistry(path: partnership.registry, signer: nil).names().allSatisfy(\.hashes.isEmpty))
        let hashes = Set(day.registeredNames.flatMap(\.hashes) + (try NameRegistry(path: partnership.registry, signer: nil, key: sealing).names().flatMap(\.hashes)))
        #expect(hashes.count == 6)
        let dayID = try #require(day.id)
        var found: Set<String> = []
        for word in words.map({ String($0).lowercased() }) {
            for guess in [NameRegistered.hash(word, day: dayID), SHA256Hex.of(word)] where hashes.contains(guess) { found.insert(guess) }
        }
        #expect(found.isEmpty)
        let key = NameKey(secret: try Data(contentsOf: URL(fileURLWithPath: partnership.keyFile)), keyPath: partnership.keyFile)
        #expect(Set(words.flatMap { [key.hash(String($0).lowercased()), key.hash(String($0).lowercased(), day: dayID)] }).intersection(hashes).count == 6)
    }

    @Test("without the key, a report, a resume or an update of a day with registered names stops (66) naming the key file; nothing is written")
    func keyMissing() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (_, folder) = try partnership.day([":name child Jayden Testcase", Self.daily])
        let journal = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl"))
        try FileManager.default.moveItem(atPath: partnership.keyFile, toPath: partnership.keyFile + ".elsewhere")
        let out = partnership.sessions.file("report")
        let report = try partnership.maca(["report", "--theme", "neglect", "--sessions", partnership.sessions.path, "--out", out])
        #expect(report.status == 66)
        #expect(report.stderr.contains("\(partnership.keyFile): the partnership key is not there"))
        #expect(report.stderr.contains("cannot check free text for them"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let reopen = try partnership.maca(["reopen", (folder as NSString).lastPathComponent, "--sessions", partnership.sessions.path, "--reason", "late return"])
        #expect(reopen.status == 66)
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl")) == journal)
        // With the key back, the same report runs.
        try FileManager.default.moveItem(atPath: partnership.keyFile + ".elsewhere", toPath: partnership.keyFile)
        #expect(try partnership.maca(["report", "--theme", "neglect", "--sessions", partnership.sessions.path, "--out", out]).status == 0)
    }

    @Test(":name refuses a role that is not one word, and a name with no part of two letters, saving nothing")
    func badArguments() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (result, folder) = try partnership.day([":name [child] Jayden", ":name child J", ":name child", Self.daily])
        #expect(result.stdout.contains("the role is one word"))
        #expect(result.stdout.contains("give a name of two letters or more"))
        #expect(result.stdout.contains("give the role and the name"))
        #expect(try DayScripts.fold(folder).registeredNames.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: partnership.keyFile))
    }

    @Test("a registered name in capitals with a possessive, or as the person giving their own name, is refused; other people's names are not")
    func capitalsAndOwnNames() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (_, folder) = try partnership.day([":name child Kayden Blenkinsop", Self.daily])
        let name = (folder as NSString).lastPathComponent
        let sessions = ["--sessions", partnership.sessions.path]
        for shared in ["the board, and KAYDEN'S social worker", "BLENKINSOP’S family", "kayden's school"] {
            let note = try partnership.maca(["register", "note", name, "--shared-with", shared] + sessions)
            #expect(note.status == 65, "\(shared): \(note.stderr)")
        }
        let id = try #require(try partnership.maca(["actions", "list"] + sessions).stdout.split(separator: " ").first.map(String.init))
        let update = try partnership.maca(["actions", "update", id, "--status", "in-progress", "--evidence", "GCP repeated", "--by", "Kayden Blenkinsop"] + sessions)
        #expect(update.status == 65)
        #expect(update.stderr.contains("say who with a role (preferred) or your own name, never a registered name"))
        #expect(!FileManager.default.fileExists(atPath: "\(partnership.sessions.path)/actions/actions-kayden-blenkinsop.jsonl"))
        // A practitioner's own name is what --by is for.
        #expect(try partnership.maca(["actions", "update", id, "--status", "in-progress", "--evidence", "GCP repeated", "--by", "Priya Sharma"] + sessions).status == 0)
        let enter = try partnership.maca(["enter", "--day", name, "--agency", "police", "--auditor", "Kayden Blenkinsop"] + sessions, input: "")
        #expect(enter.status == 65)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder)).contains { $0.contains("kayden") })
        let retention = try partnership.maca(["retention", "--delete", "--yes", "--by", "IG lead 07700 900123"] + sessions)
        #expect(retention.status == 65)
        #expect(retention.stderr.contains("phone number"))
    }

    @Test("a partnership key that is not the one the names were keyed with stops the report (66), naming both keys, rather than find nothing")
    func replacedKey() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        _ = try partnership.day([":name child Zebedee Quilliam", Self.daily])
        let old = NameKey(secret: try Data(contentsOf: URL(fileURLWithPath: partnership.keyFile)), keyPath: partnership.keyFile)
        try FileManager.default.removeItem(atPath: partnership.keyFile)
        try FileManager.default.removeItem(atPath: partnership.registry)
        #expect(try partnership.maca(["init", "--yes"]).status == 0)
        let new = NameKey(secret: try Data(contentsOf: URL(fileURLWithPath: partnership.keyFile)), keyPath: partnership.keyFile)
        let out = partnership.sessions.file("report")
        let report = try partnership.maca(["report", "--theme", "neglect", "--sessions", partnership.sessions.path, "--out", out])
        #expect(report.status == 66)
        #expect(report.stderr.contains("this partnership key is not the one the names registered on the day of 2026-11-20, neglect were hashed with (key \(old.fingerprint), this one is \(new.fingerprint))"), "\(report.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
