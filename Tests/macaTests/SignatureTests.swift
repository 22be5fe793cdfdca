import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Days opened after `maca init` made the partnership key are signed: every
/// record carries a signature made with the key, so a journal written,
/// re-hashed or added without it fails `maca verify` before the day is
/// sealed, and a signed day cannot be written to without the key.
@Suite("Signed days")
struct SignatureTests {
    /// A partnership with its key, and a day opened there with its two
    /// cases, left open (the facilitator typed :quit), with the police's
    /// return entered.
    struct SignedDay {
        let home: IsolatedHome
        let sessions: TemporaryFolder
        let name: String
        var folder: String { sessions.file(name) }
        var facilitator: String { "\(folder)/facilitator.jsonl" }
        var police: String { "\(folder)/auditor-police-auditor-b.jsonl" }

        init() throws {
            home = try IsolatedHome()
            sessions = try TemporaryFolder()
            let initialised = try runMaca(["init", "--yes"], input: "", environment: home.environment)
            guard initialised.status == 0 else { throw CommandFailed(result: initialised) }
            let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
            let ran = try runMaca(["run", "--template", "neglect", "--sessions", sessions.path], input: first + "\n:quit\n", environment: home.environment)
            guard ran.status == 0, let day = try SessionStore(directory: sessions.path).dayFolders().first else { throw CommandFailed(result: ran) }
            name = day
            let entered = try maca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"],
                                   input: AgencyReturnTests.enterScript("police", grade: "good"))
            guard entered.status == 0 else { throw CommandFailed(result: entered) }
        }

        func remove() {
            sessions.remove()
            home.folder.remove()
        }

        /// maca as this partnership runs it: with its key.
        func maca(_ arguments: [String], input: String = "") throws -> CommandResult {
            try runMaca(arguments, input: input, environment: home.environment)
        }

        func verify(_ extra: [String] = []) throws -> CommandResult {
            try maca(["verify", "--sessions", sessions.path, name] + extra)
        }

        var signer: RecordSigner {
            get throws { try #require(try RecordSigner.partnership(keysFolder: "\(home.configHome)/maca/keys")) }
        }
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var result: CommandResult
        var description: String { "exit \(result.status): \(result.stderr)" }
    }

    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// A key made here, not the partnership's: what a forger would sign with.
    static func otherSigner() -> RecordSigner {
        RecordSigner(secret: Data((0..<32).map { _ in UInt8.random(in: 0...255) }), keyPath: "another partnership's key")
    }

    @Test("every record of a day opened with the key is signed, and verify checks each signature with it")
    func signedAndChecked() throws {
        let day = try SignedDay()
        defer { day.remove() }
        for path in [day.facilitator, day.police] {
            let lines = try Self.lines(path)
            #expect(lines.count > 3)
            #expect(lines.allSatisfy { $0.range(of: #","mac":"[0-9a-f]{64}"\}$"#, options: .regularExpression) != nil }, "\(path) has an unsigned record")
        }
        let result = try day.verify(["--signed"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("signed: every record's signature checked with the partnership key \(day.home.configHome)/maca/keys/partnership.key"))
    }

    @Test("a journal edited and re-hashed without the key fails verify before the day is sealed, whatever the forger does with the signatures")
    func rehashedWithoutKey() throws {
        for (label, signatures) in [("kept", Tamper.Signatures.keep), ("made with another key", .sign(Self.otherSigner())), ("dropped from the edit on", .drop)] {
            let day = try SignedDay()
            defer { day.remove() }
            let original = try Self.lines(day.police)
            try Tamper.rechain(day.police, signatures: signatures) { line, body in
                line >= 7 ? body.replacingOccurrences(of: "\"good\"", with: "\"outstanding\"") : body
            }
            var forged = try Self.lines(day.police)
            if case .keep = signatures {} else {
                // Only the records from the edit on are re-signed or lose their signatures; the earlier ones are as signed.
                forged = Array(original.prefix(6)) + forged.dropFirst(6)
                try (forged.joined(separator: "\n") + "\n").write(toFile: day.police, atomically: false, encoding: .utf8)
            }
            // The return's grades begin at record 7 (after joining and five answers).
            #expect(forged[5] == original[5] && forged[6] != original[6] && forged[6].contains("outstanding"), "\(label)")
            // The chain alone is good: without the key nothing is wrong.
            #expect(try JournalReader.read(path: day.police).isDamaged == (label == "dropped from the edit on"), "\(label)")
            let result = try day.verify()
            #expect(result.status == 65, "\(label): \(result.stdout)")
            let expected = label == "dropped from the edit on"
                ? "\(day.police):7: the record is not signed, but this journal's records are: it was written without the partnership key"
                : "\(day.police):7: the record's signature does not match the partnership key: it was written or changed without that key"
            #expect(result.stdout.contains(expected), "\(label): \(result.stdout)")
            // Nothing is reported or written from it.
            let report = try day.maca(["report", "--theme", "neglect", "--sessions", day.sessions.path, "--include-unfinished", "--out", day.sessions.file("r")])
            #expect(report.status == 65, "\(label): \(report.stderr)")
            let again = try day.maca(["enter", "--sessions", day.sessions.path, "--day", day.name, "--agency", "police", "--auditor", "Auditor B"])
            #expect(again.status == 65, "\(label): \(again.stderr)")
        }
    }

    @Test("a journal added without the key, with a good chain of its own, is named though the day is open")
    func addedWithoutKey() throws {
        let day = try SignedDay()
        defer { day.remove() }
        let dayID = try #require(DayFold.fold(try SessionStore.readDay(day.folder)).id)
        let path = "\(day.folder)/auditor-csc-x.jsonl"
        let forged = try JournalWriter.create(path: path, day: dayID, writer: "auditor-csc-x", first: .writerJoined(WriterJoined(name: "X", agency: "csc")), author: "X")
        try forged.append(.gradeAgreed(GradeAgreed(ref: "DEMO-0101", domain: "overall", level: "outstanding", rationale: "Forged.")), author: "X")
        forged.close()
        let result = try day.verify()
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(path): not signed, but the day is: a journal added, or rewritten whole, without the partnership key"), "\(result.stdout)")
        #expect(result.stdout.contains("open, not sealed yet"))
    }

    @Test("a day taken to another partnership, or forged whole with another key, fails every signature there, and is said to")
    func anotherKey() throws {
        let day = try SignedDay()
        defer { day.remove() }
        let elsewhere = try IsolatedHome()
        defer { elsewhere.folder.remove() }
        #expect(try runMaca(["init", "--yes"], input: "", environment: elsewhere.environment).status == 0)
        let result = try runMaca(["verify", "--sessions", day.sessions.path, day.name], environment: elsewhere.environment)
        #expect(result.status == 65)
        // Said once a journal, as another key: not a forgery record by record.
        let anotherKey = "signatures matches the partnership key, though every record follows the one before: it was signed with another key"
        #expect(result.stdout.contains("\(day.facilitator):1: none of its "), "\(result.stdout)")
        #expect(result.stdout.contains(anotherKey))
        #expect(result.stdout.contains("\(day.police):1: none of its "))
        #expect(!result.stdout.contains(":2: the record's signature"))
        // Said as a failure of the signatures, not as a day unsigned or unopened.
        #expect(result.stdout.contains("signatures FAILED"), "\(result.stdout)")
        #expect(!result.stdout.contains("no journal opens the day"))
        #expect(!result.stdout.contains("not signed: the day was opened without"))
        // No damage line names where the key is kept.
        #expect(!result.stdout.contains("keys/partnership.key"))
    }

    @Test("without the key a signed day is read but its signatures are said to be unchecked, --signed fails, and nothing can be added to it")
    func withoutKey() throws {
        let day = try SignedDay()
        defer { day.remove() }
        // The shared home has no key.
        let verified = try runMaca(["verify", "--sessions", day.sessions.path, day.name])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("signed, but the partnership key is not here, so the signatures were NOT checked"))
        let strict = try runMaca(["verify", "--signed", "--sessions", day.sessions.path, day.name])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("--signed was given, and the day's signatures were not checked: it is signed, but the partnership key is not here"))

        let before = try FileManager.default.contentsOfDirectory(atPath: day.folder).sorted()
        let policeBefore = try Data(contentsOf: URL(fileURLWithPath: day.police))
        let entered = try runMaca(["enter", "--sessions", day.sessions.path, "--day", day.name, "--agency", "education", "--auditor", "Auditor D"],
                                  input: AgencyReturnTests.enterScript("education", grade: "good"))
        #expect(entered.status == 66, "\(entered.stderr)")
        #expect(entered.stderr.contains("its records are signed with the partnership key, and there is no key here"), "\(entered.stderr)")
        let more = try runMaca(["enter", "--sessions", day.sessions.path, "--day", day.name, "--agency", "police", "--auditor", "Auditor B"])
        #expect(more.status == 66)
        let resumed = try runMaca(["resume", "--sessions", day.sessions.path, day.name], input: ":quit\n")
        #expect(resumed.status == 66)
        #expect(try FileManager.default.contentsOfDirectory(atPath: day.folder).sorted() == before, "a refused write left a file")
        #expect(try Data(contentsOf: URL(fileURLWithPath: day.police)) == policeBefore)
    }

    @Test("a day opened before the key was made stays unsigned: verify says what that cannot prove, --signed fails, and returns still go in")
    func unsignedDay() throws {
        let home = try IsolatedHome()
        let sessions = try TemporaryFolder()
        defer { home.folder.remove(); sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        #expect(try runMaca(["run", "--template", "neglect", "--sessions", sessions.path], input: first + "\n:quit\n", environment: home.environment).status == 0)
        let name = try #require(try SessionStore(directory: sessions.path).dayFolders().first)
        #expect(try runMaca(["init", "--yes"], input: "", environment: home.environment).status == 0)
        let entered = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"],
                                  input: AgencyReturnTests.enterScript("police", grade: "good"), environment: home.environment)
        #expect(entered.status == 0, "\(entered.stderr)")
        let police = try Self.lines(sessions.file("\(name)/auditor-police-auditor-b.jsonl"))
        #expect(police.allSatisfy { !$0.contains("\"mac\"") }, "a return to an unsigned day was signed")
        let result = try runMaca(["verify", "--sessions", sessions.path, name], environment: home.environment)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("not signed: the day was opened without a partnership key"))
        #expect(try runMaca(["verify", "--signed", "--sessions", sessions.path, name], environment: home.environment).status == 65)
    }

    @Test("a key others can read stops every command that reads days, naming the fix")
    func looseKey() throws {
        let day = try SignedDay()
        defer { day.remove() }
        let key = "\(day.home.configHome)/maca/keys/partnership.key"
        #expect(chmod(key, 0o644) == 0)
        let result = try day.verify()
        #expect(result.status == 74)
        #expect(result.stderr.contains("\(key)"), "\(result.stderr)")
        #expect(result.stderr.contains("chmod 600"))
    }

    // MARK: - What a stranger's trial found

    /// The whole demo day run in a partnership with its key: closed, sealed, signed and witnessed.
    static func closedSignedDay() throws -> SignedDay {
        let day = try SignedDay()
        let (_, rest) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let resumed = try day.maca(["resume", "--sessions", day.sessions.path, day.name], input: rest)
        guard resumed.status == 0 else { throw CommandFailed(result: resumed) }
        return day
    }

    @Test("a signed seal removed (the closing record cut off) is named from the witness, and the day is neither shown, reported, resumed nor entered")
    func sealRemoved() throws {
        let day = try Self.closedSignedDay()
        defer { day.remove() }
        let witness = "\(day.home.dataHome)/maca/seals.jsonl"
        #expect(try String(contentsOfFile: witness, encoding: .utf8).contains("\"type\":\"seal-witnessed\""))
        let sealed = try day.verify(["--signed"])
        #expect(sealed.status == 0, "\(sealed.stdout)\(sealed.stderr)")
        #expect(sealed.stdout.contains("its seal is witnessed in \(witness)"))
        // The closing record cut off: the chain and every signature left are good.
        let lines = try Self.lines(day.facilitator)
        #expect(lines.last?.contains("\"type\":\"day-closed\"") == true)
        try Tamper.cut(day.facilitator, keeping: lines.count - 1)
        try FileManager.default.removeItem(atPath: day.police)
        let result = try day.verify(["--signed"])
        #expect(result.status == 65, "\(result.stdout)")
        #expect(result.stdout.contains("\(day.facilitator): the day was sealed at record \(lines.count) (witnessed in \(witness)), and the journal now holds \(lines.count - 1): the seal, or records before it, were removed"), "\(result.stdout)")
        for command in [["show", "--sessions", day.sessions.path, day.name],
                        ["report", "--theme", "neglect", "--include-unfinished", "--sessions", day.sessions.path, "--out", day.sessions.file("r")],
                        ["resume", "--sessions", day.sessions.path, day.name],
                        ["enter", "--sessions", day.sessions.path, "--day", day.name, "--agency", "education", "--auditor", "D"]] {
            let refused = try day.maca(command, input: ":quit\n")
            #expect(refused.status == 65, "\(command[0]): \(refused.stderr)")
            #expect(refused.stderr.contains("the seal, or records before it, were removed"), "\(command[0]): \(refused.stderr)")
        }
    }

    @Test("an unsigned journal added to a signed open day stops enter, returns import and resume, and the day cannot be closed over it")
    func unsignedJournalStopsWriters() throws {
        let day = try SignedDay()
        defer { day.remove() }
        let dayID = try #require(DayFold.fold(try SessionStore.readDay(day.folder)).id)
        let path = "\(day.folder)/auditor-health-gp-x.jsonl"
        let forged = try JournalWriter.create(path: path, day: dayID, writer: "auditor-health-gp-x", first: .writerJoined(WriterJoined(name: "X", agency: "health-gp")), author: "X")
        forged.close()
        let before = try FileManager.default.contentsOfDirectory(atPath: day.folder).sorted()
        let entered = try day.maca(["enter", "--sessions", day.sessions.path, "--day", day.name, "--agency", "education", "--auditor", "D"],
                                   input: AgencyReturnTests.enterScript("education", grade: "good"))
        #expect(entered.status == 65, "\(entered.stderr)")
        #expect(entered.stderr.contains("\(path): not signed, but the day is"), "\(entered.stderr)")
        let resumed = try day.maca(["resume", "--sessions", day.sessions.path, day.name], input: ":quit\n")
        #expect(resumed.status == 65, "\(resumed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: day.folder).sorted() == before)
        // The same journal brought in while the facilitator's maca is running: the close refuses it.
        try FileManager.default.removeItem(atPath: path)
        let (_, rest) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let rejoined = try JournalWriter.create(path: path, day: dayID, writer: "auditor-health-gp-x", first: .writerJoined(WriterJoined(name: "X", agency: "health-gp")), author: "X")
        rejoined.close()
        #expect(try day.maca(["resume", "--sessions", day.sessions.path, day.name], input: rest).status == 65)
        try FileManager.default.removeItem(atPath: path)
        let (journal, _) = try JournalWriter.open(path: day.facilitator, signer: try day.signer)
        try FileManager.default.copyItem(atPath: day.police, toPath: path)
        // Copied under another auditor's name: the close names it and seals nothing.
        #expect(throws: DaySeal.CloseError.journalFails("\(path): named 'auditor-health-gp-x.jsonl', but its records are auditor-police-auditor-b's: a journal copied or renamed")) {
            try DaySeal.close(journal, author: "F")
        }
        journal.close()
        #expect(DaySeal.state(facilitator: try JournalReader.read(path: day.facilitator).records) == .open)
    }

    @Test("a journal whose signatures fail is never sealed: the close refuses it, naming the line")
    func closeRefusesForgedJournal() throws {
        let day = try SignedDay()
        defer { day.remove() }
        try Tamper.rechain(day.police, signatures: .keep) { line, body in
            line >= 7 ? body.replacingOccurrences(of: "\"good\"", with: "\"outstanding\"") : body
        }
        let (journal, _) = try JournalWriter.open(path: day.facilitator, signer: try day.signer)
        defer { journal.close() }
        #expect { try DaySeal.close(journal, author: "F") } throws: { error in
            guard case let .journalFails(problem) = error as? DaySeal.CloseError else { return false }
            return problem.hasPrefix("\(day.police):7: the record's signature does not match the partnership key")
        }
        #expect(DaySeal.state(facilitator: try JournalReader.read(path: day.facilitator).records) == .open)
    }

    @Test("a journal copied or renamed within the day is named by verify")
    func copiedJournal() throws {
        let day = try SignedDay()
        defer { day.remove() }
        let copy = "\(day.folder)/auditor-police-auditor-z.jsonl"
        try FileManager.default.copyItem(atPath: day.police, toPath: copy)
        let result = try day.verify()
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(copy): named 'auditor-police-auditor-z.jsonl', but its records are auditor-police-auditor-b's: a journal copied or renamed"), "\(result.stdout)")
        // The copy's own chain holds, but it is not said to be ok.
        #expect(result.stdout.contains("PROBLEM  \(copy):"), "\(result.stdout)")
        #expect(!result.stdout.contains("ok       \(copy)"))
    }

    @Test("action updates beside a signed action journal need the key, and write nothing without it")
    func trackerNeedsKey() throws {
        let day = try Self.closedSignedDay()
        defer { day.remove() }
        let list = try day.maca(["actions", "list", "--sessions", day.sessions.path])
        let id = try #require(list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.first { $0.hasPrefix("neglect-") })
        #expect(try day.maca(["actions", "update", id, "--status", "in-progress", "--evidence", "Started.", "--by", "Lead", "--sessions", day.sessions.path]).status == 0)
        let actions = day.sessions.file("actions")
        let before = try FileManager.default.contentsOfDirectory(atPath: actions).sorted()
        let forged = try runMaca(["actions", "update", id, "--status", "done", "--evidence", "Forged.", "--by", "Mallory", "--sessions", day.sessions.path])
        #expect(forged.status == 66, "\(forged.stderr)")
        #expect(forged.stderr.contains("its records are signed with the partnership key, and there is no key here"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: actions).sorted() == before)
        #expect(try runMaca(["register", "note", "--sessions", day.sessions.path, day.name, "--shared-with", "Board"]).status == 66)
    }

    @Test("the report says how many of its days were signed and checked")
    func reportSaysSigned() throws {
        let day = try Self.closedSignedDay()
        defer { day.remove() }
        let out = day.sessions.file("r")
        let report = try day.maca(["report", "--theme", "neglect", "--sessions", day.sessions.path, "--out", out, "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".md") }.map { try String(contentsOfFile: "\(out)/\($0)", encoding: .utf8) }.joined()
        #expect(markdown.contains("all 1 signed with the partnership's key, and every signature checked"), "\(markdown)")
        let keyless = try runMaca(["report", "--theme", "neglect", "--sessions", day.sessions.path, "--out", out + "2", "--format", "md"])
        #expect(keyless.status == 0)
        #expect(keyless.stderr.contains("the signatures were NOT checked"))
        let unchecked = try FileManager.default.contentsOfDirectory(atPath: out + "2").filter { $0.hasSuffix(".md") }.map { try String(contentsOfFile: "\(out)2/\($0)", encoding: .utf8) }.joined()
        #expect(unchecked.contains("1 signed, but NOT checked"))
    }

    @Test("a key that is a folder, a link to nothing, a FIFO or the wrong length is named, with the right exit status, and paths still shows where things are",
          arguments: ["folder", "dangling", "fifo", "short"])
    func badKeys(kind: String) throws {
        let day = try SignedDay()
        defer { day.remove() }
        let key = "\(day.home.configHome)/maca/keys/partnership.key"
        try FileManager.default.removeItem(atPath: key)
        let expected: (status: Int32, says: String)
        switch kind {
        case "folder":
            try FileManager.default.createDirectory(atPath: key, withIntermediateDirectories: false)
            expected = (74, "it is a folder, not a key file")
        case "dangling":
            try FileManager.default.createSymbolicLink(atPath: key, withDestinationPath: "/nonexistent/partnership.key")
            expected = (74, "it is a link to nothing (/nonexistent/partnership.key)")
        case "fifo":
            #expect(mkfifo(key, 0o600) == 0)
            expected = (74, "it is not an ordinary file")
        default:
            try Data(repeating: 1, count: 31).write(to: URL(fileURLWithPath: key))
            #expect(chmod(key, 0o600) == 0)
            expected = (65, "it holds 31 bytes, not the 32 of a partnership key")
        }
        let result = try day.verify()
        #expect(result.status == expected.status, "\(kind): \(result.stderr)")
        #expect(result.stderr.contains(expected.says), "\(kind): \(result.stderr)")
        let initAgain = try day.maca(["init", "--yes"])
        #expect(initAgain.status == expected.status, "\(kind): \(initAgain.stderr)")
        #expect(initAgain.stderr.contains(expected.says), "\(kind): \(initAgain.stderr)")
        let paths = try day.maca(["paths"])
        #expect(paths.status == 0, "\(kind): \(paths.stderr)")
        #expect(paths.stdout.contains("UNUSABLE: \(key)"), "\(kind): \(paths.stdout)")
    }
}
