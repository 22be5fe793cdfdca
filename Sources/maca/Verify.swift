import ArgumentParser
import MACAKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every journal of an audit day: each record's hash and the chain between them.",
        discussion: "Changes nothing, but writes a closed day's record.md again if it is missing. A closed day is checked against its seal: a journal added, missing, cut short, grown or edited since the close is named. An open day is checked journal by journal. A day opened after 'maca init' made the partnership key is signed: every record's signature is checked with the key, so a journal written or re-hashed without it is named. Exits 65 if anything is wrong."
    )

    @OptionGroup var arguments: DayArguments

    @Flag(name: .long, help: "Fail (exit 65) unless the day is signed and every signature was checked with the partnership key.")
    var signed = false

    func run() throws {
        try reportingErrors {
            let folder = try arguments.dayFolder()
            let verification = try DayVerification.check(folder: folder, signer: arguments.signer, witness: arguments.witness)
            verification.lines.forEach { printText($0) }
            printText("\(folder): \(verification.scope)")
            printText("\(folder): \(verification.signatureScope)")
            if let witnessed = verification.witnessScope { printText("\(folder): \(witnessed)") }
            if verification.isDamaged {
                printError("\(folder): damaged; the damaged journals can be read but will not be written to")
                throw ExitCode(ExitStatus.data.rawValue)
            }
            if signed && !verification.signatures.isChecked {
                printError("\(folder): --signed was given, and the day's signatures were not checked: it is \(verification.signatures == .unsigned ? "not signed" : "signed, but the partnership key is not here")")
                throw ExitCode(ExitStatus.data.rawValue)
            }
            if try DayRecord.restoreIfMissing(folder: folder, verification: verification, signer: arguments.signer, witness: arguments.witness) {
                printText("\(folder)/record.md was missing; it was written again from the journals")
            }
            let journals = verification.journals.count == 1 ? "1 journal" : "\(verification.journals.count) journals"
            printText("\(folder): \(journals), \(verification.recordCount) records, all verified")
        }
    }
}
