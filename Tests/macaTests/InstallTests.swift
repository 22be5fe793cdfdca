import Foundation
import MACATestSupport
import Testing

/// maca installed as a partnership would have it: `make install` (and
/// `make uninstall`), and the .deb from `make deb`, each then run from a folder
/// that is not the project. One at a time: both build into .build-static.
@Suite("Installing maca", .serialized)
struct InstallTests {
    /// What `make install PREFIX=/usr/local` puts under DESTDIR, with modes.
    static func installedFiles() throws -> [String: Int] {
        var files: [String: Int] = [
            "usr/local/bin/maca": 0o755,
            "usr/local/share/man/man1/maca.1": 0o644,
            "usr/local/share/bash-completion/completions/maca": 0o644,
            "usr/local/share/zsh/site-functions/_maca": 0o644,
            "usr/local/share/fish/vendor_completions.d/maca.fish": 0o644,
            "usr/local/share/doc/maca/LICENSE": 0o644,
        ]
        for id in try Installation.shippedTemplateIDs() {
            files["usr/local/share/maca/templates/\(id).yaml"] = 0o644
        }
        return files
    }

    @Test("make install under umask 077 puts the stripped binary, templates, manual page, completions and licence in place with modes 0755 and 0644; the installed maca runs a day and its report from an empty folder; make uninstall removes exactly that")
    func installRunUninstall() throws {
        if let built = try Installation.buildReleaseBinaryIfMissing() {
            try #require(built.status == 0, "make release failed: \(built.stderr)")
        }
        let destination = try TemporaryFolder("maca-destdir")
        defer { destination.remove() }
        // A file of another program's, which uninstall must leave alone.
        let other = destination.file("usr/local/bin/other-tool")
        try FileManager.default.createDirectory(atPath: destination.file("usr/local/bin"), withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: other))
        let otherMode = try #require(try Installation.files(under: destination.path)["usr/local/bin/other-tool"])

        let install = try Installation.make(["install", "DESTDIR=\(destination.path)", "PREFIX=/usr/local"], umask: "077")
        try #require(install.status == 0, "make install failed: \(install.stderr)")

        var expected = try Self.installedFiles()
        expected["usr/local/bin/other-tool"] = otherMode
        #expect(try Installation.files(under: destination.path) == expected)
        // The folders install made are 0755 under umask 077 too.
        let made = try Installation.folders(under: destination.file("usr/local/share"))
        #expect(made["maca/templates"] == 0o755 && made["doc/maca"] == 0o755)
        #expect(made.values.allSatisfy { $0 == 0o755 }, "\(made)")

        let prefix = destination.file("usr/local")
        for id in try Installation.shippedTemplateIDs() {
            #expect(FileManager.default.contentsEqual(atPath: "\(prefix)/share/maca/templates/\(id).yaml", andPath: "\(packageRoot)/audit-templates/\(id).yaml"))
        }
        #expect(FileManager.default.contentsEqual(atPath: "\(prefix)/share/man/man1/maca.1", andPath: "\(packageRoot)/Documentation/maca.1"))
        #expect(FileManager.default.contentsEqual(atPath: "\(prefix)/share/doc/maca/LICENSE", andPath: "\(packageRoot)/LICENSE"))
        try expectCompletions(bash: "\(prefix)/share/bash-completion/completions/maca", zsh: "\(prefix)/share/zsh/site-functions/_maca", fish: "\(prefix)/share/fish/vendor_completions.d/maca.fish")
        try expectStripped("\(prefix)/bin/maca")

        try expectRunsFromAnyFolder("\(prefix)/bin/maca")

        let uninstall = try Installation.make(["uninstall", "DESTDIR=\(destination.path)", "PREFIX=/usr/local"])
        try #require(uninstall.status == 0, "make uninstall failed: \(uninstall.stderr)")
        #expect(try Installation.files(under: destination.path) == ["usr/local/bin/other-tool": otherMode])
        let left = try Installation.folders(under: destination.path)
        for owned in ["usr/local/share/maca", "usr/local/share/maca/templates", "usr/local/share/doc/maca"] {
            #expect(left[owned] == nil, "\(owned) is left after make uninstall")
        }
    }

    @Test("make deb builds a .deb that lintian finds no error in, with Depends from dpkg-shlibdeps, Section utils and a description; unpacked, its /usr/bin/maca runs a day and its report from an empty folder")
    func debianPackage() throws {
        let deb = try Installation.make(["deb"])
        try #require(deb.status == 0, "make deb failed: \(deb.stderr)")
        let version = try run(Installation.releaseBinary, ["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let arch = try Installation.tool("dpkg", ["--print-architecture"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version == "0.1.0")
        let package = "\(packageRoot)/.build-deb/maca_\(version)_\(arch).deb"
        try #require(FileManager.default.fileExists(atPath: package), "\(package) is missing: \(deb.stdout)")

        let lintian = try Installation.lintian(package)
        let errors = lintian.stdout.split(separator: "\n").filter { $0.hasPrefix("E:") }
        #expect(errors.isEmpty, "lintian: \(errors.joined(separator: "\n"))")
        #expect(lintian.status == 0, "lintian: \(lintian.stdout)\(lintian.stderr)")

        func field(_ name: String) throws -> String {
            try Installation.tool("dpkg-deb", ["-f", package, name]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try field("Package") == "maca")
        #expect(try field("Version") == version)
        #expect(try field("Architecture") == arch)
        #expect(try field("Section") == "utils")
        #expect(try field("Priority") == "optional")
        #expect(try field("Maintainer").contains("@"))
        #expect(Int(try field("Installed-Size")) ?? 0 > 1000)
        let depends = try field("Depends")
        #expect(depends.contains("libreadline8"), "\(depends)")
        #expect(depends.contains("libc6 (>="), "\(depends)")
        let description = try field("Description").split(separator: "\n")
        #expect(description.first?.isEmpty == false && description.count >= 3, "\(description)")

        let root = try TemporaryFolder("maca-deb-root")
        defer { root.remove() }
        let unpack = try Installation.tool("dpkg", ["-x", package, root.path])
        try #require(unpack.status == 0, "dpkg -x: \(unpack.stderr)")
        var expected: [String: Int] = [
            "usr/bin/maca": 0o755,
            "usr/share/man/man1/maca.1.gz": 0o644,
            "usr/share/bash-completion/completions/maca": 0o644,
            "usr/share/zsh/vendor-completions/_maca": 0o644,
            "usr/share/fish/vendor_completions.d/maca.fish": 0o644,
            "usr/share/doc/maca/copyright": 0o644,
            "usr/share/doc/maca/changelog.gz": 0o644,
            "usr/share/lintian/overrides/maca": 0o644,
        ]
        for id in try Installation.shippedTemplateIDs() {
            expected["usr/share/maca/templates/\(id).yaml"] = 0o644
        }
        #expect(try Installation.files(under: root.path) == expected)
        let copyright = try String(contentsOfFile: root.file("usr/share/doc/maca/copyright"), encoding: .utf8)
        #expect(copyright.hasPrefix("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"))
        #expect(copyright.contains("License: GPL-3.0-or-later\n") && copyright.contains("/usr/share/common-licenses/GPL-3"))
        try expectCompletions(bash: root.file("usr/share/bash-completion/completions/maca"), zsh: root.file("usr/share/zsh/vendor-completions/_maca"), fish: root.file("usr/share/fish/vendor_completions.d/maca.fish"))
        try expectStripped(root.file("usr/bin/maca"))

        try expectRunsFromAnyFolder(root.file("usr/bin/maca"))
    }

    /// Each completion script is the one maca writes for its shell.
    private func expectCompletions(bash: String, zsh: String, fish: String) throws {
        let bashScript = try String(contentsOfFile: bash, encoding: .utf8)
        // bash sources the file: no #! line (lintian's bash-completion-with-hashbang).
        #expect(bashScript.contains("complete -o filenames -F _maca maca") && !bashScript.hasPrefix("#!"))
        #expect(try String(contentsOfFile: zsh, encoding: .utf8).hasPrefix("#compdef maca\n"))
        #expect(try String(contentsOfFile: fish, encoding: .utf8).contains("complete -c 'maca' "))
    }

    /// No symbol table and no debugging sections.
    private func expectStripped(_ binary: String) throws {
        let sections = try Installation.tool("readelf", ["-S", "-W", binary])
        try #require(sections.status == 0, "readelf: \(sections.stderr)")
        #expect(sections.stdout.contains(".text"))
        #expect(!sections.stdout.contains(".symtab") && !sections.stdout.contains(".debug_"), "\(binary) is not stripped")
    }

    /// The installed maca, run from an empty folder with its own home and
    /// XDG folders and no MACA_TEMPLATES, lists the templates installed beside
    /// it, runs the demo day and writes its theme report.
    private func expectRunsFromAnyFolder(_ maca: String) throws {
        let sandbox = try Installation.Sandbox()
        defer { sandbox.remove() }

        let list = try sandbox.maca(maca, ["templates", "list"])
        #expect(list.status == 0, "maca templates list: \(list.stderr)")
        let listed = list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.sorted()
        #expect(listed == (try Installation.shippedTemplateIDs()), "maca templates list: \(list.stdout)\(list.stderr)")

        let demo = try String(contentsOfFile: "\(packageRoot)/examples/demo-day.txt", encoding: .utf8)
        let day = try sandbox.maca(maca, ["run", "--template", "neglect", "--sessions", sandbox.sessions], input: demo)
        #expect(day.status == 0, "maca run: \(day.stderr)")

        let report = try sandbox.maca(maca, ["report", "--theme", "neglect", "--sessions", sandbox.sessions, "--out", sandbox.reports])
        #expect(report.status == 0, "maca report: \(report.stderr)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: sandbox.reports)) ?? []
        for suffix in [".md", ".html", "-actions.csv"] {
            #expect(written.contains { $0.hasPrefix("neglect-report-") && $0.hasSuffix(suffix) }, "no \(suffix) report in \(written)")
        }
        // Nothing was written into the folder it was run from.
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.work).isEmpty)
    }
}
