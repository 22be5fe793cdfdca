import ArgumentParser
import Foundation
import MACAKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Collate audit days of a theme into the quality sub-group's theme report.",
        discussion: """
            Every day is verified first: a damaged day stops the report unless --skip-invalid leaves it \
            out (it is then listed in the data-quality appendix). The same day found twice is counted once. \
            Days of the theme dated before --from are the previous audit it is compared with. Archived days \
            (DAY.age, from 'maca archive') are read too, opened in memory with the partnership's archive key or \
            --identity; one that cannot be opened stops the report (exit 65) unless --skip-invalid. Writes \
            Markdown, a self-contained HTML board paper with charts (printable on A4) and a CSV \
            action tracker, owner-readable only, into --out; --format docx also writes the board paper as a \
            Word document (A4, the marking on every page, Word's heading styles, charts with alt text). \
            Counts of cases from 1 to below the threshold read <5, and a count hidden so that a smaller \
            one cannot be worked out reads [c], the same everywhere in the paper (Documentation/SmallNumbers.md). The case-by-case table is not in the \
            board paper: --annex writes it to a separate, restricted annex.
            """
    )

    @OptionGroup var sessions: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

    @Option(name: .long, help: ArgumentHelp("The theme: a template id, e.g. neglect.", valueName: "id"), completion: Completions.templates)
    var theme: String

    @Option(name: .long, help: ArgumentHelp("The first audit date in the report (yyyy-mm-dd).", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The last audit date in the report (yyyy-mm-dd).", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the report.", valueName: "dir"), completion: .directory)
    var out: String = "reports"

    @Option(name: .long, help: ArgumentHelp("Formats, comma-separated: md, html, docx, csv, briefing (the one-page learning briefing, as HTML and Markdown, and Word with docx).", valueName: "formats"), completion: .list(["md", "html", "docx", "csv", "briefing", "md,html,csv", "md,html,docx,csv,briefing"]))
    var format: String = "md,html,csv"

    @Option(name: .long, help: ArgumentHelp("The production date printed in the report (default: today), for a reproducible report.", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The paper's version on its cover sheet, e.g. \"2 (final)\"; 1.0 if not given.", valueName: "text"))
    var paperVersion: String?

    @Flag(name: .long, help: "Leave out damaged days, listing them in the report, instead of stopping.")
    var skipInvalid = false

    @Flag(name: .long, help: "Include days that are not closed yet, marked as unfinished.")
    var includeUnfinished = false

    @Option(name: .long, help: ArgumentHelp("Show counts of cases from 1 to below this as <N, and hide others as [c] where they would let one be worked out (1 turns it off); without it, the config's suppress-below, else 5.", valueName: "n"))
    var suppressBelow: Int?

    @Flag(name: .long, help: "Let others read the report files (0644, folder 0755); by default they are owner-only.")
    var shareable = false

    @Flag(name: .long, help: "Also write the case-by-case table to a restricted annex, NAME-annex.md, for the quality sub-group and not the board; owner-only, even with --shareable.")
    var annex = false

    @Flag(name: .long, help: "Replace each likely identifier in the days' free text with a placeholder, and list them, instead of refusing the report.")
    var redact = false

    @Flag(name: .long, help: "Scan every day's free text for identifiers again, not trusting the report digests kept beside sealed days (they are written afresh).")
    var rescan = false

    @Argument(help: ArgumentHelp("Day folders or archives (DAY.age) to report on (default: every day in the sessions folder, archived or not).", valueName: "day"), completion: Completions.days)
    var days: [String] = []

    var formats: [String] { format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }

    func validate() throws {
        guard (suppressBelow ?? 1) >= 1 else { throw ValidationError("--suppress-below must be 1 (no suppression) or more") }
        if suppressBelow == 2 { throw ValidationError("--suppress-below \(PartnershipConfig.thresholdOfTwo)") }
        if formats.filter({ !$0.isEmpty }).isEmpty { throw ValidationError("--format needs at least one of md, html, docx, csv, briefing") }
        if let paperVersion, paperVersion.trimmingCharacters(in: .whitespaces).isEmpty || paperVersion.contains(where: \.isNewline) || paperVersion.count > 40 {
            throw ValidationError("--paper-version is one line of 1 to 40 characters, e.g. \"2 (final)\"")
        }
        for format in formats where !["md", "html", "docx", "csv", "briefing"].contains(format) {
            throw ValidationError("unknown format '\(format)': use md, html, docx, csv or briefing")
        }
        try validateDates(from, to, date)
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        if out.isEmpty { throw ValidationError("--out needs a folder") }
        // The theme names the report's files: refused here, before anything is read, unless it is an id.
        do { try FileNames.id(theme, what: "theme", origin: nil) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        try reportingErrors {
            let store = try days.isEmpty ? sessions.existingStore() : sessions.store()
            let folders = days.isEmpty ? try ReportInputs.folders(in: store) : try days.map { try store.locate($0).path }
            // Archived days are opened with the identities given and the partnership's archive key.
            let archives = folders.filter(DayArchive.isArchive)
            let identities = archives.isEmpty && keys.identity.isEmpty ? [] : try keys.identities()
            if !archives.isEmpty && identities.isEmpty && !skipInvalid {
                throw ArchiveError.noIdentity(archives: archives, partnershipKey: Partnership.archiveKeyPath)
            }
            // Progress only for a person watching a terminal, and only when there is a wait.
            let showProgress = isatty(STDERR_FILENO) == 1 && folders.count >= 50
            var inputs = try ReportInputs.gather(
                folders: folders, theme: theme, from: from, to: to, skipInvalid: skipInvalid, includeUnfinished: includeUnfinished,
                signer: store.signer, witness: store.witness, identities: identities
            ) { read, total in
                guard showProgress, read % 25 == 0 || read == total else { return }
                FileHandle.standardError.write(Data("\rReading audit days: \(read) of \(total)\(read == total ? "\n" : "")".utf8))
            }
            // What was left out is said even when nothing is left to report, so the reason is never lost.
            for leftOut in inputs.leftOut { printWarning("\(leftOut.folder): left out: \(leftOut.reason)") }
            for duplicate in inputs.duplicates { printWarning("\(duplicate): the same day as another folder; counted once") }
            guard !inputs.days.isEmpty else {
                throw ReportError.noDays(theme: theme, searched: days.isEmpty ? store.described : "the \(days.count) day\(days.count == 1 ? "" : "s") named")
            }
            for day in inputs.days + inputs.previous where day.signatures == .unchecked {
                printWarning("\(day.folder): its records are signed, but the partnership key is not here, so the signatures were NOT checked; the report says so")
            }
            // No identifier reaches a board paper: refuse, or replace and say so.
            let config = try Partnership.config()
            let privacy = try Partnership.guardSettings(for: inputs.days.map(\.day))
            var progress = try ActionRegister.progress(store).mapValues { ThemeReport.ActionProgress(status: $0.status, evidence: $0.evidence) }
            // A sealed day scanned before is not scanned again: its digest, signed with the partnership key, holds the findings.
            let scanned = ReportPrivacy.scan(inputs, privacy: privacy, digests: try Partnership.reportDigests(privacy: privacy, reuse: !rescan))
            reportDigestUse(scanned.digests)
            let findings = scanned.findings + ReportPrivacy.scan(progress: progress, of: inputs, privacy: privacy)
            if !findings.isEmpty {
                guard redact else {
                    findings.forEach { printError($0.description) }
                    printError("no report was written: \(findings.count) likely identifier\(findings.count == 1 ? "" : "s") in the days' free text; correct them in the day, or write the report with --redact")
                    throw ExitCode(ExitStatus.data.rawValue)
                }
                findings.forEach { printWarning("\($0.description); replaced with its placeholder") }
                progress = ReportPrivacy.redacted(progress: progress, of: inputs, privacy: privacy)
                inputs = ReportPrivacy.redacted(inputs, privacy: privacy)
            }
            let report = ThemeReport(
                inputs: inputs, produced: date ?? Timestamp.localDay(Date()), from: from, to: to,
                smallNumbers: SmallNumbers(threshold: suppressBelow ?? config.suppressBelow ?? PartnershipConfig.defaultSuppressBelow),
                actionProgress: progress,
                masthead: ThemeReport.Masthead(config, version: paperVersion ?? ThemeReport.Masthead.firstVersion),
                recommendations: try Recommendations.load(store).entries
            )
            let base = "\(out)/\(try report.fileStem(theme: theme))"
            try OwnerOnlyFiles.makeFolder(out)
            let mode: mode_t = shareable ? 0o644 : OwnerOnlyFiles.fileMode
            if shareable { try OwnerOnlyFiles.setMode(0o755, of: out) }
            let document = BoardPaper.document(report)
            /// A document as Word, written owner-only (or shareable) like the rest.
            func writeWord(_ document: ReportDocument, to path: String) throws {
                let docx: Data
                do { docx = try ReportDOCX.render(document) } catch { throw FileError.unwritable(path: path, reason: FileError.reason(error)) }
                try OwnerOnlyFiles.writeAtomically(docx, to: path, mode: mode)
                printText("Wrote \(path)")
            }
            if formats.contains("md") {
                try OwnerOnlyFiles.writeAtomically(Data(ReportMarkdown.render(document).utf8), to: "\(base).md", mode: mode)
                printText("Wrote \(base).md")
            }
            if formats.contains("html") {
                try OwnerOnlyFiles.writeAtomically(Data(ReportHTML.render(document).utf8), to: "\(base).html", mode: mode)
                printText("Wrote \(base).html")
            }
            if formats.contains("docx") { try writeWord(document, to: "\(base).docx") }
            if formats.contains("csv") {
                try OwnerOnlyFiles.writeAtomically(try ActionTracker.csv(report), to: "\(base)-actions.csv", mode: mode)
                printText("Wrote \(base)-actions.csv")
            }
            if formats.contains("briefing") {
                let briefing = LearningBriefing.document(report)
                try OwnerOnlyFiles.writeAtomically(Data(ReportHTML.render(briefing).utf8), to: "\(base)-briefing.html", mode: mode)
                try OwnerOnlyFiles.writeAtomically(Data(ReportMarkdown.render(briefing).utf8), to: "\(base)-briefing.md", mode: mode)
                printText("Wrote \(base)-briefing.html and \(base)-briefing.md")
                if formats.contains("docx") { try writeWord(briefing, to: "\(base)-briefing.docx") }
            }
            if annex {
                // Restricted: never shareable, whatever the board paper's files are.
                try OwnerOnlyFiles.writeAtomically(Data(ReportMarkdown.render(CaseAnnex.document(report)).utf8), to: "\(base)-annex.md", mode: OwnerOnlyFiles.fileMode)
                printText("Wrote \(base)-annex.md (restricted: not for the board)")
            }
        }
    }
}

/// Says what was wrong with any report digest: each one not used, and how many could not be written.
private func reportDigestUse(_ use: ReportPrivacy.DigestUse) {
    for refused in use.refused {
        printWarning("\(refused.folder)/\(ReportDigests.fileName): not used: \(refused.reason); the day was scanned for identifiers again\(refused.remade ? " and a new digest written" : "")")
    }
    if let first = use.unwritten.first {
        let count = use.unwritten.count
        printWarning("\(Plural.of(count, "report digest")) could not be written (\(first.reason)\(count > 1 ? ", and others" : "")); the next report scans \(count == 1 ? "that day" : "those days") again")
    }
}
