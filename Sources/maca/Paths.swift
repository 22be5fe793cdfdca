import ArgumentParser
import Foundation
import MACAKit

struct Paths: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Show where maca finds its templates, audit days, config and keys, and why.",
        discussion: """
            Templates: the first of --templates DIR, $MACA_TEMPLATES, ./audit-templates in the working folder, \
            $XDG_DATA_HOME/maca/templates (~/.local/share/maca/templates, where 'maca init' copies them for local \
            editing), then PREFIX/share/maca/templates beside the installed binary (/usr/share/maca/templates for \
            the Debian package, /usr/local/share/maca/templates after 'make install'). A folder named by the \
            option or the variable must exist; the others are passed over when they do not, and if none exists \
            the error names every place searched (exit 66).

            Audit days: --sessions DIR, $MACA_SESSIONS, the config file's 'sessions', then ./sessions in the \
            working folder. A command that reads days and finds none says which folder it read and why; it \
            exits 0 when the folder exists and 66 when it does not.

            Config: $XDG_CONFIG_HOME/maca/config.yaml (~/.config/maca/config.yaml), written by 'maca init'. \
            Keys: the owner-only folder $XDG_CONFIG_HOME/maca/keys beside it: partnership.key, which signs days \
            and keys the names registered with :name, and archive.key, the age identity archived days are \
            encrypted to (its recipient is shown). Data: $XDG_DATA_HOME/maca (~/.local/share/maca): seals.jsonl, \
            where each day's seal is witnessed, and names.jsonl, the names registered in the partnership, as \
            keyed hashes only.
            """
    )

    @OptionGroup var templates: TemplateFolder
    @OptionGroup var sessions: SessionFolder

    func run() throws {
        try reportingErrors {
            let environment = Partnership.environment
            let config = try Partnership.config()
            var rows: [(String, String)] = []
            do {
                let found = try templates.located()
                rows.append(("templates", "\(environment.absolute(found.path))  (\(found.reason))"))
            } catch let error as FileError {
                rows.append(("templates", "none found: \(error.description.replacingOccurrences(of: "\n", with: " "))"))
            }
            // The folder alone: a key that cannot be used is shown below, not an error here.
            let store = SessionStore(try sessions.located(), environment: environment)
            rows.append(("sessions", store.described + (store.exists ? "" : "; not made yet")))
            rows.append(("config", environment.configFile + (config.file == nil ? "  (not written yet: run maca init)" : "")))
            let keys = "\(environment.keysFolder)/\(PartnershipKeys.secretFile)"
            var status = stat()
            if lstat(keys, &status) != 0 {
                rows.append(("key", keys + "  (not made yet: run maca init)"))
            } else {
                do {
                    _ = try PartnershipKeys.secret(in: environment.keysFolder)
                    rows.append(("key", keys + "  (days opened now are signed with it)"))
                } catch {
                    let reason = (error as? any UserFacingError)?.description ?? "\(error)"
                    rows.append(("key", keys + "  (UNUSABLE: \(reason))"))
                }
            }
            rows.append(("seals", environment.sealWitnessFile + "  (where each day's seal is witnessed)"))
            rows.append(("names", environment.nameRegistryFile + "  (names registered with :name, as keyed hashes only, sealed)"))
            let archiveKey = Partnership.archiveKeyPath
            do {
                if let identity = try Partnership.archiveIdentity() {
                    rows.append(("archive key", "\(archiveKey)  (recipient \(identity.recipient))"))
                } else {
                    rows.append(("archive key", archiveKey + "  (not made yet: run maca init)"))
                }
            } catch {
                let reason = (error as? any UserFacingError)?.description ?? "\(error)"
                rows.append(("archive key", archiveKey + "  (UNUSABLE: \(reason))"))
            }
            let width = rows.map(\.0.count).max() ?? 0
            for (name, value) in rows {
                printText(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
            }
        }
    }
}
