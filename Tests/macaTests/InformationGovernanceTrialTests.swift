import Foundation
import MACAKit
import MACATestSupport
import Testing

/// An information-governance lead's trial of maca (issue 15): "what protects
/// a child's identity, and how do you know?", asked of the built binary
/// with piped input, path by path. The names, numbers and tags here are
/// invented for this file, and written apart from the guard's corpora.
@Suite("Information governance trial")
struct InformationGovernanceTrialTests {
    static let nhs = "401 023 2137"
    static let nhsDigits = "4010232137"
    static let worked = "timely-response, chronology-used"
    static let action = "Repeat the Graded Care Profile before any step-down from a plan for neglect."

    /// A partnership of its own: a home (config, keys, registry) and a sessions folder.
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
            try runMaca(arguments + (arguments.first == "run" || arguments.first == "report" || arguments.first == "actions" || arguments.first == "recommend" ? ["--sessions", sessions.path] : []), input: input, environment: home.environment)
        }

        /// Runs `script` as a new day; the day's folder.
        func day(_ script: String) throws -> (result: CommandResult, folder: String) {
            let before = Set(try SessionStore(directory: sessions.path).dayFolders())
            let result = try maca(["run", "--template", "neglect"], input: script)
            let made = try #require(Set(try SessionStore(directory: sessions.path).dayFolders()).subtracting(before).first, "\(result.stdout)\n\(result.stderr)")
            return (result, "\(sessions.path)/\(made)")
        }

        /// Every file under the sessions folder and the home, as text.
        func everyFile() throws -> [(path: String, text: String)] {
            var files: [(String, String)] = []
            for root in [sessions.path, home.folder.path] {
                for file in try FileManager.default.subpathsOfDirectory(atPath: root) {
                    var folder: ObjCBool = false
                    let path = "\(root)/\(file)"
                    guard FileManager.default.fileExists(atPath: path, isDirectory: &folder), !folder.boolValue,
                          let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                    files.append((path, text))
                }
            }
            return files
        }
    }

    static func replacing(_ script: String, _ line: String, with lines: [String]) -> String {
        let whole = "\n\(line)\n"
        precondition(script.components(separatedBy: whole).count == 2, "'\(line)' must stand once")
        return script.replacingOccurrences(of: whole, with: "\n" + lines.joined(separator: "\n") + "\n")
    }

    // MARK: - 1. Tags

    @Test("a new tag is read as typed, before it is slugged: a name, a registered name in lower case or a number is refused; ordinary words are kept")
    func tagsAsTyped() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        var script = try DayScripts.demo()
        script = Self.replacing(script, "Breakfast at nursery most days; no routine at home for bedtime.",
                                with: [":name child Tiegan Marchbank", "Breakfast at nursery most days; no routine at home for bedtime."])
        script = Self.replacing(script, Self.worked, with: [
            "timely-response, Oluwaseun Pemberton-Gray",  // a name nobody registered, as a person writes it
            "timely-response, tiegan marchbank",  // the registered child, in lower case: its slug is tiegan-marchbank
            "timely-response, \(Self.nhs)",  // a number, which a slug would join with hyphens
            "timely-response, weekend cover", "y",
        ])
        let (result, folder) = try partnership.day(script)
        #expect(result.status == 0, "\(result.stderr)")
        let refusals = result.stdout.components(separatedBy: "a new tag looks like it holds").count - 1
        #expect(refusals == 3, "\(result.stdout)")
        // Refused before the slug was shown, or asked about as a new tag.
        #expect(!result.stdout.contains("pemberton-gray"))
        #expect(!result.stdout.contains("'tiegan-marchbank'"))
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8).lowercased()
        #expect(journal.contains("weekend-cover"))
        for planted in ["oluwaseun", "pemberton", "tiegan", "marchbank", "401-023-2137", Self.nhsDigits] {
            #expect(!journal.contains(planted), "\(planted) reached the journal")
        }
    }

    @Test("the report's pre-flight reads a tag of the room's own whole and un-slugged: a name in a tag stops the report; --redact withholds the tag")
    func preflightReadsTagsUnslugged() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        // A day stopped part-way, then a tag written as an older maca (or a hand) would have slugged it.
        let (first, _) = try DayScripts.demoSplit(after: Self.worked)
        let (ran, folder) = try partnership.day(first + ":quit\n")
        #expect(ran.status == 0, "\(ran.stderr)")
        let (journal, _) = try JournalWriter.open(path: "\(folder)/facilitator.jsonl", signer: nil)
        try journal.append(.answerGiven(AnswerGiven(
            key: AnswerKey(ref: "DEMO-0101", question: "improvement-tags", agency: "police"),
            value: .tags(["drift", "darnell-okonkwo", "weekend-cover"])
        )), author: "Demo Facilitator")
        journal.close()
        let out = "\(partnership.sessions.path)/reports"
        let refused = try partnership.maca(["report", "--theme", "neglect", "--include-unfinished", "--out", out, "--date", "2026-11-22"])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("case DEMO-0101, improvement-tags (a tag of the room's own): looks like a name"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("weekend"), "an ordinary tag was flagged")
        #expect(!FileManager.default.fileExists(atPath: out))
        let report = try partnership.maca(["report", "--theme", "neglect", "--include-unfinished", "--out", out, "--date", "2026-11-22", "--redact"])
        #expect(report.status == 0, "\(report.stderr)")
        for file in try FileManager.default.contentsOfDirectory(atPath: out) {
            let text = (try? String(contentsOfFile: "\(out)/\(file)", encoding: .utf8)) ?? ""
            #expect(!text.lowercased().contains("darnell") && !text.lowercased().contains("okonkwo"), "\(file)")
        }
        // What --redact puts in its place, read through the library the report uses.
        let template = try TemplateLoader.load(path: "\(packageRoot)/audit-templates/neglect.yaml")
        let inputs = ReportInputs(days: [ReportInputs.Day(folder: folder, day: try DayScripts.fold(folder), template: template)])
        let redacted = ReportPrivacy.redacted(inputs).days[0].day.caseAudit("DEMO-0101")?.answer("improvement-tags", agency: "police")
        #expect(redacted == .tags(["drift", IdentifierGuard.withheldTag, "weekend-cover"]))
    }

    @Test("no shipped template's tag, and no ordinary tag, is read as an identifier")
    func ordinaryTagsPass() throws {
        let guardian = IdentifierGuard(for: AuditDay())
        var tags: [String] = ["weekend-cover", "no-chronology-used", "grace-period", "missed-health-visits", "step-down-too-soon", "young-carer"]
        for file in try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/audit-templates") where file.hasSuffix(".yaml") {
            let template = try TemplateLoader.load(path: "\(packageRoot)/audit-templates/\(file)")
            tags += template.sections.flatMap(\.questions).filter { $0.type == .tags }.flatMap(\.choices).map(\.id)
        }
        #expect(tags.count > 40)
        let flagged = tags.filter { !guardian.scanTag($0).isEmpty }
        #expect(flagged.isEmpty, "\(flagged)")
    }

    @Test("a paper return's tag is read as typed: a name in it is refused (65, nothing imported), and left out with --redact")
    func returnFormTags() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (first, _) = try DayScripts.demoSplit(after: Self.worked)
        let (_, folder) = try partnership.day(first + ":quit\n")
        let name = (folder as NSString).lastPathComponent
        let form = "\(partnership.sessions.path)/police.yaml"
        let blank = try partnership.maca(["returns", "form", "--sessions", partnership.sessions.path, "--day", name, "--agency", "police", "--out", form])
        #expect(blank.status == 0, "\(blank.stderr)")
        var text = try String(contentsOfFile: form, encoding: .utf8)
        // Filled as an agency would, with a name among the first case's tags.
        text = text.replacingOccurrences(of: "auditor: \"\"", with: "auditor: \"Auditor B\"")
        let tags = try #require(text.range(of: "return-tags: []"))
        text.replaceSubrange(tags, with: "return-tags: [delay, Marisol Abernathy-Kwan]")
        try text.write(toFile: form, atomically: true, encoding: .utf8)
        let refused = try partnership.maca(["returns", "import", "--sessions", partnership.sessions.path, form])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("field 'return-tags' of case DEMO-0101: a tag looks like it holds a name"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("Marisol"))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder)).contains { $0.hasPrefix("auditor-police") })
        let imported = try partnership.maca(["returns", "import", "--sessions", partnership.sessions.path, form, "--redact"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.answer("return-tags", agency: "police") == .tags(["delay"]))
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let journal = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8).lowercased()
            #expect(!journal.contains("marisol") && !journal.contains("abernathy"), "\(file)")
        }
    }

    // MARK: - 2. Who did something

    @Test("who did something (the facilitator, reopen --by, redact --by) is a role or a person's own name, never a registered child's")
    func whoDidIt() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let script = Self.replacing(try DayScripts.demo(), "Breakfast at nursery most days; no routine at home for bedtime.",
                                    with: [":name child Tiegan Marchbank", "Breakfast at nursery most days; no routine at home for bedtime."])
        let (ran, folder) = try partnership.day(script)
        #expect(ran.status == 0, "\(ran.stderr)")
        let name = (folder as NSString).lastPathComponent
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl"))
        let reopen = try partnership.maca(["reopen", "--sessions", partnership.sessions.path, name, "--reason", "Late police return", "--by", "Tiegan Marchbank"])
        #expect(reopen.status == 65)
        #expect(reopen.stderr.contains("maca reopen: who reopens it (--by): looks like it holds a name"))
        #expect(reopen.stderr.components(separatedBy: "looks like it holds a name").count == 2, "said once, not once a part")
        let list = try partnership.maca(["redact", "--sessions", partnership.sessions.path, name, "--list"])
        let record = try #require(list.stdout.split(separator: "\n").first { $0.contains("answer to daily-care") }?.split(separator: " ").dropFirst().first.map(String.init))
        let redact = try partnership.maca(["redact", "--sessions", partnership.sessions.path, name, "--record", record, "--reason", "Checking the trail", "--by", "tiegan marchbank"])
        #expect(redact.status == 65)
        #expect(redact.stderr.contains("maca redact: who redacts it (--by): looks like it holds a name"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl")) == before, "a refused --by wrote to the journal")
        #expect(try partnership.maca(["reopen", "--sessions", partnership.sessions.path, name, "--reason", "Late police return", "--by", "Quality lead"]).status == 0)

        // A later day: the registered child's name as the facilitator is refused, a role taken.
        let later = try DayScripts.demo().replacingOccurrences(of: "\nDemo Facilitator\n", with: "\nTiegan Marchbank\nQuality lead\n")
            .replacingOccurrences(of: "\n2026-11-20\n", with: "\n2026-11-27\n")
        let (second, secondFolder) = try partnership.day(later)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("that looks like it holds a name: give the facilitator's role (preferred) or own name"))
        let secondJournal = try String(contentsOfFile: "\(secondFolder)/facilitator.jsonl", encoding: .utf8).lowercased()
        #expect(!secondJournal.contains("tiegan") && secondJournal.contains("quality lead"))
    }

    // MARK: - 3. Action points leaving maca

    @Test("maca actions export runs the report's pre-flight: a kept identifier is refused (65, nothing written) unless --redact")
    func actionsExport() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        var script = Self.replacing(try DayScripts.demo(), Self.action, with: ["Repeat the Graded Care Profile for NHS no. \(Self.nhs) before step-down."])
        script = Self.replacing(script, "2027-03-31", with: ["2027-03-31", "k", "The panel asked for the child to be named."])
        let (ran, _) = try partnership.day(script)
        #expect(ran.status == 0, "\(ran.stderr)")
        #expect(ran.stdout.contains("Kept deliberately"))
        let csv = "\(partnership.sessions.path)/actions.csv"
        let refused = try partnership.maca(["actions", "export", "--out", csv])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("looks like an NHS number"))
        #expect(refused.stderr.contains("nothing was exported"))
        #expect(!FileManager.default.fileExists(atPath: csv))
        let toScreen = try partnership.maca(["actions", "export"])
        #expect(toScreen.status == 65)
        #expect(!toScreen.stdout.contains(Self.nhs))
        // The listing, read off a screen, shows the placeholder and says so.
        let list = try partnership.maca(["actions", "list"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(!list.stdout.contains(Self.nhs) && list.stdout.contains("[NHS number]"))
        #expect(list.stderr.contains("1 likely identifier is shown as its placeholder"))
        let redacted = try partnership.maca(["actions", "export", "--out", csv, "--redact"])
        #expect(redacted.status == 0, "\(redacted.stderr)")
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(!text.contains(Self.nhs) && !text.contains(Self.nhsDigits))
        #expect(text.contains("[NHS number]"))
    }

    // MARK: - 4. :recommend

    /// A second room trial typed :back at a recommendation's due date, and
    /// the whole recommendation was dropped.
    @Test(":back in :recommend goes to the field before and keeps the rest; at the first field it leaves, saving nothing")
    func recommendBack() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "used-once")
        let script = first + [
            ":recommend", ":back",
            ":recommend", "Audit every step-down from a plan for neglect at panel.", "Head of children's services", ":back",
            "Chair of the quality assurance sub-group", "2027-06-30", ":back", "2027-07-31",
            "Dip sample of 10 step-downs shows each went to panel", "none needed", ":quit",
        ].joined(separator: "\n") + "\n"
        let (ran, _) = try partnership.day(script)
        #expect(ran.status == 0, "\(ran.stderr)")
        #expect(ran.stdout.components(separatedBy: "No recommendation was saved.").count == 2, "the first :back, at the first field, leaves")
        let list = try partnership.maca(["recommend", "list"])
        #expect(list.stdout.contains("Audit every step-down from a plan for neglect at panel."), "\(list.stdout)")
        #expect(list.stdout.contains("Chair of the quality assurance sub-group"), "\(list.stdout)")
        #expect(list.stdout.contains("2027-07-31"), "\(list.stdout)")
        #expect(!list.stdout.contains("Head of children's services"))
    }

    @Test(":recommend offers no keep for text that goes straight to the board; k asks again, r replaces")
    func recommendNoKeep() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "used-once")
        let script = first + [
            ":recommend", "Review every step-down for the child with NHS number \(Self.nhs) at panel.", "Head of children's services",
            "2027-06-30", "Dip sample of 10 step-downs shows each went to panel", "none needed", "k", "r", ":quit",
        ].joined(separator: "\n") + "\n"
        let (ran, _) = try partnership.day(script)
        #expect(ran.status == 0, "\(ran.stderr)")
        #expect(ran.stdout.contains("(e)dit it, or (r)eplace it with [NHS number]?"))
        #expect(!ran.stdout.contains("(k)eep it with a reason? k"))
        #expect(ran.stdout.contains("an identifier cannot be kept in it: type e to edit it, or r to replace it"))
        #expect(ran.stdout.contains("(in the recommendation)"))
        let list = try partnership.maca(["recommend", "list"])
        #expect(list.stdout.contains("Review every step-down for the child with NHS number [NHS number] at panel."), "\(list.stdout)")
        for file in try partnership.everyFile() {
            #expect(!file.text.contains(Self.nhs), "\(file.path)")
        }
    }

    /// A later trial left the guard's prompt on a new immediate concern with
    /// :skip: maca said nothing was saved, then asked who acknowledged C1
    /// and warned that C1 was not yet acknowledged, of a concern that was
    /// never saved.
    @Test("a concern not saved at the guard's prompt is not asked about afterwards")
    func unsavedConcernNotAcknowledged() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "Records show no adult at home overnight last week; needs checking today.")
        let script = first.replacingOccurrences(of: "\nRecords show no adult at home overnight last week; needs checking today.\n",
                                                with: "\nNo adult at home overnight for NHS \(Self.nhs); needs checking today.\n")
            + ["csc", "Facilitator", "2026-11-20", ":skip", ":quit"].joined(separator: "\n") + "\n"
        let (ran, folder) = try partnership.day(script)
        #expect(ran.status == 0, "\(ran.stderr)")
        let skipped = try #require(ran.stdout.range(of: "Nothing of it was saved."), "\(ran.stdout)")
        let after = ran.stdout[skipped.upperBound...]
        #expect(!after.contains("Who acknowledged concern"), "\(after)")
        #expect(!(ran.stdout + ran.stderr).contains("is not yet acknowledged"))
        let day = DayFold.fold(try SessionStore.readDay(folder))
        #expect(day.cases.flatMap(\.concerns).isEmpty)
        for file in try partnership.everyFile() {
            #expect(!file.text.contains(Self.nhs), "\(file.path)")
        }
    }

    // MARK: - 5. maca redact says what it did

    @Test("maca redact names the day, the record and its fields, and says what remains")
    func redactMessages() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        var script = Self.replacing(try DayScripts.demo(), "Breakfast at nursery most days; no routine at home for bedtime.",
                                    with: [":name child Tiegan Marchbank", "Breakfast at nursery with NHS no. \(Self.nhs) on the form.", "k", "Needed to match the nursery's record."])
        script = script.replacingOccurrences(of: "\n2026-11-20\n", with: "\n2026-11-21\n")
        let (ran, folder) = try partnership.day(script)
        #expect(ran.status == 0, "\(ran.stderr)")
        let name = (folder as NSString).lastPathComponent
        let list = try partnership.maca(["redact", "--sessions", partnership.sessions.path, name, "--list"])
        let line = try #require(list.stdout.split(separator: "\n").first { $0.contains("answer to daily-care") })
        let record = try #require(line.split(separator: " ").dropFirst().first.map(String.init))
        let redact = try partnership.maca(["redact", "--sessions", partnership.sessions.path, name, "--record", record, "--reason", "Kept by mistake", "--by", "Quality lead"])
        #expect(redact.status == 0, "\(redact.stderr)")
        #expect(redact.stdout.contains("\(name): took the text out of record \(record) of facilitator.jsonl (answer-given): answer to daily-care; now [redacted]"), "\(redact.stdout)")
        #expect(redact.stdout.contains("what remains: the record's hash"))
        #expect(redact.stdout.contains("a keyed hash of the text removed"))
        #expect(redact.stdout.contains("\(name): record.md written again without it"))
        #expect(!redact.stdout.contains(Self.nhs))
        let again = try partnership.maca(["redact", "--sessions", partnership.sessions.path, name, "--record", record, "--reason", "Kept by mistake", "--by", "Quality lead"])
        #expect(again.stdout.contains("\(name): record \(record) of facilitator.jsonl is already redacted; nothing changed"))
    }

    // MARK: - 6. The partnership key replaced

    @Test("with the partnership key replaced, a day signed under the old one and the registry are refused (65), never read unchecked; the old key restored, all is well")
    func keyReplaced() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        // The first day registers a name, which makes the key; the second is opened with it, so signed.
        let first = Self.replacing(try DayScripts.demo(), "Breakfast at nursery most days; no routine at home for bedtime.",
                                   with: [":name child Tiegan Marchbank", "Breakfast at nursery most days; no routine at home for bedtime."])
        #expect(try partnership.day(first).result.status == 0)
        let (_, signed) = try partnership.day(try DayScripts.demo().replacingOccurrences(of: "\n2026-11-20\n", with: "\n2026-11-27\n"))
        let signedName = (signed as NSString).lastPathComponent
        let verified = try partnership.maca(["verify", "--sessions", partnership.sessions.path, signedName, "--signed"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")

        let old = try Data(contentsOf: URL(fileURLWithPath: partnership.keyFile))
        var replacement = Data(count: 32)
        for index in replacement.indices { replacement[index] = UInt8.random(in: 0...255) }
        try OwnerOnlyFiles.writeAtomically(replacement, to: partnership.keyFile, replacing: true)

        let verify = try partnership.maca(["verify", "--sessions", partnership.sessions.path, signedName])
        #expect(verify.status == 65)
        #expect(verify.stdout.contains("it was signed with another key"), "\(verify.stdout)")
        let show = try partnership.maca(["show", "--sessions", partnership.sessions.path, signedName])
        #expect(show.status == 65)
        let report = try partnership.maca(["report", "--theme", "neglect", "--out", "\(partnership.sessions.path)/reports", "--date", "2026-12-01"])
        #expect(report.status == 65)
        // A new day cannot be guarded against the names registered under the old key: stopped before anything is asked.
        let third = try partnership.maca(["run", "--template", "neglect"], input: try DayScripts.demo().replacingOccurrences(of: "\n2026-11-20\n", with: "\n2026-12-04\n"))
        #expect(third.status == 65)
        #expect(third.stderr.contains("names.jsonl"), "\(third.stderr)")
        #expect(third.stderr.contains("signature does not match the partnership key") || third.stderr.contains("signed with another key"), "\(third.stderr)")
        #expect(try SessionStore(directory: partnership.sessions.path).dayFolders().count == 2)

        try OwnerOnlyFiles.writeAtomically(old, to: partnership.keyFile, replacing: true)
        #expect(try partnership.maca(["verify", "--sessions", partnership.sessions.path, signedName, "--signed"]).status == 0)
    }
}
