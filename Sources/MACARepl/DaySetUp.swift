import Foundation
import MACAKit

/// What `:help` lists before the day is open: nothing is saved until then.
let setUpHelp = [
    "?                   guidance for this question",
    ":help               these commands",
    ":draft              the line Ctrl-C cleared, back on the line to edit (Up does too)",
    ":quit               leave; nothing is saved until these three questions are answered",
    "The day's other commands (:back, :skip, :show, :goto …) work once the day is open.",
]

/// The first questions of a new day, asked before its folder exists.
public struct DaySetUp: Sendable {
    public var date: String
    public var area: String
    public var facilitator: String

    /// Asks the date, the partnership and the facilitator; nil if input ended.
    /// `partnership` (from the config) is offered as the default.
    public static func ask(
        template: AuditTemplate, facilitator: String?, partnership: String? = nil, reader: inout any LineReader, console: Console,
        privacy: GuardSettings = GuardSettings()
    ) -> DaySetUp? {
        console.heading("maca · \(template.title) (\(template.id) v\(template.version)) · a new audit day")
        console.note("Every answer is saved as soon as it is given. :help lists commands; ? shows guidance.")
        let today = Timestamp.localDay(Date())
        var date = today, area = "", name = facilitator ?? ""
        /// One answer; `?`, `:help`, `:draft` and `:quit` work here as at every later prompt.
        func read(_ prompt: String, guidance: String) -> String? {
            while true {
                switch reader.readLine(prompt: console.prompt(prompt)) {
                case let .line(text):
                    let answer = text.trimmingCharacters(in: .whitespaces)
                    guard answer == "?" || answer.hasPrefix(":") else { return answer }
                    switch answer.lowercased() {
                    case "?":
                        console.say("  " + guidance)
                    case ":help":
                        setUpHelp.flatMap { $0.hasPrefix("The day") ? ["  " + $0] : SessionCommand.helpLines($0, width: console.width) }.forEach { console.say($0) }
                    case ":quit":
                        return nil
                    case ":draft":
                        recallDraft(reader: &reader, console: console)
                    default:
                        let name = String(answer.prefix { $0 != " " })
                        if [":help", ":quit", ":draft"].contains(name.lowercased()), let command = SessionCommand(rawValue: String(name.dropFirst()).lowercased()) {
                            console.problem(SessionCommand.trailingText(command, String(answer.dropFirst(name.count)).trimmingCharacters(in: .whitespaces)))
                        } else if SessionCommand.names.contains(name.lowercased()) {
                            console.problem("\(name) works once the day is open, after these three questions; here: ?, :help, :draft, :quit")
                        } else if let near = SessionCommand.nearest(String(name.dropFirst())) {
                            // A slip for a command, named as the day's prompts name it (`:hlep`, `:sectoins`).
                            let here: [SessionCommand] = [.help, .quit, .draft]
                            console.problem("'\(answer)' is not a command: did you mean :\(near.rawValue)?"
                                + (here.contains(near) ? " Nothing was done; :help lists them" : " It works once the day is open; here: ?, :help, :draft, :quit"))
                        } else {
                            console.problem("'\(answer)' is not a command: :help lists them")
                        }
                    }
                case .end:
                    // Ctrl-D at a terminal asks once; the end of piped input ends it.
                    if !reader.isInteractive || Leaving.confirmed("Leave without starting the day? Nothing is saved yet. (Ctrl-D again or yes leaves) [no] ", reader: &reader, console: console) {
                        return nil
                    }
                }
            }
        }
        while true {
            guard let answer = read("Date of the audit day [\(today)] ", guidance: "The day the cases are audited, as 2026-11-20 or 20/11/2026; Enter takes today. It names the day's folder and dates its action points.") else { return nil }
            if answer.isEmpty { break }
            switch AnswerParser.date(answer, today: today) {
            case let .success(parsed): date = parsed
            case let .failure(problem):
                console.problem(problem.message)
                reader.offerRefused(answer)
                continue
            }
            break
        }
        while area.isEmpty {
            guard let answer = read("Partnership or area" + (partnership.map { " [\($0)] " } ?? " "), guidance: "The safeguarding children partnership or area the audit is for, as the board paper should name it (for example Exampleshire Safeguarding Children Partnership). Never a child's address.") else { return nil }
            area = answer.isEmpty ? partnership ?? "" : answer
            if area.isEmpty { console.problem("name the partnership or area the audit is for") }
            // The area is free text in the day's first record: guarded like any other.
            let found = IdentifierGuard(for: AuditDay(), privacy: privacy).scan(area)
            if !found.isEmpty {
                console.problem("that looks like it holds \(found.map(\.kind.described).joined(separator: ", ")): name the partnership or area, never a child's address or details")
                reader.offerRefused(area)
                area = ""
            }
        }
        while true {
            guard let answer = read("Facilitator" + (name.isEmpty ? " " : " [\(name)] "), guidance: "Who runs the day: a role (such as Quality lead) is best; a name is accepted, never a child's or family member's. It is recorded as the author of the day's answers and in record.md.") else { return nil }
            if !answer.isEmpty { name = answer }
            guard !name.isEmpty else {
                console.problem("name the facilitator (role or name, as your partnership records it)")
                continue
            }
            // The author of every record of the day, and in record.md: a role or the facilitator's own name,
            // never a registered child's or family member's name or another identifier (issue 15).
            do {
                try IdentifierGuard(for: AuditDay(), privacy: privacy).checkedPersonName(name, field: "the facilitator", origin: "facilitator")
            } catch {
                let kinds = error.findings.map(\.finding.kind.described).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                console.problem("that looks like it holds \(kinds.joined(separator: ", ")): give the facilitator's role (preferred) or own name")
                name = ""
                continue
            }
            break
        }
        return DaySetUp(date: date, area: area, facilitator: name)
    }
}
