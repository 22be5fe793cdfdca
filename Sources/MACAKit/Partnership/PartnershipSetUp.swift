import Foundation

/// What `maca init` sets up for a partnership, and doing it: the config
/// file, the sessions folder, the keys (the signing secret and the archive
/// key), and optionally local copies of the shipped templates. Doing it
/// twice changes nothing that is already right: an existing key is never
/// replaced, and a template already copied (perhaps edited since) is never
/// overwritten.
public struct PartnershipSetUp: Sendable {
    public var config: PartnershipConfig
    /// Copy the shipped templates from here into the user's templates folder.
    public var copyTemplatesFrom: String?

    public init(config: PartnershipConfig, copyTemplatesFrom: String? = nil) {
        self.config = config
        self.copyTemplatesFrom = copyTemplatesFrom
    }

    /// Where the shipped templates are, for copying: the installed ones, else
    /// those in the working folder (a build run from the project).
    public static func shippedTemplates(_ environment: MacaEnvironment) -> String? {
        Locations.templateCandidates(environment).filter { $0.origin != .userData }.map(\.path).first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: environment.absolute(path), isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The sessions folder offered when the config names none.
    public static func defaultSessions(_ environment: MacaEnvironment) -> String {
        "\(environment.dataHome)/maca/sessions"
    }

    /// The settings `maca init` starts from: the current ones, with the
    /// sessions folder chosen in the order every other command uses
    /// (`--sessions`, then `$MACA_SESSIONS`, then the config's), made
    /// absolute so the config records the folder the days are really in.
    /// Only when none names one is ``defaultSessions(_:)`` offered.
    public static func startingPoint(_ current: PartnershipConfig, sessionsOption: String?, environment: MacaEnvironment) -> PartnershipConfig {
        let chosen = Locations.sessions(option: sessionsOption, environment: environment, config: current)
        var config = current
        switch chosen.origin {
        case .option, .environment: config.sessions = environment.absolute(chosen.path)
        default: break
        }
        return config
    }

    /// Writes everything, returning a line for each thing done or found already right.
    public func apply(_ environment: MacaEnvironment) throws -> [String] {
        var done: [String] = []
        let configFolder = FilePaths.parent(of: environment.configFile)
        try OwnerOnlyFiles.makeFolder(configFolder)
        let text = config.yaml()
        // What is written must read back as the same settings.
        var check = try PartnershipConfig.parse(text, file: environment.configFile)
        check.file = config.file
        guard check == config else {
            throw FileError.unwritable(path: environment.configFile, reason: "a setting would not read back as it was given; nothing was written")
        }
        let existing = try? Data(contentsOf: URL(fileURLWithPath: environment.configFile))
        if existing == Data(text.utf8) {
            done.append("kept \(environment.configFile): unchanged")
        } else if let existing {
            // Comments and layout a person added are not kept: the old file is.
            try OwnerOnlyFiles.writeAtomically(existing, to: environment.configFile + ".previous")
            try OwnerOnlyFiles.writeAtomically(Data(text.utf8), to: environment.configFile)
            done.append("wrote \(environment.configFile) (the file it replaces is kept as \(environment.configFile).previous)")
        } else {
            try OwnerOnlyFiles.writeAtomically(Data(text.utf8), to: environment.configFile)
            done.append("wrote \(environment.configFile)")
        }
        if let sessions = config.sessionsFolder(environment: environment) {
            let existed = FileManager.default.fileExists(atPath: sessions)
            try OwnerOnlyFiles.makeFolder(sessions)
            try OwnerOnlyFiles.setMode(OwnerOnlyFiles.folderMode, of: sessions)
            done.append(existed ? "kept the sessions folder \(sessions) (now owner-only)" : "made the sessions folder \(sessions) (owner-only)")
        }
        let made = try PartnershipKeys.ensureSecret(in: environment.keysFolder)
        done.append(made
            ? "made the partnership key \(environment.keysFolder)/\(PartnershipKeys.secretFile) (owner-only; keep it out of day folders and backups others can read)"
            : "kept the partnership key \(environment.keysFolder)/\(PartnershipKeys.secretFile)")
        let archive = try ArchiveKey.ensure(in: environment.keysFolder)
        let archivePath = ArchiveKey.path(in: environment.keysFolder)
        done.append(archive.made
            ? "made the archive key \(archivePath) (owner-only; 'maca archive' encrypts closed days to its recipient \(archive.identity.recipient), and only this key opens them: keep a copy with the partnership's other secrets)"
            : "kept the archive key \(archivePath) (recipient \(archive.identity.recipient))")
        if let source = copyTemplatesFrom {
            done.append(try copyTemplates(from: environment.absolute(source), to: environment.userTemplates))
        }
        return done
    }

    private func copyTemplates(from source: String, to destination: String) throws -> String {
        let library = TemplateLibrary(directory: source)
        try OwnerOnlyFiles.makeFolder(destination)
        var copied = 0, kept = 0
        for path in try library.paths() {
            let target = "\(destination)/\((path as NSString).lastPathComponent)"
            if FileManager.default.fileExists(atPath: target) {
                kept += 1
                continue
            }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw FileError.unreadable(path: path, reason: FileError.reason(error))
            }
            try OwnerOnlyFiles.writeAtomically(data, to: target, replacing: false)
            copied += 1
        }
        return "copied \(copied) template\(copied == 1 ? "" : "s") to \(destination) for local editing"
            + (kept > 0 ? "; kept \(kept) already there" : "")
    }
}
