import ArgumentParser
import MACAKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every journal of an audit day: each record's hash and the chain between them.",
        discussion: "Changes nothing, but writes a closed day's record.md again if it is missing. A closed day is checked against its seal: a journal added, missing, cut short, grown or edited since the close is named. An open day is checked journal by journal. A day opened after 'maca init' made the partnership key is signed: every record's signature is checked with the key, so a journal written or re-hashed without it is named. An archived day (DAY.age) is opened in memory with the partnership's archive key or --identity and verified from there (66 if no identity here opens it). Exits 65 if anything is wrong."
    )

    @OptionGroup var arguments: DayArguments
    @OptionGroup var keys: ArchiveIdentities

    @Flag(name: .long, help: "Fail (exit 65) unless the day is signed and every signature was checked with the partnership key.")
    var signed = false

    func run() throws {
        try reportingErrors {
            let read = try arguments.read(with: keys)
            try Self.show(read, signed: signed)
            if let folder = read.folder,
               try DayRecord.restoreIfMissing(folder: folder, verification: read.verification, signer: arguments.signer, witness: arguments.witness) {
                printText("\(folder)/record.md was missing; it was written again from the journals")
            }
            Self.conclude(read)
        }
    }

    /// What verifying a day found, journal by journal, then what it proves;
    /// exit 65 if it is damaged, or with `signed` if its signatures were not
    /// all checked. The same for a folder and for an archive (`maca archive --check`).
    static func show(_ read: DayRead, signed: Bool) throws {
        let verification = read.verification
        if let opened = read.opened {
            let files = opened.day.entries.count
            printText("\(opened.path): opened with \(opened.identity.origin); it holds the folder \(opened.day.name)/ of \(files) file\(files == 1 ? "" : "s")")
        }
        verification.lines.forEach { printText($0) }
        printText("\(read.label): \(verification.scope)")
        printText("\(read.label): \(verification.signatureScope)")
        if let witnessed = verification.witnessScope { printText("\(read.label): \(witnessed)") }
        if verification.isDamaged {
            printError(read.opened == nil
                ? "\(read.label): damaged; the damaged journals can be read but will not be written to"
                : "\(read.label): damaged; the archive opens, but the day it holds does not verify")
            throw ExitCode(ExitStatus.data.rawValue)
        }
        if signed && !verification.signatures.isChecked {
            printError("\(read.label): --signed was given, and the day's signatures were not checked: it is \(verification.signatures == .unsigned ? "not signed" : "signed, but the partnership key is not here")")
            throw ExitCode(ExitStatus.data.rawValue)
        }
    }

    /// The last line: how much was verified.
    static func conclude(_ read: DayRead) {
        let verification = read.verification
        let journals = verification.journals.count == 1 ? "1 journal" : "\(verification.journals.count) journals"
        printText("\(read.label): \(journals), \(Plural.of(verification.recordCount, "record")), all verified")
    }
}
