import Foundation
import MACAKit
import MACATestSupport

/// The four ways a long answer reaches a journal, each timed as the command
/// a facilitator or an agency runs: `maca resume` of a demo day stopped at
/// DEMO-0101's `daily-care`, given the answer (and "k" with a reason, to keep its
/// planted identifier), saving it and leaving; or `maca returns import
/// --redact` of a form whose first case's `return-involvement` holds it.
enum LongAnswerPath: String, CaseIterable {
    case pipedLine = "one piped line"
    case continued = "\\ continuation"
    case editor = ":editor"
    case returnsImport = "returns import"
}

struct LongAnswerBench {
    let maca: String
    let templates: String
    let folder: String
    let runs: Int

    /// The demo day as it stands before a long answer: its folder name, and
    /// a blank police return form for it.
    private struct Day {
        var sessions: String
        var name: String
        var blankForm: String
    }

    private var environment: [String: String] { IsolatedHome.shared.environment.merging(["VISUAL": ""]) { $1 } }

    /// Prints, for each path, the median time of `runs` runs for each size,
    /// beside the floor (a one-sentence answer the same way), and whether a
    /// 4 MiB answer was saved in under a second.
    func run(sizes: [Int]) throws {
        let day = try prepareDay()
        let target = 4 << 20
        func cell(_ text: String, _ width: Int = 10) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        func seconds(_ value: Double) -> String { cell(String(format: "%.2f s", value)) }
        print("path            " + cell("floor") + sizes.map { cell(label($0)) }.joined() + "   met (4 MB < 1 s)")
        for path in LongAnswerPath.allCases {
            let floor = try median(path, bytes: 200, day: day)
            var figures: [Double] = []
            for bytes in sizes { figures.append(try median(path, bytes: bytes, day: day)) }
            let met = sizes.firstIndex(of: target).map { figures[$0] < 1 ? "yes" : "no" } ?? "-"
            print(path.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0) + seconds(floor)
                + figures.map(seconds).joined() + "   " + met)
        }
        if sizes.contains(target) {
            print("(\\ continuation: \(LongAnswers.sentences(bytes: target).count) lines at 4 MB; each figure the median of \(runs) runs, from the command's start to its exit)")
        }
    }

    private func label(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes >> 10) KB"
    }

    private func median(_ path: LongAnswerPath, bytes: Int, day: Day) throws -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) { times.append(try time(path, bytes: bytes, day: day)) }
        return times.sorted()[times.count / 2]
    }

    /// The day is made once with `maca run` and copied for each run, so
    /// every run saves into the same journal.
    private func prepareDay() throws -> Day {
        let sessions = "\(folder)/day"
        try? FileManager.default.removeItem(atPath: sessions)
        try OwnerOnlyFiles.makeFolder(folder)
        let (before, _) = try LongAnswers.demoAroundReplaced()
        let started = try MACATestSupport.run(maca, ["run", "--template", "neglect", "--sessions", sessions, "--templates", templates], input: before, environment: environment)
        guard started.status == 0, let name = try SessionStore(directory: sessions).dayFolders().last else {
            throw BenchFailure("maca run of the demo's start failed (\(started.status)): \(started.stderr)")
        }
        let form = try MACATestSupport.run(maca, ["returns", "form", "--sessions", sessions, "--day", name, "--agency", "police"], environment: environment)
        guard form.status == 0 else { throw BenchFailure("maca returns form failed (\(form.status)): \(form.stderr)") }
        return Day(sessions: sessions, name: name, blankForm: form.stdout)
    }

    /// One run: a fresh copy of the day, the input written beforehand, and
    /// only the command timed. The answer saved is then checked, byte for byte.
    private func time(_ path: LongAnswerPath, bytes: Int, day: Day) throws -> Double {
        let sessions = "\(folder)/run"
        try? FileManager.default.removeItem(atPath: sessions)
        try FileManager.default.copyItem(atPath: day.sessions, toPath: sessions)
        defer { try? FileManager.default.removeItem(atPath: sessions) }
        let sentences = LongAnswers.sentences(bytes: bytes)
        // Lines typed with a backslash, or written in a form's block, are kept as lines.
        let answer = sentences.joined(separator: path == .continued || path == .returnsImport ? "\n" : " ")
        var arguments = ["resume", "--sessions", sessions, day.name]
        var input = answer + "\nk\n" + LongAnswers.keepReason + "\n"
        var environment = self.environment
        switch path {
        case .pipedLine: break
        case .continued: input = LongAnswers.continued(sentences) + "\nk\n" + LongAnswers.keepReason + "\n"
        case .editor:
            let file = "\(folder)/editor.txt"
            try Data(answer.utf8).write(to: URL(fileURLWithPath: file))
            environment["EDITOR"] = "cp \(file)"
            input = ":editor\nk\n" + LongAnswers.keepReason + "\n"
        case .returnsImport:
            let form = "\(folder)/return.yaml"
            let filled = LongAnswers.returnForm(day.blankForm, auditor: "Bench Auditor", involvement: sentences)
            try Data(filled.utf8).write(to: URL(fileURLWithPath: form))
            arguments = ["returns", "import", "--sessions", sessions, "--redact", form]
            input = ""
        }
        let start = now()
        // :editor needs a terminal: its lines are typed into one, then :quit, as the pipe's end would leave.
        let result = path == .editor
            ? try PseudoTerminalProcess.runMaca(arguments, lines: input.split(separator: "\n").map(String.init) + [":quit"], environment: environment, binary: maca)
            : try MACATestSupport.run(maca, arguments, input: input, environment: environment)
        let seconds = Double(now() - start) / 1e9
        guard result.status == 0 else { throw BenchFailure("\(path.rawValue), \(bytes) bytes: exit \(result.status): \(result.stderr)") }
        try check(path, saved: answer, in: "\(sessions)/\(day.name)")
        return seconds
    }

    /// The answer in the day's journals is the one given (the import's with
    /// its identifier replaced, as --redact does).
    private func check(_ path: LongAnswerPath, saved answer: String, in folder: String) throws {
        let day = DayFold.fold(try SessionStore.readDay(folder))
        let expected: String
        let found: AnswerValue?
        if path == .returnsImport {
            expected = answer.replacingOccurrences(of: LongAnswers.plantedNHSNumber, with: "[NHS number]")
            found = day.caseAudit("DEMO-0101")?.answer("return-involvement", agency: "police")
        } else {
            expected = answer
            found = day.caseAudit("DEMO-0101")?.answer("daily-care")
        }
        guard case let .text(text)? = found, Array(text.utf8) == Array(expected.utf8) else {
            throw BenchFailure("\(path.rawValue): the answer saved is not the one given")
        }
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
