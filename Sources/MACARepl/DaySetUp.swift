import Foundation
import MACAKit

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
        func read(_ prompt: String) -> String? {
            switch reader.readLine(prompt: console.prompt(prompt)) {
            case let .line(text): return text.trimmingCharacters(in: .whitespaces)
            case .end: return nil
            }
        }
        while true {
            guard let answer = read("Date of the audit day [\(today)] ") else { return nil }
            if answer.isEmpty { break }
            switch AnswerParser.date(answer, today: today) {
            case let .success(parsed): date = parsed
            case let .failure(problem):
                console.problem(problem.message)
                continue
            }
            break
        }
        while area.isEmpty {
            guard let answer = read("Partnership or area" + (partnership.map { " [\($0)] " } ?? " ")) else { return nil }
            area = answer.isEmpty ? partnership ?? "" : answer
            if area.isEmpty { console.problem("name the partnership or area the audit is for") }
            // The area is free text in the day's first record: guarded like any other.
            let found = IdentifierGuard(for: AuditDay(), privacy: privacy).scan(area)
            if !found.isEmpty {
                console.problem("that looks like it holds \(found.map(\.kind.described).joined(separator: ", ")): name the partnership or area, never a child's address or details")
                area = ""
            }
        }
        while true {
            guard let answer = read("Facilitator" + (name.isEmpty ? " " : " [\(name)] ")) else { return nil }
            if !answer.isEmpty { name = answer }
            if !name.isEmpty { break }
            console.problem("name the facilitator (role or name, as your partnership records it)")
        }
        return DaySetUp(date: date, area: area, facilitator: name)
    }
}
