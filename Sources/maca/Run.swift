import ArgumentParser
import Foundation
import MACAKit
import MACARepl

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Start a new audit day and run it, question by question.",
        discussion: """
            In a terminal, maca asks each question with line editing, tab completion and in-memory \
            history (never written to a file). With standard input from a file or pipe, it reads the \
            answers line by line, so a whole day can be scripted. Every answer is saved before the next \
            question; ':quit' leaves and 'maca resume' carries on.
            """
    )

    @OptionGroup var templates: TemplateFolder
    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("The template's id, e.g. neglect.", valueName: "id"), completion: Completions.templates)
    var template: String

    @Option(name: .long, help: ArgumentHelp("The facilitator, offered as the default.", valueName: "name"))
    var facilitator: String?

    @OptionGroup var selection: CaseSelectionOptions

    func run() throws {
        try reportingErrors {
            // The day's answers are in this process's memory: never in a core dump.
            OwnerOnlyFiles.disableCoreDumps()
            let config = try Partnership.config()
            let template = try templates.library().template(id: self.template)
            let candidates = try selection.candidateList(for: template)
            var reader = makeLineReader()
            let console = Console()
            guard let setUp = DaySetUp.ask(template: template, facilitator: facilitator, partnership: config.partnership, reader: &reader, console: console, privacy: try Partnership.guardSettings()) else {
                console.say("Input ended before the day began; nothing was saved.")
                return
            }
            let journal = try sessions.store().startDay(template: template, date: setUp.date, area: setUp.area, facilitator: setUp.facilitator)
            console.saved("saved: the day is \(journal.path)")
            let session = FacilitatorSession(
                template: template, journal: journal, reader: reader, console: console, candidates: candidates,
                seed: selection.sampleSeed,
                carryOn: "maca resume \(try sessions.optionForHints())\(URL(fileURLWithPath: journal.path).deletingLastPathComponent().lastPathComponent)",
                invited: config.agencies, privacy: try Partnership.guardSettings(),
                nameRegistry: try Partnership.nameRegistry(), keysFolder: Partnership.environment.keysFolder, witness: try Partnership.witness()
            )
            try session.run()
        }
    }
}
