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
            let folder = try store.folder(of: folderName)
            let (template, day) = try ReturnJournal.day(in: folder, signer: store.signer, witness: store.witness)
            var filled = try ReturnForm.read(text, file: file, day: day, template: template)
            // The same check as at the keyboard: an identifier is refused, or replaced with --redact.
            let guardian = IdentifierGuard(for: day, references: try Partnership.config().referencePatterns)
            var choices: [AnswerKey: [String]] = [:]
            for (index, answer) in filled.answers.enumerated() {
                guard let value = answer.value else { continue }
                let found = guardian.scan(value)
                guard !found.isEmpty else { continue }
                choices[answer.key] = found.map(\.kind.rawValue)
                filled.answers[index].value = guardian.redact(value, findings: found)
            }
            if !choices.isEmpty {
                let messages = choices.keys.sorted().map { "case \($0.ref), \($0.question): looks like it holds \(choices[$0]!.joined(separator: ", "))" }
                guard redact else {
                    throw FileProblems(messages.map { FileProblem(file: file, line: nil, message: $0) }
                        + [FileProblem(file: file, line: nil, message: "nothing was imported: remove the identifiers, or import with --redact")])
                }
                messages.forEach { printWarning("\(file): \($0); replaced with a placeholder") }
            }
            let agency = try ReturnJournal.agency(filled.agency, of: day, template: template)
            let (journal, _) = try ReturnJournal.open(in: folder, day: day, agency: agency, auditor: filled.auditor, signer: store.signer)
            let events = ReturnForm.events(filled, day: DayFold.fold(try SessionStore.readDay(folder, signer: store.signer)))
            for event in events {
                if case let .answerGiven(given) = event, let kinds = choices[given.key] {
                    try journal.append(.identifierChoice(IdentifierChoice(key: given.key, kinds: kinds, replaced: true)), author: filled.auditor)
                }
                try journal.append(event, author: filled.auditor)
            }
            printText("Imported the \(agency.name) return by \(filled.auditor): \(events.count) records into \(journal.path)")
        }
    }
}
