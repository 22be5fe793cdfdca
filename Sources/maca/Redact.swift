import ArgumentParser
import Foundation
import MACAKit

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Take a stored record's text out of an audit day for good, keeping the day verifiable.",
        discussion: """
            --list shows the records of the day that hold text, each with its journal and number. \
            --record N (of the facilitator's journal, or of --journal FILE) replaces that record's text \
            with [redacted] in its journal, and in any later correction that kept the same text; a \
            redaction record in the facilitator's journal says which record, why, and the hash of what \
            was removed, never the text, so 'maca verify' still proves the day whole. The day's \
            record.md is written again. A damaged day, or one with a journal open in another maca, is \
            refused; an unknown record is exit 65, and nothing changes.
            """
    )

    @OptionGroup var arguments: DayArguments

    @Flag(name: .long, help: "List the records that hold text, with their journal and number.")
    var list = false

    @Option(name: .long, help: ArgumentHelp("The number of the record to redact (as --list shows it).", valueName: "n"))
    var record: Int?

    @Option(name: .long, help: ArgumentHelp("The journal the record is in, as --list names it.", valueName: "file"))
    var journal = "\(SessionStore.facilitatorWriter).\(SessionStore.journalExtension)"

    @Option(name: .long, help: ArgumentHelp("Why it is redacted, e.g. \"a child's name typed in an answer\".", valueName: "text"))
    var reason: String?

    @Option(name: .long, help: ArgumentHelp("Who redacts it (role or name).", valueName: "name"))
    var by: String = "facilitator"

    func validate() throws {
        if list && record != nil { throw ValidationError("give --list or --record, not both") }
        if !list && record == nil { throw ValidationError("name the record to redact with --record N (maca redact DAY --list shows them)") }
        if let record, record < 1 { throw ValidationError("--record is a record's number, from 1") }
        if record != nil && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give the reason for the redaction: --reason \"…\"") }
    }

    func run() throws {
        try reportingErrors {
            let folder = try arguments.dayFolder(toWrite: .redact)
            let signer = try arguments.signer
            if list {
                for candidate in try Redaction.candidates(folder: folder, signer: signer) {
                    for field in candidate.fields {
                        let preview = field.text.count > 60 ? String(field.text.prefix(59)) + "…" : field.text
                        printText("\(candidate.file) \(candidate.sequence)  \(field.name): \(preview.replacingOccurrences(of: "\n", with: " "))")
                    }
                }
                return
            }
            guard let record else { return }
            let redacted = try Redaction.redact(
                folder: folder, file: journal, sequence: record, reason: reason ?? "", by: by, signer: signer,
                privacy: try Partnership.guardSettings()
            )
            if redacted.isEmpty {
                printText("\(FilePaths.name(folder)): record \(record) of \(journal) is already redacted; nothing changed")
                return
            }
            // The day's readable record holds the text too: written again from the journals.
            let recordFile = "\(folder)/record.md"
            if FileManager.default.fileExists(atPath: recordFile) {
                let day = DayFold.fold(try SessionStore.readDay(folder, signer: signer))
                try OwnerOnlyFiles.writeAtomically(Data(DayRecord.markdown(day).utf8), to: recordFile)
            }
            // Said plainly, for whoever must account for it: the day, the record, what went and what stays.
            let day = FilePaths.name(folder)
            for done in redacted {
                let fields = done.fields.isEmpty ? "its text" : done.fields.joined(separator: ", ")
                printText("\(day): took the text out of record \(done.sequence) of \(done.file) (\(done.event)): \(fields); now [redacted]")
                let removed = done.removedTextHash.map { "a keyed hash of the text removed (\($0.prefix(12))…, checkable only with the partnership key and the text), " } ?? "no hash of the text removed (no partnership key), "
                printText("  what remains: the record's hash \(done.hash.prefix(12))… (so the chain, the seal and any signature still verify), \(removed)and the reason and who redacted it, in record \(done.vouchedBy) of \(SessionStore.facilitatorWriter).\(SessionStore.journalExtension)")
            }
            if FileManager.default.fileExists(atPath: recordFile) {
                printText("\(day): record.md written again without it. Copies made before now (backups, archives, reports) still hold it.")
            }
        }
    }
}
