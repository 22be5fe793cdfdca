import ArgumentParser
import Foundation
import MACAKit

struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "List the audit days past the partnership's retention period; with --delete, delete them and record it in the register.",
        discussion: """
            A day is kept for retention-months (the partnership's config; 'maca init' asks for it) after its \
            date, and is past its retention period the day after that. Both day folders and archived days \
            (DAY.age, dated from inside with the archive key or --identity, else by their name) are listed, \
            with the date each was kept until and how long ago that was. Without retention-months in the \
            config, nothing is listed and the exit status is 0.

            With --delete, each day past its retention period is recorded in the register (a day-deleted \
            record in the register's journal in sessions/actions/: the day, its date, theme and cases, the \
            period, who deleted it and when), then removed. 'maca register' lists it from then on as deleted. \
            At a terminal it asks first, and the answer must be 'delete N'; otherwise --yes is needed (exit \
            64 without it, nothing deleted). An open or reopened day is never deleted: it is named and kept, \
            and the exit status is 65. A day that does not verify is deleted all the same, and said so. \
            Files are unlinked, not overwritten: see Documentation/Privacy.md for what that leaves on disk.
            """
    )

    @OptionGroup var sessions: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

    @Option(name: .long, help: ArgumentHelp("The date retention is judged on (default: today).", valueName: "date"))
    var today: String?

    @Flag(name: .long, help: "Delete the days past their retention period, after recording each in the register.")
    var delete = false

    @Flag(name: .long, help: "With --delete: do not ask (needed when standard input is not a terminal).")
    var yes = false

    @Option(name: .long, help: ArgumentHelp("With --delete: who deletes them (role or name), recorded in the register.", valueName: "name"))
    var by: String = "quality sub-group"

    func validate() throws {
        try validateDates(today)
        if yes && !delete { throw ValidationError("--yes confirms a deletion: use it with --delete") }
        if delete && !yes && isatty(STDIN_FILENO) != 1 {
            throw ValidationError("maca retention --delete asks before deleting, and standard input is not a terminal: add --yes to delete without asking")
        }
    }

    func run() throws {
        try reportingErrors {
            // Who deletes is kept in the register: a name or role, never an identifier.
            if delete {
                try IdentifierGuard(for: AuditDay(), privacy: try Partnership.guardSettings())
                    .checkedPersonName(by, field: "who deletes (--by)", origin: "maca retention")
            }
            let store = try sessions.existingStore()
            guard let months = try Partnership.config().retentionMonths else {
                printNote(
                    "No retention period is set, so no day is listed as past it: add 'retention-months: N' (the months a day is kept after its date) "
                        + "to \(Partnership.environment.configFile), or run 'maca init', which asks for it." + (delete ? " Nothing was deleted." : "")
                )
                return
            }
            let today = today ?? Timestamp.localDay(Date())
            let survey = try DayRetention.survey(store, months: months, today: today, identities: try keys.identities())
            list(survey, store: store)
            guard delete else {
                if !survey.deletable.isEmpty || !survey.interrupted.isEmpty {
                    let date = self.today.map { "--today \($0) " } ?? ""
                    printText("To delete \(survey.deletable.count == 1 ? "it" : "them"): maca retention \(try sessions.optionForHints())\(date)--delete")
                }
                return
            }
            for path in try DayRetention.finishInterrupted(store) {
                printText("Finished removing \(path), recorded in the register as deleted by an earlier run that stopped")
            }
            try deleteDays(survey, store: store, months: months, today: today)
        }
    }

    private func list(_ survey: DayRetention.Survey, store: SessionStore) {
        printText("Retention period: \(survey.months) month\(survey.months == 1 ? "" : "s") after each day's date (retention-months in \(Partnership.environment.configFile)); judged on \(survey.today), in \(store.described).")
        if survey.past.isEmpty {
            printText("No day is past its retention period.")
        } else {
            let width = survey.past.map(\.name.count).max() ?? 0
            printText("Past their retention period (\(survey.past.count)):")
            for day in survey.past {
                let keepUntil = day.keepUntil ?? ""
                let name = day.name.padding(toLength: width, withPad: " ", startingAt: 0)
                var line = "  \(name)  \(day.date ?? "")  kept until \(keepUntil)  past it by \(DayRetention.span(from: keepUntil, to: survey.today))"
                if day.archived { line += "  (archived)" }
                if day.datedByName { line += "  (dated by its name)" }
                if let recorded = survey.recorded.first(where: { $0.folder == day.name }) {
                    line += "  (recorded as deleted by \(recorded.by); not yet removed)"
                }
                printText(line)
                if let refusal = day.refusal { printText("    kept: \(refusal)") }
                if let warning = day.warning { printText("    note: \(warning)") }
            }
        }
        for path in survey.interrupted {
            printText("Being deleted when a run stopped: \(path) (recorded in the register already; 'maca retention --delete' finishes removing it)")
        }
        if let next = survey.within.first, let keepUntil = next.keepUntil {
            let count = survey.within.count
            printText("Within their retention period: \(count) day\(count == 1 ? "" : "s"); the first to pass it is \(next.name), kept until \(keepUntil).")
        }
        for day in survey.undated {
            printText("Kept, its date unknown: \(day.name)" + (day.refusal.map { " (\($0))" } ?? " (neither its journals nor its name give a date)"))
        }
    }

    private func deleteDays(_ survey: DayRetention.Survey, store: SessionStore, months: Int, today: String) throws {
        let days = survey.deletable
        if days.isEmpty {
            printText("Nothing to delete.")
        } else if !yes {
            let count = days.count == 1 ? "this day" : "these \(days.count) days"
            printText("Delete \(count)? The register keeps a record of each; the days themselves cannot be brought back. Type 'delete \(days.count)' to confirm: ", terminator: "")
            fflush(nil)  // every stream: the question must show before the answer is read
            guard readLine()?.trimmingCharacters(in: .whitespaces) == "delete \(days.count)" else {
                printText("Nothing deleted.")
                return
            }
        }
        var refused = survey.refused.map { RetentionError.refused(path: $0.path, reason: $0.refusal ?? "") }
        for day in days {
            do {
                let deleted = try DayRetention.delete(day, store: store, months: months, today: today, by: by)
                let recorded = deleted.recordedEarlier ? "recorded in the register by an earlier run" : "recorded in the register"
                printText("Deleted \(day.name) (\(day.archived ? "archived day" : "day folder"), \(deleted.record.date), kept until \(deleted.record.keepUntil)): \(recorded), then removed")
                if day.condition == DayDeleted.damaged { printWarning("\(day.name) did not verify; it was deleted all the same, and the register says so") }
                if day.condition == DayDeleted.notOpened {
                    printWarning("\(day.name) could not be opened here, so it was not verified; it was deleted all the same, and the register says so")
                }
            } catch let error as RetentionError {
                refused.append(error)
            }
        }
        guard !refused.isEmpty else { return }
        refused.forEach { printError($0.description) }
        throw ExitCode(ExitStatus.data.rawValue)
    }
}
