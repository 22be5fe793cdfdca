import Foundation
import MACAKit

extension FacilitatorSession {
    /// `:recommend`: a partnership recommendation from today's findings, asked
    /// field by field, each checked as SMART when it is typed, then guarded
    /// like any free text and kept in the tracker's journals beside the
    /// action points' progress (as `maca recommend add` does). `:back` goes
    /// to the field before; `:skip`, `:quit`, the end of input, or `:back`
    /// at the first field saves nothing.
    func recommend() throws {
        guard returnAgency == nil else {
            console.problem("recommendations are the partnership's: the facilitator adds them, or 'maca recommend add'")
            return
        }
        let today = day.date ?? Timestamp.localDay(Date())
        console.note("A partnership recommendation, SMART: what the partnership will do, its owner, a due date, its measure of success and its resources. :skip leaves it, saving nothing.")
        let prompts: [Recommendations.Field: String] = [
            .text: "Recommendation: ", .owner: "Owner (a role or group): ", .due: "Due (yyyy-mm-dd): ",
            .measure: "Measure of success: ", .resources: "Resources ('none needed' if none): ",
        ]
        var values: [Recommendations.Field: String] = [:]
        let fields = Recommendations.Field.allCases
        var index = 0
        fieldLoop: while index < fields.count {
            let field = fields[index]
            while values[field] == nil {
                guard case let .line(line) = reader.readLine(prompt: prompts[field] ?? "") else {
                    console.note("No recommendation was saved.")
                    return
                }
                let typed = line.trimmingCharacters(in: .whitespaces)
                // :back goes to the field before, its text put back on the line to mend, as in an action point;
                // at the first field it leaves, as :skip and :quit do at any.
                if typed.lowercased() == ":back", index > 0 {
                    index -= 1
                    if let earlier = values.removeValue(forKey: fields[index]) { reader.offerAgain(earlier) }
                    continue fieldLoop
                }
                if [":skip", ":quit", ":back"].contains(typed.lowercased()) {
                    console.note("No recommendation was saved.")
                    return
                }
                if typed.hasPrefix(":") {
                    let name = String(typed.prefix { $0 != " " }).lowercased()
                    if [":skip", ":quit", ":back"].contains(name), let command = SessionCommand(rawValue: String(name.dropFirst())) {
                        console.problem(SessionCommand.trailingText(command, String(typed.dropFirst(name.count)).trimmingCharacters(in: .whitespaces)))
                    } else {
                        console.problem("'\(typed)' is not taken in a recommendation: :skip, :quit or :back leave it, saving nothing; other commands wait until it is saved")
                    }
                    continue
                }
                if let problem = Recommendations.problem(field, typed, today: today) {
                    console.problem(problem.message)
                    // Put back on the line to mend, not lost (issue 15).
                    reader.offerRefused(typed)
                } else {
                    values[field] = typed
                }
            }
            index += 1
        }
        let draft = RecommendationMade(
            id: "", theme: template.id, text: values[.text] ?? "", owner: values[.owner] ?? "", due: values[.due] ?? "",
            measure: values[.measure] ?? "", resources: values[.resources] ?? "", status: .amber, by: author
        )
        // The guard's prompt, as for any answer, without keep: a recommendation goes straight to the
        // board, where a kept identifier would only be refused after every field was typed (issue 15).
        guard case let .recommendationMade(checked)? = try guardedEvent(.recommendationMade(draft), canKeep: false) else { return }
        let store = SessionStore(directory: FilePaths.parent(of: folder), signer: journal.signer)
        do {
            let (entry, _) = try Recommendations.add(
                store, theme: checked.theme, text: checked.text, owner: checked.owner, due: checked.due, measure: checked.measure,
                resources: checked.resources, by: author, today: today, privacy: privacy
            )
            console.saved("saved: \(entry.made.id), \(entry.status.rawValue), due \(entry.made.due) (maca recommend list shows it)")
        } catch let refused as Redaction.Refused {
            // A field edited at the guard's prompt that is no longer SMART: said, never the end of the day.
            console.problem(refused.message)
        } catch let found as IdentifiersFound {
            console.problem("\(found.findings.map(\.message).joined(separator: "; ")): a recommendation goes to the board, so an identifier cannot be kept in it; nothing was saved")
        }
    }
}
