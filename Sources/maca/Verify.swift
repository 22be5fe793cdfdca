import ArgumentParser
import MACAKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every journal of an audit day: each record's hash and the chain between them.",
        discussion: "Reads only; changes nothing. Exits 65 if any journal is damaged."
    )

    @OptionGroup var arguments: DayArguments

    func run() throws {
        try reportingErrors {
            let folder = try arguments.dayFolder()
            let verification = try DayVerification.check(folder: folder)
            verification.lines.forEach { printText($0) }
            if verification.isDamaged {
                printError("\(folder): damaged; the damaged journals can be read but will not be written to")
                throw ExitCode(ExitStatus.data.rawValue)
            }
            let journals = verification.journals.count == 1 ? "1 journal" : "\(verification.journals.count) journals"
            printText("\(folder): \(journals), \(verification.recordCount) records, all verified")
        }
    }
}
