import ArgumentParser
import Foundation
import MACAKit

struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Encrypt a closed, sealed day into one age file beside its folder, and remove the folder once the file is checked.",
        discussion: """
            Writes DAY.age (0600) in the sessions folder: a tar of the day's folder, encrypted in the age format \
            (age-encryption.org/v1) to the partnership's archive key, which 'maca init' makes in the keys folder \
            ($XDG_CONFIG_HOME/maca/keys/archive.key), and to every --recipient. Only a closed, sealed day that \
            verifies is archived. The folder is removed only after the file has been written and synced, read \
            back, opened with an identity here, found to hold every file of the folder byte for byte, and the day \
            verified again from it; otherwise nothing is removed. --keep keeps the folder. An archive already \
            there that holds the folder exactly is checked and the folder removed; one that differs is refused. \
            'maca report' reads archived days. By hand: age -d -i ~/.config/maca/keys/archive.key DAY.age | tar -x

            With --check, opens an archive (DAY.age, a path, or the day's name) and verifies the day it holds, \
            changing nothing; exits 65 if it cannot be opened or the day is damaged.
            """
    )

    @OptionGroup var folder: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

    @Argument(
        help: ArgumentHelp("The day: its folder name in the sessions folder, or a path; with --check, its archive.", valueName: "day"),
        completion: Completions.days
    )
    var day: String

    @Option(name: .long, help: ArgumentHelp("Also encrypt to this age recipient (age1...), such as a key kept offline; repeatable.", valueName: "recipient"))
    var recipient: [String] = []

    @Flag(name: .long, help: "Keep the day folder once the archive is written and checked.")
    var keep = false

    @Flag(name: .long, help: "Check an archive instead: open it and verify the day it holds; changes nothing.")
    var check = false

    func validate() throws {
        for value in recipient where AgeRecipient(value) == nil {
            throw ValidationError("'\(value)' is not an age recipient: one is written age1… ('age-keygen -y FILE' prints an identity's)")
        }
        if check && (keep || !recipient.isEmpty) {
            throw ValidationError("--check reads an archive; --keep and --recipient are for making one")
        }
    }

    func run() throws {
        try reportingErrors {
            if check { return try checkArchive() }
            let store = try folder.store()
            let dayFolder: String
            switch try store.locate(day) {
            case let .folder(path):
                dayFolder = path
            case let .archive(path):
                throw UsageProblem("\(path): the day is archived already; 'maca archive --check \(shellWord(day))' checks the archive")
            }
            let own = try Partnership.archiveIdentity()
            var recipients = own.map { [$0.recipient] } ?? []
            for value in recipient {
                if let parsed = AgeRecipient(value), !recipients.contains(parsed) { recipients.append(parsed) }
            }
            guard !recipients.isEmpty else { throw ArchiveError.noRecipient(partnershipKey: Partnership.archiveKeyPath) }
            let archived = try DayArchive.archive(
                folder: dayFolder, recipients: recipients, identities: try keys.identities(), keep: keep, signer: try Partnership.signer()
            )
            let named = recipients.map { $0 == own?.recipient ? "\($0) (the partnership's archive key)" : $0.description }
            if archived.alreadyArchived {
                printText("\(archived.archive) was there already, holding this day folder exactly")
            } else {
                printText("Wrote \(archived.archive) (owner-only, \(archived.bytes) bytes): \(archived.files) file\(archived.files == 1 ? "" : "s") of the day, encrypted to \(named.joined(separator: " and "))")
            }
            if let identity = archived.checkedWith {
                printText("Checked \(archived.archive): read back from disk, opened with \(identity.origin), every file byte-identical to the day folder's, and the day verifies from it: \(archived.verification.scope); \(archived.verification.signatureScope)")
            } else {
                printWarning("\(archived.archive) was read back from disk but not opened: no identity here is for its recipients; check it where one is with 'maca archive --check'")
            }
            if archived.removedFolder {
                printText("Removed the day folder \(archived.folder); 'maca report' reads the archive with the partnership's archive key (or --identity FILE)")
            } else {
                printText("Kept the day folder \(archived.folder) (--keep)")
            }
        }
    }

    /// What 'maca verify' prints of a day, here of an archive only.
    private func checkArchive() throws {
        let store = try folder.store()
        guard case let .archive(path) = try store.locate(day) else {
            throw UsageProblem("\(try store.locate(day).path) is a day folder, not an archive: 'maca verify' checks a day folder")
        }
        let read = try store.read(path, identities: try keys.identities())
        try Verify.show(read, signed: false)
        Verify.conclude(read)
    }
}
