import Foundation
import MACAKit
import MACATestSupport
import Testing

/// maca as a partnership uses it once set up: from any folder, with its
/// config, and saying where it looked whenever it finds nothing.
@Suite("A partnership's maca, run from any folder")
struct PartnershipTests {
    /// An empty working folder away from the project, and a home of its own.
    struct Stranger {
        let home: IsolatedHome
        let work: TemporaryFolder

        init() throws {
            home = try IsolatedHome()
            work = try TemporaryFolder("maca-work")
        }

        func maca(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> CommandResult {
            try runMaca(arguments, input: input, environment: home.environment.merging(environment) { _, given in given }, in: work.path)
        }

        func remove() {
            home.folder.remove()
            work.remove()
        }
    }

    @Test("from an empty folder with nothing set up: templates are missing input (66) naming every place searched")
    func noTemplatesAnywhere() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        let result = try stranger.maca(["templates", "list"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("\(stranger.work.path)/audit-templates (the default, in the working folder)"), "\(result.stderr)")
        #expect(result.stderr.contains("\(stranger.home.dataHome)/maca/templates"))
        #expect(result.stderr.contains("share/maca/templates (installed with maca)"))
        #expect(!result.stderr.contains("USAGE"))
    }

    @Test("commands that read days say which sessions folder they read and why: 0 when it exists, 66 when it does not", arguments: [
        ["resume"], ["actions", "list"], ["actions", "export"], ["register", "show"], ["report", "--theme", "neglect"],
    ])
    func sessionsFolderNamed(command: [String]) throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        let days = stranger.work.file("days")
        // Missing, named three ways: each says where it came from.
        for (environment, arguments, reason) in [
            ([String: String](), [String](), "(the default, in the working folder)"),
            (["MACA_SESSIONS": days], [], "(from $MACA_SESSIONS)"),
            ([:], ["--sessions", days], "(from --sessions)"),
        ] {
            let result = try stranger.maca(command + arguments, input: "", environment: environment)
            #expect(result.status == 66, "\(command) \(reason): \(result.stderr)")
            #expect(result.stderr.contains(reason), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("does not exist"))
        }
        // Present but empty: exit 0 (the report, with no days of its theme, is still missing input).
        try FileManager.default.createDirectory(atPath: days, withIntermediateDirectories: true)
        let result = try stranger.maca(command + ["--sessions", "days"], input: "")
        let said = result.stdout + result.stderr
        #expect(said.contains("\(days) (from --sessions)"), "\(command): \(said)")
        #expect(result.status == (command[0] == "report" ? 66 : 0), "\(command): \(said)")
    }

    @Test("maca init --yes sets up config, sessions folder and key, owner-only; running it again changes nothing")
    func initIdempotent() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        let first = try stranger.maca(["init", "--yes"], input: "")
        #expect(first.status == 0, "\(first.stderr)")
        let config = stranger.home.configFile
        let key = "\(stranger.home.configHome)/maca/keys/partnership.key"
        let sessions = "\(stranger.home.dataHome)/maca/sessions"
        for (path, mode) in [(config, 0o600), (key, 0o600), (sessions, 0o700), ("\(stranger.home.configHome)/maca/keys", 0o700), ("\(stranger.home.configHome)/maca", 0o700)] {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(path)")
        }
        let configBytes = try Data(contentsOf: URL(fileURLWithPath: config))
        let keyBytes = try Data(contentsOf: URL(fileURLWithPath: key))
        #expect(keyBytes.count == 32)
        let second = try stranger.maca(["init", "--yes"], input: "")
        #expect(second.status == 0)
        #expect(second.stdout.contains("unchanged"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: config)) == configBytes)
        #expect(try Data(contentsOf: URL(fileURLWithPath: key)) == keyBytes)
        // And the day folder it set is the one every command now uses, from any folder.
        let resume = try stranger.maca(["resume"], input: "")
        #expect(resume.status == 0)
        #expect(resume.stdout.contains("No unfinished audit days in \(sessions) (from \(config))"), "\(resume.stdout)")
    }

    @Test("maca init --yes honours --sessions, then $MACA_SESSIONS, as every command does: it makes and records that folder, not its own default")
    func initSessionsOrder() throws {
        for given in ["option", "variable", "relative option"] {
            let stranger = try Stranger()
            defer { stranger.remove() }
            let chosen = given == "relative option" ? "\(stranger.work.path)/days-here" : stranger.work.file("days-\(given)")
            let other = stranger.work.file("days-not-chosen")
            let arguments: [String] = switch given {
            case "option": ["init", "--yes", "--sessions", chosen]
            case "relative option": ["init", "--yes", "--sessions", "days-here"]
            default: ["init", "--yes"]
            }
            // --sessions wins over $MACA_SESSIONS, as everywhere else.
            let variable = given == "variable" ? chosen : other
            let result = try stranger.maca(arguments, input: "", environment: ["MACA_SESSIONS": variable])
            #expect(result.status == 0, "\(given): \(result.stderr)")
            let folder = try FileManager.default.attributesOfItem(atPath: chosen)
            #expect((folder[.posixPermissions] as? Int) == 0o700, "\(given)")
            #expect(!FileManager.default.fileExists(atPath: "\(stranger.home.dataHome)/maca/sessions"), "\(given): made the default folder too")
            if given != "variable" { #expect(!FileManager.default.fileExists(atPath: other), "\(given)") }
            let config = try PartnershipConfig.load(path: stranger.home.configFile)
            #expect(config.sessions == chosen, "\(given): \(config.sessions ?? "none")")
            // With nothing set, every command now finds the recorded folder.
            let resume = try stranger.maca(["resume"], input: "")
            #expect(resume.stdout.contains("No unfinished audit days in \(chosen) (from \(stranger.home.configFile))"), "\(given): \(resume.stdout)")
        }
    }

    @Test("maca init asks with defaults in brackets; running it again offers the answers given as the defaults")
    func initInteractive() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        let answers = "Northshire Safeguarding Children Partnership\nQuality and performance sub-group\n\n~/audit-days\n1,police,+Youth justice service\n2\n7\nlots\n36\ny\n"
        let first = try stranger.maca(["init", "--templates", "\(packageRoot)/audit-templates"], input: answers)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("Protective marking on reports [OFFICIAL-SENSITIVE]"))
        #expect(first.stdout.contains("give a whole number from 1 to 1200, or none"))
        // A threshold of 2 would print every 1 as <2: refused, and asked again.
        #expect(first.stdout.contains("2 would print every count of 1 as <2, which still says it is 1"), "\(first.stdout)")
        let config = try PartnershipConfig.load(path: stranger.home.configFile)
        #expect(config.partnership == "Northshire Safeguarding Children Partnership")
        #expect(config.author == "Quality and performance sub-group")
        #expect(config.marking == "OFFICIAL-SENSITIVE")
        #expect(config.sessions == "~/audit-days")
        #expect(config.agencies.map(\.id) == ["csc", "police", "youth-justice-service"])
        #expect(config.suppressBelow == 7)
        #expect(config.retentionMonths == 36)
        #expect(FileManager.default.fileExists(atPath: "\(stranger.home.folder.path)/audit-days"))
        let copied = try FileManager.default.contentsOfDirectory(atPath: "\(stranger.home.dataHome)/maca/templates").sorted()
        #expect(copied == (try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/audit-templates").filter { $0.hasSuffix(".yaml") }.sorted()))

        // Again, changing one answer and clearing another: the rest are offered and kept.
        let again = try stranger.maca(["init"], input: "\n\n\n\n\n\nnone\n\n")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Partnership name [Northshire Safeguarding Children Partnership]"))
        #expect(again.stdout.contains("Agencies invited to audit days [csc, police, youth-justice-service]"))
        #expect(again.stdout.contains("Months to keep a day's records after its date [36]"))
        var expected = config
        expected.retentionMonths = nil
        #expect(try PartnershipConfig.load(path: stranger.home.configFile) == expected)
    }

    @Test("piped input that ends part way through init writes nothing and fails (65), so a script notices")
    func initInterrupted() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        let result = try stranger.maca(["init"], input: "Northshire\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("nothing was written (use --yes to take every default)"))
        #expect(!FileManager.default.fileExists(atPath: stranger.home.configFile))
    }

    @Test("init --yes asks and lists nothing; rewriting a config a person edited keeps the old file beside it")
    func initKeepsPrevious() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        let edited = "# Our IG lead's note: reviewed 2026-11.\npartnership: Northshire  # the board's name for us\n"
        try stranger.home.writeConfig(edited)
        let result = try stranger.maca(["init", "--yes"], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("Agencies (the partnership's"))
        #expect(!result.stdout.contains("Enter keeps"))
        #expect(result.stdout.contains("kept as \(stranger.home.configFile).previous"))
        #expect(try String(contentsOfFile: stranger.home.configFile + ".previous", encoding: .utf8) == edited)
        #expect(try PartnershipConfig.load(path: stranger.home.configFile).partnership == "Northshire")
    }

    @Test("a config that is a link to nothing is an error, not an empty config (a shared drive not mounted)")
    func danglingConfigLink() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        try FileManager.default.createDirectory(atPath: "\(stranger.home.configHome)/maca", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: stranger.home.configFile, withDestinationPath: "/mnt/partnership-share/maca/config.yaml")
        let result = try stranger.maca(["paths"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("it is a link to /mnt/partnership-share/maca/config.yaml, which is not there"), "\(result.stderr)")
    }

    @Test("a config with an unknown key or a wrong type stops every command with file:line, exit 65", arguments: [
        ("partnership: Northshire\nsessoins: /srv/days\n", 2, "did you mean 'sessions'"),
        ("partnership: Northshire\nsuppress-below: many\n", 2, "'suppress-below'"),
        ("partnership: Northshire\nmarking: \(String(repeating: "OFFICIAL ", count: 8))\n", 2, "'marking' of the partnership config is one line of 1 to 60 characters"),
        ("partnership: Northshire\nmarking: \"OFFICIAL\\nSENSITIVE\"\n", 2, "'marking'"),
    ])
    func brokenConfig(text: String, line: Int, words: String) throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        try stranger.home.writeConfig(text)
        for command in [["resume"], ["actions", "list"], ["paths"], ["init", "--yes"]] {
            let result = try stranger.maca(command, input: "")
            #expect(result.status == 65, "\(command)")
            #expect(result.stderr.hasPrefix("error: \(stranger.home.configFile):\(line): "), "\(command): \(result.stderr)")
            #expect(result.stderr.contains(words))
        }
    }

    @Test("a config that cannot be read is an I/O failure, exit 74")
    func unreadableConfig() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        // A folder where the file should be: unreadable as a file even to root.
        try FileManager.default.createDirectory(atPath: stranger.home.configFile, withIntermediateDirectories: true)
        let result = try stranger.maca(["resume"], input: "")
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("error: \(stranger.home.configFile): cannot be read"), "\(result.stderr)")
    }

    @Test("the config's partnership, agencies, marking, author, threshold and reference patterns reach the day and the report")
    func configUsed() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        try stranger.home.writeConfig("""
            partnership: Northshire Safeguarding Children Partnership
            author: Quality and performance sub-group
            marking: OFFICIAL-SENSITIVE (LOCAL)
            suppress-below: 3
            sessions: \(stranger.work.file("days"))
            agencies:
              - id: police
                name: Northshire Police
              - id: csc
                name: Children's social care
            reference-patterns:
              - name: police occurrence number
                pattern: '\\bNP-[0-9]{6}\\b'
            """)
        // The demo day, with the partnership left to its default, and a
        // police occurrence number in one answer, kept deliberately.
        let script = try DayScripts.demo()
            .replacingOccurrences(of: "\nExampleshire Safeguarding Children Partnership (invented)\n", with: "\n\n")
            .replacingOccurrences(
                of: "\nGrandmother collects the child from nursery twice a week.\n",
                with: "\nGrandmother collects the child; the police log NP-482913 records it.\nk\nThe log is cited for the police lead.\n"
            )
        let day = try stranger.maca(["run", "--template", "neglect", "--templates", "\(packageRoot)/audit-templates"], input: script)
        #expect(day.status == 0, "\(day.stderr)")
        #expect(day.stdout.contains("Partnership or area [Northshire Safeguarding Children Partnership]"))
        #expect(day.stdout.contains("1. Northshire Police (police)"))
        #expect(day.stdout.contains("Give numbers or ids separated by commas, or partnership (its 2), or all"))
        #expect(day.stdout.contains("looks like it holds a reference number"), "the REPL's guard knows the partnership's pattern")
        #expect(FileManager.default.fileExists(atPath: stranger.work.file("days")), "the day went to the config's sessions folder")
        let refused = try stranger.maca(["report", "--theme", "neglect", "--out", "r", "--format", "md", "--date", "2026-12-01"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("looks like a reference number"), "\(refused.stderr)")
        let report = try stranger.maca(["report", "--theme", "neglect", "--out", "r", "--format", "md", "--date", "2026-12-01", "--redact"])
        #expect(report.status == 0, "\(report.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: stranger.work.file("r")).filter { $0.hasSuffix(".md") }
        let markdown = try String(contentsOfFile: stranger.work.file("r/\(try #require(written.first))"), encoding: .utf8)
        #expect(report.stderr.contains("looks like a reference number; replaced with its placeholder"), "\(report.stderr)")
        #expect(!markdown.contains("NP-482913"))
        #expect(markdown.hasPrefix("**OFFICIAL-SENSITIVE (LOCAL)**"))
        #expect(markdown.contains("Partnership: Northshire Safeguarding Children Partnership"))
        #expect(markdown.contains("- Author: Quality and performance sub-group"))
        #expect(markdown.contains("<3"), "the config's threshold of 3 hides counts as <3")
        #expect(!markdown.contains("<5"))
    }

    @Test("with retention-months set, the register says how long each day is kept and which are past it")
    func retentionInRegister() throws {
        let stranger = try Stranger()
        defer { stranger.remove() }
        try stranger.home.writeConfig("retention-months: 24\nsessions: \(packageRoot)/examples/sessions\n")
        let within = try stranger.maca(["register", "show", "--today", "2028-10-14"])
        #expect(within.status == 0, "\(within.stderr)")
        #expect(within.stdout.contains("Keep until"))
        #expect(within.stdout.contains("| 2028-10-14 |"), "\(within.stdout)")
        let past = try stranger.maca(["register", "show", "--format", "csv", "--today", "2028-10-15"])
        #expect(past.stdout.contains("2028-10-14 (past: due for deletion)"), "\(past.stdout)")
        try stranger.home.writeConfig("sessions: \(packageRoot)/examples/sessions\n")
        #expect(!(try stranger.maca(["register", "show"]).stdout.contains("Keep until")))
    }
}
