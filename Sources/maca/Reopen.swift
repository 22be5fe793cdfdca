import ArgumentParser
import MACAKit

struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Open a closed audit day again, with the reason, so late returns can be entered.",
        discussion: """
            A closed day is sealed: it takes no more returns, and nothing written to it afterwards \
            counts. Reopening records why, in the facilitator's journal; agencies can then enter or \
            import their returns, and 'maca resume DAY' closes and seals the day again. The report \
            says the day was reopened after closing, and how many returns came late.
            """
    )

    @OptionGroup var arguments: DayArguments

    @Option(name: .long, help: ArgumentHelp("Why the day is reopened, e.g. \"Police return received late\".", valueName: "text"))
    var reason: String

    @Option(name: .long, help: ArgumentHelp("Who reopens it (role or name).", valueName: "name"))
    var by: String = "facilitator"

    @Flag(name: .long, help: "Replace anything in the reason that looks like an identifier with a placeholder, rather than refusing.")
    var redact = false

    func run() throws {
        try reportingErrors {
            let folder = try arguments.dayFolder(toWrite: .reopen)
            try DaySeal.reopen(
                folder: folder, reason: reason, by: by, signer: try arguments.signer,
                privacy: try Partnership.guardSettings(), redact: redact
            )
            let name = folder.split(separator: "/").last.map(String.init) ?? folder
            printText("Reopened \(folder): returns can be entered again; 'maca resume \(name)' closes and seals it again.")
        }
    }
}
