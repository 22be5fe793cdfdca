import ArgumentParser
import MACAKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the readable record of an audit day, as Markdown.",
        discussion: """
            Uses the same fold of the day's journals as the REPL and the report. An archived day (DAY.age, \
            from 'maca archive') is opened in memory with the partnership's archive key or --identity, and \
            shown from there; nothing is written. Exits 66 if no identity here opens it, 65 if it cannot be \
            opened or the day is damaged.
            """
    )

    @OptionGroup var arguments: DayArguments
    @OptionGroup var keys: ArchiveIdentities

    func run() throws {
        try reportingErrors {
            let read = try arguments.read(with: keys)
            let verification = read.verification
            if verification.isDamaged {
                verification.problems.forEach(printError)
                printError("\(read.label): not shown, because a journal is damaged; see 'maca verify \(try arguments.folder.optionForHints())\(shellWord(arguments.day))'")
                throw ExitCode(ExitStatus.data.rawValue)
            }
            if let opened = read.opened {
                printNote("\(opened.path): an archived day, opened in memory with \(opened.identity.origin); nothing was written")
            }
            if verification.signatures == .unchecked {
                printWarning("\(read.label): its records are signed, but the partnership key is not here, so the signatures were NOT checked")
            }
            for journal in verification.journals where journal.tornTail != nil {
                printWarning("\(journal.path): its last record is incomplete and is not shown")
            }
            printText(DayRecord.markdown(DayFold.fold(verification.journals)), terminator: "")
        }
    }
}
