import Foundation

/// What maca reads of the world around it to decide where things are: the
/// environment variables, the working folder and where its own binary lies.
/// Read once per process; tests build one with other values.
public struct MacaEnvironment: Sendable {
    public var variables: [String: String]
    public var workingFolder: String
    /// The running binary's path with every symbolic link resolved, if known.
    public var executable: String?

    public init(variables: [String: String], workingFolder: String, executable: String?) {
        self.variables = variables
        self.workingFolder = workingFolder
        self.executable = executable
    }

    /// This process's environment.
    public static var current: MacaEnvironment {
        MacaEnvironment(
            variables: ProcessInfo.processInfo.environment,
            workingFolder: FileManager.default.currentDirectoryPath,
            executable: runningExecutable()
        )
    }

    /// The user's home folder: `$HOME`, else the password database's entry.
    public var home: String {
        if let home = variables["HOME"], home.hasPrefix("/") { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            return String(cString: directory)
        }
        return "/"
    }

    /// `$XDG_CONFIG_HOME`, else `~/.config` (the XDG base directory rules:
    /// a relative value is ignored).
    public var configHome: String { xdg("XDG_CONFIG_HOME", default: ".config") }

    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    public var dataHome: String { xdg("XDG_DATA_HOME", default: ".local/share") }

    /// The partnership's config file.
    public var configFile: String { "\(configHome)/maca/config.yaml" }

    /// The owner-only folder of the partnership's keys, beside the config file.
    public var keysFolder: String { "\(configHome)/maca/keys" }
    /// The record of every seal written here (``SealWitness``).
    public var sealWitnessFile: String { "\(dataHome)/maca/seals.jsonl" }
    /// The names registered in the partnership, as keyed hashes (``NameRegistry``).
    public var nameRegistryFile: String { "\(dataHome)/maca/names.jsonl" }

    /// Templates a partnership copied for local editing.
    public var userTemplates: String { "\(dataHome)/maca/templates" }

    /// The templates installed with maca: `PREFIX/share/maca/templates`, where
    /// PREFIX is the folder above the one that holds the binary.
    public var installedTemplates: String? {
        guard let executable else { return nil }
        let prefix = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
        return prefix.appendingPathComponent("share/maca/templates").standardizedFileURL.path
    }

    /// A path made absolute against the working folder, for messages and hints
    /// that must still be right when read from another folder.
    public func absolute(_ path: String) -> String {
        let expanded = expandingTilde(path)
        let url = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : URL(fileURLWithPath: expanded, relativeTo: URL(fileURLWithPath: workingFolder, isDirectory: true))
        return url.standardizedFileURL.path
    }

    /// `~` and `~/…` as the home folder.
    public func expandingTilde(_ path: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }

    private func xdg(_ name: String, default relative: String) -> String {
        if let value = variables[name], value.hasPrefix("/") { return value }
        return "\(home)/\(relative)"
    }

    private static func runningExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).resolvingSymlinksInPath().path
    }
}
