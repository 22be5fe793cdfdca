import ArgumentParser
import MACAKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the readable record of an audit day, as Markdown.",
        discussion: "Uses the same fold of the day's journals as the REPL and the report."
    )

    @OptionGroup var arguments: DayArguments

    func run() throws {
        try reportingErrors {
            let folder = try arguments.dayFolder()
            let verification = try DayVerification.check(folder: folder, signer: arguments.signer, witness: arguments.witness)
            if verification.isDamaged {
                verification.problems.forEach(printError)
                printError("\(folder): not shown, because a journal is damaged; see 'maca verify \(try arguments.folder.optionForHints())\(shellWord(arguments.day))'")
                throw ExitCode(ExitStatus.data.rawValue)
            }
            if verification.signatures == .unchecked {
                printWarning("\(folder): its records are signed, but the partnership key is not here, so the signatures were NOT checked")
            }
            for journal in verification.journals where journal.tornTail != nil {
                printWarning("\(journal.path): its last record is incomplete and is not shown")
            }
            printText(DayRecord.markdown(DayFold.fold(verification.journals)), terminator: "")
        }
    }
}
