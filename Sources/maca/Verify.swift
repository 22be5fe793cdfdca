import ArgumentParser
import MACAKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every journal of an audit day: each record's hash and the chain between them.",
        discussion: "Changes nothing, but writes a closed day's record.md again if it is missing. A closed day is checked against its seal: a journal added, missing, cut short, grown or edited since the close is named. An open day is checked journal by journal. Exits 65 if anything is wrong."
    )

    @OptionGroup var arguments: DayArguments

    func run() throws {
        try reportingErrors {
            let folder = try arguments.dayFolder()
            let verification = try DayVerification.check(folder: folder)
            verification.lines.forEach { printText($0) }
            printText("\(folder): \(verification.scope)")
            if verification.isDamaged {
                printError("\(folder): damaged; the damaged journals can be read but will not be written to")
                throw ExitCode(ExitStatus.data.rawValue)
            }
            if try DayRecord.restoreIfMissing(folder: folder, verification: verification) {
                printText("\(folder)/record.md was missing; it was written again from the journals")
            }
            let journals = verification.journals.count == 1 ? "1 journal" : "\(verification.journals.count) journals"
            printText("\(folder): \(journals), \(verification.recordCount) records, all verified")
        }
    }
}
