import ArgumentParser
import Foundation
import MACAKit

struct RegisterShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the register of audits: each day's theme, cases, agencies, sharing, and actions done and overdue."
    )

    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("md or csv.", valueName: "format"))
    var format: String = "md"

    @Option(name: .long, help: ArgumentHelp("The date overdue is judged on (default: today).", valueName: "date"))
    var today: String?

    func validate() throws {
        guard ["md", "csv"].contains(format) else { throw ValidationError("unknown format '\(format)': use md or csv") }
    }

    func run() throws {
        try reportingErrors {
            let register = try AuditRegister.load(sessions.store, today: today ?? Timestamp.localDay(Date()))
            if format == "csv" {
                FileHandle.standardOutput.write(try register.csv())
            } else {
                print(register.markdown, terminator: "")
            }
        }
    }
}
