import ArgumentParser
import Foundation
import MACAKit

struct ReturnsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check a filled return and add it to the day as that auditor's journal.",
        discussion: "A form with any problem is refused whole (exit 65), each problem as file:line: message; nothing is imported."
    )

    @OptionGroup var sessions: SessionFolder

    @Argument(help: ArgumentHelp("The filled return.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Flag(name: .long, help: "Replace likely identifiers in the return's answers with placeholders, instead of refusing it.")
    var redact = false

    func run() throws {
        try reportingErrors {
            let text = try TextFile.read(file, what: "return form")
            // The form names its day; find it in the sessions folder.
            guard let folderName = ReturnForm.dayFolder(in: text), !folderName.isEmpty else {
                throw FileProblems([FileProblem(file: file, line: nil, message: "the form has no 'day-folder': use a form written by 'maca returns form'")])
            }
            let store = try sessions.store()
            let folder = try store.folder(of: folderName, toWrite: .returns)
            let (template, day) = try ReturnJournal.day(in: folder, signer: store.signer, witness: store.witness)
            let filled = try ReturnForm.read(text, file: file, day: day, template: template)
            let agency = try ReturnJournal.agency(filled.agency, of: day, template: template)
            // The same guard as at the keyboard, over every event the form makes:
            // an identifier is refused (nothing imported), or replaced with --redact;
            // either way each is named by the form's line, the case and field, and its kind.
            let guardian = try IdentifierGuard(checking: day, privacy: try Partnership.guardSettings())
            let events = ReturnForm.events(filled, day: DayFold.fold(try SessionStore.readDay(folder, signer: store.signer)))
            let guarded = ReturnForm.guarded(events, filled: filled, text: text, file: file, guard: guardian)
            if !guarded.problems.isEmpty {
                guard redact else {
                    let count = guarded.problems.count
                    throw FileProblems(guarded.problems + [FileProblem(
                        file: file, line: nil,
                        message: "nothing was imported: \(count == 1 ? "1 likely identifier" : "\(count) likely identifiers") in the return; "
                            + "take \(count == 1 ? "it" : "them") out of the form, or import it with --redact to replace each with a placeholder such as \(guarded.placeholders[0])"
                    )])
                }
                for (problem, placeholder) in zip(guarded.problems, guarded.placeholders) {
                    printWarning("\(problem.description); replaced with \(placeholder)")
                }
            }
            let choices = guarded.kinds
            try guardian.checkedPersonName(filled.auditor, field: "the form's auditor", origin: file)
            let (journal, _) = try ReturnJournal.open(in: folder, day: day, agency: agency, auditor: filled.auditor, signer: store.signer)
            for (index, event) in guarded.redacted.enumerated() {
                if let kinds = choices[index] {
                    try journal.append(.identifierChoice(IdentifierChoice(key: IdentifierChoice.key(for: event), kinds: kinds, replaced: true)), author: filled.auditor)
                }
                try journal.append(event, author: filled.auditor)
            }
            printText("Imported the \(agency.name) return by \(filled.auditor): \(Plural.of(events.count, "record")) into \(journal.path)")
        }
    }
}
