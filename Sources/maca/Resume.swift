import ArgumentParser
import Foundation
import MACAKit
import MACARepl

struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "List unfinished audit days, or carry one on at the question where it stopped.",
        discussion: "With no day: lists the unfinished days with the time of their last answer, and carries on the only one, or the one you choose."
    )

    @OptionGroup var templates: TemplateFolder
    @OptionGroup var sessions: SessionFolder

    @Argument(help: ArgumentHelp("The day to carry on: its folder name, or a path.", valueName: "day"), completion: Completions.days)
    var day: String?

    @OptionGroup var selection: CaseSelectionOptions

    func run() throws {
        try reportingErrors {
            // The day's answers are in this process's memory: never in a core dump.
            OwnerOnlyFiles.disableCoreDumps()
            var reader = makeLineReader()
            let console = Console()
            let folder: String
            if let day {
                folder = try sessions.store().folder(of: day, toWrite: .resume)
            } else {
                let store = try sessions.existingStore()
                let unfinished = try UnfinishedDays.list(store)
                // A damaged day cannot be carried on, but it is never hidden.
                let damaged = try UnfinishedDays.damaged(store)
                if !damaged.isEmpty {
                    console.warn("Damaged unfinished days, which cannot be carried on until they are mended ('maca verify DAY' says more):")
                    damaged.forEach { console.say("  \($0.name): \($0.problem)") }
                }
                guard !unfinished.isEmpty else {
                    console.say("No unfinished audit days\(damaged.isEmpty ? "" : " that can be carried on") in \(store.described).")
                    if !damaged.isEmpty { throw ExitCode(ExitStatus.data.rawValue) }
                    return
                }
                console.say("Unfinished audit days:")
                for (index, day) in unfinished.enumerated() {
                    console.say("  \(index + 1). \(day.name)  \(day.title), \(day.cases) case\(day.cases == 1 ? "" : "s"), last answer \(day.lastAnswer)")
                }
                if unfinished.count == 1 {
                    folder = unfinished[0].folder
                } else {
                    let names = unfinished.map { Choice(id: $0.name, label: $0.name) }
                    var chosen: String?
                    while reader.isInteractive, chosen == nil, case let .line(choice) = reader.readLine(prompt: "Which day? (a number or a name) ") {
                        let typed = choice.trimmingCharacters(in: .whitespaces)
                        if let problem = AnswerParser.numberProblem(typed, options: names, names: "a day's name") {
                            console.problem(problem.message)
                            continue
                        }
                        switch AnswerParser.match(typed, in: names, what: "day listed above") {
                        case let .success(day): chosen = day.id
                        case let .failure(problem): console.problem(problem.message)
                        }
                    }
                    guard let chosen, let day = unfinished.first(where: { $0.name == chosen }) else {
                        throw UsageProblem("\(unfinished.count) days are unfinished: name one, as in maca resume \(unfinished[0].name)")
                    }
                    folder = day.folder
                }
            }
            let path = SessionStore.journalPath(in: folder, writer: SessionStore.facilitatorWriter)
            let signer = try Partnership.signer()
            let witness = try Partnership.witness()
            // A day whose journals do not verify together (a seal removed, a
            // journal copied, renamed or unsigned in a signed day) is not carried on.
            let verification = try DayVerification.check(folder: folder, signer: signer, witness: witness)
            if !verification.dayProblems.isEmpty { throw JournalError.dayFails(verification.dayProblems) }
            let (journal, recovery) = try JournalWriter.open(path: path, signer: signer)
            if let aside = recovery.tornRecordMovedTo {
                console.warn("The last record (line \(recovery.tornLine ?? 0)) was cut off by a crash and never saved; its bytes are kept in \(aside).")
            }
            if let mode = recovery.tightenedFrom {
                console.warn("\(path) could be read by others (mode \(String(mode, radix: 8))); it is owner-only (600) again.")
            }
            let day = DayFold.fold(records: [journal.records])
            if day.isClosed, try DayRecord.restoreIfMissing(folder: folder, signer: signer, witness: witness) {
                console.warn("\(folder)/record.md was missing; it was written again from the journals.")
            }
            guard !day.isClosed else {
                throw UsageProblem("\(folder): this day is closed, so there is nothing to resume; 'maca show \((folder as NSString).lastPathComponent)' prints its record")
            }
            guard let stamp = day.template else {
                throw JournalError.damaged([JournalDamage(path: path, line: 1, message: "the journal does not open a day")])
            }
            let template = try TemplateLoader.parse(stamp.source, file: "\(path) (its template \(stamp.id) v\(stamp.version))")
            try templates.noteDifference(from: template, console: console)
            let candidates = try selection.candidateList(for: template)
            console.heading("maca · \(template.title) · \(day.date ?? "") · \(day.area ?? "")")
            let session = FacilitatorSession(
                template: template, journal: journal, reader: reader, console: console, candidates: candidates,
                seed: selection.sampleSeed,
                carryOn: "maca resume \(try sessions.optionForHints())\((folder as NSString).lastPathComponent)",
                invited: try Partnership.config().agencies, privacy: try Partnership.guardSettings(for: [day]),
                nameRegistry: try Partnership.nameRegistry(), keysFolder: Partnership.environment.keysFolder,
                witness: witness
            )
            try session.run()
        }
    }
}
