import Foundation
import MACAKit
import MACATestSupport
import Testing

/// sysexits(3) as the manual page promises: 64 a command used wrongly, 65 bad
/// data, 66 something asked for that is not there, 74 I/O. One sentence on
/// standard error, and never the usage block after an error found at run time.
@Suite("Exit status and messages")
struct ExitStatusTests {
    static let examples = "\(packageRoot)/examples/sessions"

    @Test("a file, folder, day or template that is not there is exit 66", arguments: [
        ["templates", "check", "/nonexistent/neglect.yaml"],
        ["templates", "list", "--templates", "/nonexistent/templates"],
        ["templates", "show", "no-such-theme"],
        ["returns", "import", "/nonexistent/return.yaml"],
        ["run", "--template", "neglect", "--candidates", "/nonexistent/cases.csv"],
        ["show", "--sessions", examples, "2099-01-01-nothing"],
        ["verify", "--sessions", examples, "/nonexistent/day"],
        ["report", "--theme", "domestic-abuse", "--sessions", examples, "--out", "/tmp/maca-unused-report"],
    ])
    func missingInput(arguments: [String]) throws {
        let result = try runMaca(arguments, input: "")
        #expect(result.status == 66, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "))
        #expect(!result.stderr.contains("USAGE:"))
    }

    @Test("an option value maca cannot use is a usage error, exit 64", arguments: [
        ["actions", "list", "--status", "finished"],
        ["actions", "list", "--today", "yesterday-ish"],
        ["actions", "export", "--today", "2026-13-45"],
        ["register", "show", "--format", "pdf"],
        ["report", "--theme", "neglect", "--from", "last spring"],
        ["report", "--theme", "neglect", "--suppress-below", "0"],
        ["report", "--theme", "neglect", "--suppress-below", "2"],
        ["report", "--theme", "neglect", "--format", "pdf"],
        ["actions", "update", "neglect-2026-11-20-A1", "--status", "finished"],
        ["report", "--theme", "neglect", "--suppress-below", "many"],
    ])
    func badOptionValue(arguments: [String]) throws {
        let result = try runMaca(arguments + ["--sessions", Self.examples], input: "")
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }

    @Test("resuming a closed day: one sentence, exit 64, no usage block")
    func closedDayResume() throws {
        let result = try runMaca(["resume", "--sessions", Self.examples, ExampleDay.name], input: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("this day is closed, so there is nothing to resume; 'maca show \(ExampleDay.name)' prints its record"), "\(result.stderr)")
        #expect(!result.stderr.contains("USAGE:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("no option's help states its default twice")
    func defaultsOnce() throws {
        let result = try runMaca(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var checked = 0
        func walk(_ command: [String: Any]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                checked += 1
                let abstract = (argument["abstract"] as? String ?? "").lowercased()
                if argument["defaultValue"] != nil {
                    #expect(!abstract.contains("default"), "\(command["commandName"] ?? ""): \(abstract) and a default value \(argument["defaultValue"]!)")
                }
            }
            (command["subcommands"] as? [[String: Any]] ?? []).forEach(walk)
        }
        walk(try #require(root["command"] as? [String: Any]))
        #expect(checked > 50)
        for line in try runMaca(["run", "--help"]).stdout.split(separator: "\n") {
            #expect(line.components(separatedBy: "default").count <= 2, "\(line)")
        }
    }

    @Test("the hint printed on leaving a day carries it on from any other folder")
    func carryOnHintWorksElsewhere() throws {
        let sessions = try TemporaryFolder()
        let elsewhere = try TemporaryFolder()
        defer {
            sessions.remove()
            elsewhere.remove()
        }
        // Leave the demo day part way, with --sessions relative to the working folder.
        let (first, _) = try DayScripts.demoSplit(after: "Grandmother collects the child from nursery twice a week.")
        let left = try runMaca(
            ["run", "--template", "neglect", "--templates", "\(packageRoot)/audit-templates", "--sessions", (sessions.path as NSString).lastPathComponent],
            input: first + ":quit\n", in: (sessions.path as NSString).deletingLastPathComponent
        )
        let hint = try #require(left.stdout.split(separator: "\n").first { $0.contains("To carry on:") }.map(String.init), "\(left.stdout)")
        let command = try #require(hint.components(separatedBy: "To carry on: ").last)
        #expect(command.hasPrefix("maca resume --sessions \(sessions.path) "), "\(command)")
        // Typed into a shell in another folder, it carries the day on.
        let shell = try run("/bin/bash", ["-c", "PATH=\((macaBinary as NSString).deletingLastPathComponent):$PATH MACA_TEMPLATES=\(packageRoot)/audit-templates \(command)"], input: ":quit\n", environment: IsolatedHome.shared.environment, in: elsewhere.path)
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout.contains("To carry on: \(command)"), "\(shell.stdout)")
    }

    @Test("one-character folder names work, never a signal: --out r, --sessions s")
    func oneCharacterFolders() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", Self.examples, "--out", "r", "--format", "md"], in: work.path)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: work.file("r")))
        let day = try runMaca(["run", "--template", "neglect", "--templates", "\(packageRoot)/audit-templates", "--sessions", "s"], input: try DayScripts.demo(), in: work.path)
        #expect(day.status == 0, "\(day.stderr)")
        #expect(try SessionStore(directory: work.file("s")).dayFolders().count == 1)
    }

    @Test("an empty folder, dates the wrong way round, a file for a folder: said plainly with the right status", arguments: [
        (["resume", "--sessions", ""], Int32(64), "--sessions needs a folder"),
        (["templates", "list", "--templates", ""], 64, "--templates needs a folder"),
        (["report", "--theme", "neglect", "--out", ""], 64, "--out needs a folder"),
        (["actions", "export", "--out", ""], 64, "--out needs a file"),
        (["report", "--theme", "neglect", "--from", "2026-12-01", "--to", "2026-11-01"], 64, "--from 2026-12-01 is after --to 2026-11-01"),
        (["templates", "list", "--templates", "/etc/passwd"], 66, "/etc/passwd is a file, not a templates folder (from --templates)"),
        (["templates", "check", "/tmp"], 74, "/tmp: cannot be read: it is a folder, not a file"),
        (["templates", "check", "/dev/null"], 74, "/dev/null: cannot be read: it is a device or socket, not an ordinary file"),
    ])
    func plainlySaid(arguments: [String], status: Int32, message: String) throws {
        let result = try runMaca(arguments, input: "")
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("a command line maca cannot use: error: and where to find help, no usage block; maca alone is 64")
    func parseErrors() throws {
        let missing = try runMaca(["templates", "show"])
        #expect(missing.status == 64)
        #expect(missing.stderr == "error: Missing expected argument '<id>'\nSee 'maca templates show --help'.\n", "\(missing.stderr)")
        let unknown = try runMaca(["report", "--theme", "neglect", "--colour"])
        #expect(unknown.stderr.hasPrefix("error: Unknown option '--colour'"), "\(unknown.stderr)")
        #expect(unknown.stderr.hasSuffix("See 'maca report --help'.\n"))
        let bare = try runMaca([])
        #expect(bare.status == 64)
        #expect(bare.stderr.contains("USAGE: maca <subcommand>"))
        let help = try runMaca(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("SUBCOMMANDS:"))
    }
}

/// What the argument fuzzer's FIFO, folder and looping link, named where a
/// file is read or written, must get: a sentence and exit 74 at once, or the
/// output written into the FIFO, which stays one.
extension ExitStatusTests {
    @Test("a FIFO, folder or looping link named as a file to read is refused at once, exit 74", arguments: [
        ["returns", "import", "FIFO"],
        ["run", "--template", "neglect", "--candidates", "FIFO"],
        ["templates", "check", "FIFO"],
        ["returns", "import", "FOLDER"],
        ["returns", "import", "LOOP"],
    ])
    func notAFile(arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(mkfifo(folder.file("fifo"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.file("loop"), withDestinationPath: "loop")
        let named = arguments.map { $0.replacingOccurrences(of: "FIFO", with: folder.file("fifo")).replacingOccurrences(of: "FOLDER", with: folder.path).replacingOccurrences(of: "LOOP", with: folder.file("loop")) }
        let result = try runMaca(named + (named[0] == "templates" ? [] : ["--sessions", Self.examples]), timeLimit: 10)
        #expect(!result.timedOut)
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: \(folder.path)"))
        #expect(["a FIFO (a named pipe), not an ordinary file", "a folder, not a file", "a link that leads back to itself"].contains { result.stderr.contains($0) }, "\(result.stderr)")
    }

    @Test("an output named by a FIFO is written into it, and it stays a FIFO; with no reader, exit 74 at once")
    func outputToFIFO() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("actions.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        let alone = try runMaca(["actions", "export", "--sessions", Self.examples, "--out", fifo], timeLimit: 10)
        #expect(alone.status == 74)
        #expect(alone.stderr == "error: \(fifo): cannot be written: it is a FIFO (a named pipe) that no program is reading\n")
        // cat reads the FIFO while maca writes it.
        let read = try run("/bin/sh", ["-c", "cat \"$0\" > \"$0.read\" & sleep 0.3; \"$1\" actions export --sessions \"$2\" --out \"$0\"; s=$?; wait; exit $s", fifo, macaBinary, Self.examples])
        #expect(read.status == 0, "\(read.stderr)")
        let csv = try String(contentsOfFile: "\(fifo).read", encoding: .utf8)
        #expect(csv.contains("Action id,") && csv.contains("neglect-2026-10-14-A1"), "\(csv.prefix(100))")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a return form that is not UTF-8 is bad data at its line, exit 65, not read with its bytes replaced")
    func returnFormNotUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("return.yaml")
        try Data("day-folder: \(ExampleDay.name)\nagency: police\nauditor: Auditor B\ncases:\n  - ref: caf\u{E9}\n".data(using: .isoLatin1)!).write(to: URL(fileURLWithPath: path))
        let result = try runMaca(["returns", "import", "--sessions", Self.examples, path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("error: \(path):5: not UTF-8 text"), "\(result.stderr)")
    }
}

extension ExitStatusTests {
    @Test("a file named as the sessions folder is said to be a file, not a folder that does not exist, exit 66", arguments: ["/dev/null", "README.md"])
    func sessionsFolderIsAFile(path: String) throws {
        let result = try runMaca(["actions", "list", "--sessions", path])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("error: the sessions folder "), "\(result.stderr)")
        #expect(result.stderr.contains("is a file, not a folder"), "\(result.stderr)")
    }
}
