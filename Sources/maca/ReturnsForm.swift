import ArgumentParser
import Foundation
import MACAKit

struct ReturnsForm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write a blank return for one agency over the day's cases, as YAML to fill in."
    )

    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("The day: its folder name in the sessions folder, or a path.", valueName: "day"), completion: Completions.days)
    var day: String

    @Option(name: .long, help: ArgumentHelp("The agency's id, as the day lists it.", valueName: "agency"), completion: Completions.agencies)
    var agency: String

    @Option(name: .long, help: ArgumentHelp("Where to write the form (default: standard output). Written owner-only.", valueName: "file"), completion: .file(extensions: ["yaml"]))
    var out: String?

    func run() throws {
        try reportingErrors {
            let store = try sessions.store()
            let folder = try store.folder(of: day, toWrite: .returns)
            let (template, auditDay) = try ReturnJournal.day(in: folder, signer: store.signer, witness: store.witness)
            let agency = try ReturnJournal.agency(self.agency, of: auditDay, template: template)
            try DaySeal.requireOpenForReturns(folder: folder)
            let form = ReturnForm.blank(day: auditDay, folderName: (folder as NSString).lastPathComponent, template: template, agency: agency)
            if let out {
                let parent = FilePaths.parent(of: out)
                if !parent.isEmpty { try OwnerOnlyFiles.makeFolder(parent) }
                try OwnerOnlyFiles.writeAtomically(Data(form.utf8), to: out)
                printText("Wrote the blank \(agency.name) return for \(Plural.of(auditDay.cases.count, "case")) to \(out)")
            } else {
                printText(form, terminator: "")
            }
        }
    }
}
