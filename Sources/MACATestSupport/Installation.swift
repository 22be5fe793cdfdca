import Foundation

/// Helpers for the tests of `make install`, `make uninstall` and `make deb`:
/// running make and other system tools, the installed tree's files and modes,
/// and running an installed maca the way a partnership would, from a folder
/// that is not the project.
public enum Installation {
    /// The release binary `make release` builds, which `make install` installs.
    public static let releaseBinary = "\(packageRoot)/.build-static/release/maca"

    /// The ids of the templates the project ships (`audit-templates/*.yaml`).
    public static func shippedTemplateIDs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(packageRoot)/audit-templates")
            .filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(".yaml".count)) }
            .sorted()
    }

    /// Runs a program found on PATH, without the listed environment variables.
    public static func tool(
        _ name: String, _ arguments: [String], removing: [String] = [], input: String? = nil,
        environment: [String: String] = [:], in directory: String? = nil
    ) throws -> CommandResult {
        try run("/usr/bin/env", removing.flatMap { ["-u", $0] } + [name] + arguments, input: input, environment: environment, in: directory)
    }

    /// Runs `make` in the project under the given umask, without the make
    /// variables of a `make test` this may run inside (a -j jobserver it
    /// cannot reach, -s). At the lowest priority, as `lintian(_:)` is: a
    /// build, xz and lintian take both cores for a while, and the tests
    /// running beside them time a terminal.
    public static func make(_ arguments: [String], umask: String = "022") throws -> CommandResult {
        try run(
            "/bin/sh", ["-c", "umask \(umask) && exec nice -n 19 /usr/bin/env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make \"$@\"", "make"] + arguments,
            in: packageRoot
        )
    }

    /// lintian's verdict on a package, at the lowest priority.
    public static func lintian(_ package: String) throws -> CommandResult {
        try tool("nice", ["-n", "19", "lintian", package])
    }

    /// Builds the release binary with `make release` unless it is there already.
    /// Nil when it was there.
    public static func buildReleaseBinaryIfMissing() throws -> CommandResult? {
        guard !FileManager.default.isExecutableFile(atPath: releaseBinary) else { return nil }
        return try make(["release"])
    }

    /// Every file and symbolic link under a folder, by its path relative to
    /// it, with its permission bits.
    public static func files(under root: String) throws -> [String: Int] {
        var found: [String: Int] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return found }
        while let relative = walker.nextObject() as? String {
            let attributes = try manager.attributesOfItem(atPath: "\(root)/\(relative)")
            guard attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
            found[relative] = (attributes[.posixPermissions] as? Int ?? -1) & 0o7777
        }
        return found
    }

    /// Every folder under a folder, by its path relative to it, with its permission bits.
    public static func folders(under root: String) throws -> [String: Int] {
        var found: [String: Int] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return found }
        while let relative = walker.nextObject() as? String {
            let attributes = try manager.attributesOfItem(atPath: "\(root)/\(relative)")
            guard attributes[.type] as? FileAttributeType == .typeDirectory else { continue }
            found[relative] = (attributes[.posixPermissions] as? Int ?? -1) & 0o7777
        }
        return found
    }

    /// A partnership's machine in miniature: an empty working folder that is
    /// not the project, and a home, configuration and data folder of its own.
    public struct Sandbox: Sendable {
        public let root: TemporaryFolder
        public var work: String { root.file("work") }
        public var sessions: String { root.file("sessions") }
        public var reports: String { root.file("reports") }

        public init() throws {
            root = try TemporaryFolder("maca-installed")
            for folder in ["work", "home", "config", "data"] {
                try FileManager.default.createDirectory(atPath: root.file(folder), withIntermediateDirectories: false)
            }
        }

        /// Runs an installed maca from the empty working folder, with HOME and
        /// the XDG folders in the sandbox and no MACA_TEMPLATES or
        /// MACA_SESSIONS, so it finds its templates only where it was installed.
        public func maca(_ binary: String, _ arguments: [String], input: String? = nil) throws -> CommandResult {
            try Installation.tool(
                binary, arguments, removing: ["MACA_TEMPLATES", "MACA_SESSIONS"], input: input,
                environment: ["HOME": root.file("home"), "XDG_CONFIG_HOME": root.file("config"), "XDG_DATA_HOME": root.file("data")],
                in: work
            )
        }

        public func remove() { root.remove() }
    }
}
