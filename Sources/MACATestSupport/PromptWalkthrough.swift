import Foundation
import MACAKit

/// The walkthrough day of `Scripts/prompt-count` (issue 17): a domestic-abuse
/// day whose case DA-0101 has three agencies involved (police, education and
/// a youth justice service added on the day), each of which has entered its
/// return with `maca enter` first, one action point and no concern. Case
/// DA-0101 is answered through the built binary with piped input, from
/// `Scripts/walkthrough/short.txt` (the shortcuts) or `long.txt` (typed the
/// long way), and the prompts and keys it took are counted.
///
/// Counting is honest by construction: the input holds one line per prompt
/// (Enter on a default is a line), every line must be consumed by case
/// DA-0101, none may be refused, and the case must then be complete with
/// the day waiting at case 2's first question.
public enum PromptWalkthrough {
    public struct Figures: Sendable {
        /// Prompts answered for the case: the lines it consumed.
        public var prompts: Int
        /// Keys typed for structured answers (see `Scripts/walkthrough/short.txt`).
        public var structuredKeys: Int
        /// True when each agency section offered the agency's return in one question.
        public var returnsOffered: Bool
        /// The day's folder and what the facilitator's run printed.
        public var folder: String
        public var output: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The walkthrough's files.
    public static var folder: String { "\(packageRoot)/Scripts/walkthrough" }

    /// The `[name]` blocks of a walkthrough file, comments dropped, in order.
    static func blocks(_ path: String) throws -> [(header: String, lines: [String])] {
        var blocks: [(header: String, lines: [String])] = []
        for line in try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n") {
            if line.hasPrefix("# ") || line == "#" { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                blocks.append((String(line.dropFirst().dropLast()), []))
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].lines.append(line)
            }
        }
        // A file's last newline ends its last line; it adds no line of its own.
        for index in blocks.indices {
            while blocks[index].lines.last == "" && blocks[index].header != "set-up" { blocks[index].lines.removeLast() }
        }
        return blocks
    }

    /// One answer line: its kind letter (s, t or m) and what is typed.
    struct Answer {
        var kind: Character
        var text: String

        init(_ line: String) throws {
            guard let kind = line.first, "stm".contains(kind), line.count == 1 || line.dropFirst().first == " " else {
                throw Failure(description: "walkthrough line '\(line)' must start with s, t or m and a space")
            }
            self.kind = kind
            text = String(line.dropFirst(2))
        }

        /// Keys typed for the structured part: all of a structured line and its
        /// Enter; the part of a mixed line before its free text; none of free text.
        var structuredKeys: Int {
            switch kind {
            case "s": text.count + 1
            case "m": text.prefix { $0 != " " }.count
            default: 0
            }
        }
    }

    /// Runs the day in a fresh folder under `sessions` with `maca`: set-up and
    /// returns, then case DA-0101 from `caseFile` (`short.txt` or `long.txt`).
    public static func run(maca: String, caseFile: String, sessions: String) throws -> Figures {
        let setUp = try blocks("\(folder)/setup.txt")
        let environment = IsolatedHome.shared.environment
        func invoke(_ arguments: [String], _ input: [String]) throws -> CommandResult {
            try MACATestSupport.run(maca, arguments, input: input.joined(separator: "\n") + "\n", environment: environment, in: packageRoot)
        }
        let first = try invoke(["run", "--template", "domestic-abuse", "--sessions", sessions], setUp.first { $0.header == "set-up" }?.lines ?? [])
        guard let name = try SessionStore(directory: sessions).dayFolders().first else {
            throw Failure(description: "the set-up made no day: \(first.stderr)")
        }
        for block in setUp where block.header.hasPrefix("return ") {
            let words = block.header.split(separator: " ", maxSplits: 2).map(String.init)
            let entered = try invoke(["enter", "--sessions", sessions, "--day", name, "--agency", words[1], "--auditor", words[2]], block.lines)
            guard entered.status == 0, !entered.stdout.contains("✗") else {
                throw Failure(description: "the \(words[1]) return was refused: \(entered.stdout.suffix(600))\(entered.stderr)")
            }
        }

        // The case: before the agency sections, the agency sections typed in full
        // (when the returns are not offered), then the rest.
        let blocks = try blocks(caseFile)
        func lines(_ header: String) throws -> [Answer] {
            try (blocks.first { $0.header == header }?.lines ?? []).map(Answer.init)
        }
        let before = try lines("case"), without = try lines("without-returns")
        let after = try (blocks.first { $0.header == "end" }?.lines ?? []).map(Answer.init)
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "domestic-abuse")
        // What the day asks after `answers`, found on a copy of the day so the probe leaves nothing behind.
        func pending(after answers: [Answer]) throws -> (prompt: String, marker: String) {
            let probe = try TemporaryFolder("maca-probe")
            defer { probe.remove() }
            try FileManager.default.removeItem(atPath: probe.path)
            try FileManager.default.copyItem(atPath: sessions, toPath: probe.path)
            let output = try invoke(["resume", "--sessions", probe.path, name], answers.map(\.text)).stdout
            let marker = output.components(separatedBy: "\n").last { $0.contains(" › case ") } ?? ""
            return (pendingPrompt(output), marker)
        }
        // Which way the agency sections go: the question the day asks after the voice of the child.
        let returnsOffered = try pending(after: before).prompt.range(of: "return", options: .caseInsensitive) != nil
        var answers = before
        if returnsOffered {
            // Each agency's return taken as it stands: Enter at every prompt of the
            // per-agency sections, for as long as the day asks them (each Enter a prompt).
            let sections = template.sections.filter(\.perAgency).map { "› \($0.title): " }
            for _ in 0..<60 {
                let marker = try pending(after: answers).marker
                guard sections.contains(where: marker.contains) else { break }
                answers.append(try Answer("s"))
            }
        } else {
            answers += without
        }
        answers += after

        let result = try invoke(["resume", "--sessions", sessions, name], answers.map(\.text))
        let dayFolder = "\(sessions)/\(name)"
        if let refused = result.stdout.components(separatedBy: "\n").first(where: { $0.contains("✗") }) {
            throw Failure(description: "a walkthrough answer was refused (\(refused.trimmingCharacters(in: .whitespaces))): the count would not be the walkthrough's")
        }
        let day = DayFold.fold(try SessionStore.readDay(dayFolder))
        let plan = DayPlan(template: template, day: day)
        guard let audit = day.caseAudit("DA-0101"), plan.isComplete(audit) else {
            let left = day.caseAudit("DA-0101").map { audit in plan.caseSteps(audit).filter { !plan.isDone($0) } } ?? []
            throw Failure(description: "case DA-0101 is not complete after the walkthrough; left: \(left)\n\(result.stdout.suffix(1500))")
        }
        // Every line went to DA-0101: nothing of case 2 was answered.
        if let second = day.caseAudit("DA-0102"), !second.answers.filter({ $0.key.agency == nil || !$0.key.question.hasPrefix("return") }).isEmpty {
            throw Failure(description: "the walkthrough has more lines than case DA-0101 asked: some went to DA-0102")
        }
        return Figures(
            prompts: answers.count, structuredKeys: answers.map(\.structuredKeys).reduce(0, +), returnsOffered: returnsOffered,
            folder: dayFolder, output: result.stdout
        )
    }

    /// The prompt the day was waiting at when its input ended: the last line
    /// before the "Everything is saved" hint (and the line before it, for a
    /// long answer's `›`).
    static func pendingPrompt(_ output: String) -> String {
        var lines = output.components(separatedBy: "\n")
        if let hint = lines.lastIndex(where: { $0.contains("Everything is saved") }) { lines = Array(lines[..<hint]) }
        lines = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return lines.suffix(2).joined(separator: "\n")
    }

    /// What the long-form record holds and the short-form one lacks or holds
    /// differently, for case `ref` of two day folders: answers, agreed grades, action points
    /// and concerns. Empty when nothing was lost.
    public static func lost(short: String, long: String, ref: String = "DA-0101") throws -> [String] {
        let shortCase = DayFold.fold(try SessionStore.readDay(short)).caseAudit(ref)
        let longCase = DayFold.fold(try SessionStore.readDay(long)).caseAudit(ref)
        guard let shortCase, let longCase else { return ["case \(ref) is missing"] }
        var lost: [String] = []
        for (key, answer) in longCase.answers where shortCase.answers[key]?.value != answer.value {
            lost.append("\(key.question)\(key.agency.map { " (\($0))" } ?? ""): \(answer.value?.summary ?? "none") against \(shortCase.answers[key]?.value?.summary ?? "none")")
        }
        for (key, _) in shortCase.answers where longCase.answers[key] == nil {
            lost.append("\(key.question)\(key.agency.map { " (\($0))" } ?? ""): answered only in the short form")
        }
        for (domain, grade) in longCase.agreedGrades {
            let other = shortCase.agreedGrades[domain]
            if other?.level != grade.level || other?.rationale != grade.rationale {
                lost.append("grade \(domain): \(grade.level) '\(grade.rationale)' against \(other.map { "\($0.level) '\($0.rationale)'" } ?? "none")")
            }
        }
        if longCase.actions.map(\.fields) != shortCase.actions.map(\.fields) { lost.append("action points differ") }
        if longCase.concerns.map(\.fields) != shortCase.concerns.map(\.fields) { lost.append("concerns differ") }
        if longCase.skipped != shortCase.skipped { lost.append("skipped questions differ") }
        return lost.sorted()
    }

    /// The targets of issue 17 for case DA-0101, once each agency section
    /// offers the agency's return in one question.
    public static let targetPrompts = 40
    public static let targetKeys = 120

    /// Both walkthroughs, their figures, what the short form lost, and
    /// whether the targets are met (nil: the returns are not offered by
    /// this maca, so the targets do not apply yet).
    public static func measure(maca: String) throws -> (short: Figures, long: Figures, lost: [String], met: Bool?) {
        let shortSessions = try TemporaryFolder("maca-walk-short"), longSessions = try TemporaryFolder("maca-walk-long")
        // The two days' folders share their name, in two sessions folders.
        defer { shortSessions.remove(); longSessions.remove() }
        let short = try run(maca: maca, caseFile: "\(folder)/short.txt", sessions: shortSessions.path)
        let long = try run(maca: maca, caseFile: "\(folder)/long.txt", sessions: longSessions.path)
        var lost = try PromptWalkthrough.lost(short: short.folder, long: long.folder)
        // And the readable record, as `maca show` prints it: every line of the
        // long form's DA-0101 is in the short form's.
        func shown(_ folder: String) throws -> [String] {
            let text = try MACATestSupport.run(
                maca, ["show", "--sessions", FilePaths.parent(of: folder), (folder as NSString).lastPathComponent],
                environment: IsolatedHome.shared.environment, in: packageRoot
            ).stdout
            let own = text.components(separatedBy: "\n## Case ").first { $0.hasPrefix("DA-0101") } ?? ""
            return own.components(separatedBy: "\n").filter { !$0.isEmpty }
        }
        let shortShown = Set(try shown(short.folder))
        let longShown = try shown(long.folder)
        if longShown.isEmpty { lost.append("maca show printed no case DA-0101") }
        lost += longShown.filter { !shortShown.contains($0) }.map { "maca show: '\($0)' only in the long form's record" }
        let met = short.returnsOffered ? short.prompts <= targetPrompts && short.structuredKeys <= targetKeys && lost.isEmpty : nil
        return (short, long, lost, met)
    }

    /// The figures as `Scripts/prompt-count` prints them.
    public static func report(_ measured: (short: Figures, long: Figures, lost: [String], met: Bool?)) -> String {
        var lines = [
            "Walkthrough: domestic abuse, case DA-0101: 3 agencies involved (one added on the day), each returned first; 1 action point; no concern.",
            "Agencies' returns offered at each agency section: \(measured.short.returnsOffered ? "yes" : "no")",
            String(format: "  %-44@ %3d prompts  %4d structured keys", "short form (Scripts/walkthrough/short.txt)" as NSString, measured.short.prompts, measured.short.structuredKeys),
            String(format: "  %-44@ %3d prompts  %4d structured keys", "long form (Scripts/walkthrough/long.txt)" as NSString, measured.long.prompts, measured.long.structuredKeys),
            measured.lost.isEmpty ? "No information lost: the short form's record of DA-0101 (its fold and maca show) holds every answer of the long form's."
                : "Information lost against the long form:\n" + measured.lost.map { "  " + $0 }.joined(separator: "\n"),
        ]
        switch measured.met {
        case true?: lines.append("targets met: at most \(targetPrompts) prompts and \(targetKeys) structured keys, nothing lost")
        case false?: lines.append("target missed: at most \(targetPrompts) prompts and \(targetKeys) structured keys, nothing lost")
        case nil: lines.append("targets (\(targetPrompts) prompts, \(targetKeys) keys) apply once the agency sections offer the returns; this maca does not")
        }
        return lines.joined(separator: "\n")
    }
}
