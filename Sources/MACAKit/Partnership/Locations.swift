import Foundation

/// A folder maca chose, and why it chose it, so a command that finds nothing
/// can say where it looked.
public struct ChosenFolder: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        /// A command-line option, e.g. `--sessions`.
        case option(String)
        /// An environment variable, e.g. `MACA_SESSIONS`.
        case environment(String)
        /// The partnership's config file at this path.
        case configFile(String)
        /// The default folder of this name in the working folder.
        case workingFolder
        /// `$XDG_DATA_HOME/maca/…`, where `maca init` copies templates.
        case userData
        /// `PREFIX/share/maca/…` beside the installed binary.
        case installation
    }

    /// The path as given or found (relative paths are left relative).
    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// Why this folder: "from --sessions", "from $MACA_SESSIONS", …
    public var reason: String {
        switch origin {
        case let .option(name): "from \(name)"
        case let .environment(name): "from $\(name)"
        case let .configFile(file): "from \(file)"
        case .workingFolder: "the default, in the working folder"
        case .userData: "the partnership's own copies, in the XDG data folder"
        case .installation: "installed with maca"
        }
    }
}

/// The order in which maca finds its folders. `maca help paths` and the
/// manual page's FILES section describe this same order.
public enum Locations {
    public static let templatesVariable = "MACA_TEMPLATES"
    public static let sessionsVariable = "MACA_SESSIONS"
    public static let defaultTemplatesFolder = "audit-templates"
    public static let defaultSessionsFolder = "sessions"

    /// The templates folder: `--templates`, `$MACA_TEMPLATES`,
    /// `./audit-templates`, `$XDG_DATA_HOME/maca/templates`, then
    /// `PREFIX/share/maca/templates`. A folder named by the option or the
    /// variable must exist; the others are passed over when they do not.
    public static func templates(option: String?, environment: MacaEnvironment) throws(FileError) -> ChosenFolder {
        if let option {
            return try existing(ChosenFolder(path: environment.expandingTilde(option), origin: .option("--templates")), what: "templates folder")
        }
        if let variable = environment.variables[templatesVariable], !variable.isEmpty {
            return try existing(ChosenFolder(path: environment.expandingTilde(variable), origin: .environment(templatesVariable)), what: "templates folder")
        }
        let candidates = templateCandidates(environment)
        if let found = candidates.first(where: { isFolder($0.path, in: environment) }) {
            return found
        }
        throw .notFoundAnywhere(
            what: "templates folder",
            searched: candidates.map { "\(environment.absolute($0.path)) (\($0.reason))" },
            hint: "Name one with --templates or \(templatesVariable), or install maca (make install, or its Debian package)."
        )
    }

    /// The places searched for templates when neither option nor variable names one.
    public static func templateCandidates(_ environment: MacaEnvironment) -> [ChosenFolder] {
        var candidates = [
            ChosenFolder(path: defaultTemplatesFolder, origin: .workingFolder),
            ChosenFolder(path: environment.userTemplates, origin: .userData),
        ]
        if let installed = environment.installedTemplates {
            candidates.append(ChosenFolder(path: installed, origin: .installation))
        }
        return candidates
    }

    /// The sessions folder: `--sessions`, `$MACA_SESSIONS`, the config file's
    /// `sessions`, then `./sessions`. It need not exist yet: a new day makes it.
    public static func sessions(option: String?, environment: MacaEnvironment, config: PartnershipConfig) -> ChosenFolder {
        if let option {
            return ChosenFolder(path: environment.expandingTilde(option), origin: .option("--sessions"))
        }
        if let variable = environment.variables[sessionsVariable], !variable.isEmpty {
            return ChosenFolder(path: environment.expandingTilde(variable), origin: .environment(sessionsVariable))
        }
        if let configured = config.sessionsFolder(environment: environment), let file = config.file {
            return ChosenFolder(path: configured, origin: .configFile(file))
        }
        return ChosenFolder(path: defaultSessionsFolder, origin: .workingFolder)
    }

    private static func existing(_ located: ChosenFolder, what: String) throws(FileError) -> ChosenFolder {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: located.path, isDirectory: &isDirectory) else {
            throw .notFound(path: located.path, what: "\(what) (\(located.reason))")
        }
        guard isDirectory.boolValue else {
            throw .missing("\(located.path) is a file, not a \(what) (\(located.reason))")
        }
        return located
    }

    private static func isFolder(_ path: String, in environment: MacaEnvironment) -> Bool {
        var isDirectory: ObjCBool = false
        let absolute = path.hasPrefix("/") ? path : environment.absolute(path)
        return FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
