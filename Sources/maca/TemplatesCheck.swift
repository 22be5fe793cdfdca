import ArgumentParser
import Foundation
import MACAKit

struct TemplatesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check templates and report every problem as file:line: message.",
        discussion: "With no paths, checks every template in the templates folder. Exits 65 if any has a problem."
    )

    @OptionGroup var folder: TemplateFolder

    @Argument(help: ArgumentHelp("Template files to check.", valueName: "path"), completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    func run() throws {
        try reportingErrors {
            let paths = self.paths.isEmpty ? try folder.library().paths() : self.paths
            var failed: ExitStatus?
            var ids: [String: String] = [:]
            // The same file named twice (a path and a link to it, or a shell
            // glob and its name) is checked once, not found to clash with itself.
            var seen: Set<String> = []
            for path in paths where seen.insert(URL(fileURLWithPath: path).resolvingSymlinksInPath().path).inserted {
                do {
                    let template = try TemplateLoader.load(path: path)
                    if let other = ids[template.id] {
                        printError("\(path): template id '\(template.id)' is also used by \(other)")
                        failed = .data
                        continue
                    }
                    ids[template.id] = path
                    printText("ok  \(path)  \(template.id) v\(template.version)")
                } catch let error as any UserFacingError {
                    printError(error.description)
                    failed = failed ?? error.exitStatus
                }
            }
            if let failed { throw ExitCode(failed.rawValue) }
        }
    }
}
