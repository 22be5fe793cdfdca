import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Where maca finds its folders")
struct LocationsTests {
    /// A world with every place a templates folder can be, each made or not.
    struct World {
        let root: TemporaryFolder
        var environment: MacaEnvironment

        init() throws {
            root = try TemporaryFolder("maca-locations")
            for folder in ["work", "home", "prefix/bin", "option", "variable"] {
                try FileManager.default.createDirectory(atPath: root.file(folder), withIntermediateDirectories: true)
            }
            environment = MacaEnvironment(
                variables: ["HOME": root.file("home")], workingFolder: root.file("work"), executable: root.file("prefix/bin/maca")
            )
        }

        /// The five places in the documented order.
        var templatePlaces: [String] {
            [root.file("option/templates"), root.file("variable/templates"), root.file("work/audit-templates"),
             root.file("home/.local/share/maca/templates"), root.file("prefix/share/maca/templates")]
        }

        func make(_ path: String) throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
    }

    @Test("templates: of every combination of places that exist, the first in the documented order is chosen", arguments: 0..<32)
    func templatesOrder(mask: Int) throws {
        var world = try World()
        defer { world.root.remove() }
        let places = world.templatePlaces
        let existing = places.indices.filter { mask & (1 << $0) != 0 }
        for index in existing { try world.make(places[index]) }
        // The option and the variable are given only when their folder exists:
        // one that is named but missing is an error of its own (tested below).
        let option = existing.contains(0) ? places[0] : nil
        if existing.contains(1) { world.environment.variables["MACA_TEMPLATES"] = places[1] }
        let expectedOrigins: [ChosenFolder.Origin] = [.option("--templates"), .environment("MACA_TEMPLATES"), .workingFolder, .userData, .installation]
        if let first = existing.first {
            let chosen = try Locations.templates(option: option, environment: world.environment)
            #expect(chosen.origin == expectedOrigins[first])
            #expect(world.environment.absolute(chosen.path) == places[first])
        } else {
            #expect(throws: FileError.self) { try Locations.templates(option: option, environment: world.environment) }
        }
    }

    @Test("no templates anywhere: the error names every place searched, and is exit 66")
    func noTemplates() throws {
        let world = try World()
        defer { world.root.remove() }
        do {
            _ = try Locations.templates(option: nil, environment: world.environment)
            Issue.record("a templates folder was found in an empty world")
        } catch {
            #expect(error.exitStatus == .noInput)
            for place in world.templatePlaces.dropFirst(2) {
                #expect(error.description.contains(place), "\(place) not named in: \(error.description)")
            }
            #expect(error.description.contains("--templates"))
        }
    }

    @Test("a templates folder named by --templates or MACA_TEMPLATES must exist, even when others do")
    func namedButMissing() throws {
        var world = try World()
        defer { world.root.remove() }
        for place in world.templatePlaces.dropFirst(2) { try world.make(place) }
        #expect(throws: FileError.self) { try Locations.templates(option: world.root.file("nowhere"), environment: world.environment) }
        world.environment.variables["MACA_TEMPLATES"] = world.root.file("nowhere")
        do {
            _ = try Locations.templates(option: nil, environment: world.environment)
            Issue.record("a missing MACA_TEMPLATES folder was passed over")
        } catch {
            #expect(error.exitStatus == .noInput)
            #expect(error.description.contains("$MACA_TEMPLATES"))
        }
    }

    @Test("the installed templates are found beside the binary whatever symbolic link ran it")
    func installedBesideBinary() throws {
        let world = try World()
        defer { world.root.remove() }
        let environment = MacaEnvironment(variables: ["HOME": world.root.file("home")], workingFolder: "/", executable: "/opt/maca-9/bin/maca")
        #expect(environment.installedTemplates == "/opt/maca-9/share/maca/templates")
        // The running test process: /proc/self/exe is resolved, never a link.
        let current = try #require(MacaEnvironment.current.executable)
        #expect(try FileManager.default.destinationOfSymbolicLinkOrNil(atPath: current) == nil)
    }

    @Test("sessions: option, then MACA_SESSIONS, then the config's, then ./sessions", arguments: 0..<8)
    func sessionsOrder(mask: Int) throws {
        let world = try World()
        defer { world.root.remove() }
        var environment = world.environment
        var config = PartnershipConfig()
        let option = mask & 1 != 0 ? "/given/by/option" : nil
        if mask & 2 != 0 { environment.variables["MACA_SESSIONS"] = "/given/by/variable" }
        if mask & 4 != 0 {
            config.sessions = "~/audit-days"
            config.file = world.root.file("home/.config/maca/config.yaml")
        }
        let chosen = Locations.sessions(option: option, environment: environment, config: config)
        switch mask {
        case _ where mask & 1 != 0:
            #expect(chosen == ChosenFolder(path: "/given/by/option", origin: .option("--sessions")))
        case _ where mask & 2 != 0:
            #expect(chosen == ChosenFolder(path: "/given/by/variable", origin: .environment("MACA_SESSIONS")))
        case _ where mask & 4 != 0:
            #expect(chosen.path == world.root.file("home/audit-days"))
            #expect(chosen.origin == .configFile(world.root.file("home/.config/maca/config.yaml")))
        default:
            #expect(chosen == ChosenFolder(path: "sessions", origin: .workingFolder))
        }
    }

    @Test("a relative sessions folder in the config is taken from the config file's folder, not the working folder")
    func relativeConfigSessions() throws {
        var config = PartnershipConfig()
        config.sessions = "days"
        config.file = "/etc/partnership/maca/config.yaml"
        let environment = MacaEnvironment(variables: ["HOME": "/home/facilitator"], workingFolder: "/tmp", executable: nil)
        #expect(config.sessionsFolder(environment: environment) == "/etc/partnership/maca/days")
    }

    @Test("XDG folders: absolute values are used, relative ones ignored as the XDG rules say")
    func xdgFolders() {
        let base = MacaEnvironment(variables: ["HOME": "/home/a"], workingFolder: "/", executable: nil)
        #expect(base.configFile == "/home/a/.config/maca/config.yaml")
        #expect(base.keysFolder == "/home/a/.config/maca/keys")
        #expect(base.userTemplates == "/home/a/.local/share/maca/templates")
        var set = base
        set.variables["XDG_CONFIG_HOME"] = "/srv/conf"
        set.variables["XDG_DATA_HOME"] = "/srv/data"
        #expect(set.configFile == "/srv/conf/maca/config.yaml")
        #expect(set.userTemplates == "/srv/data/maca/templates")
        var relative = base
        relative.variables["XDG_CONFIG_HOME"] = "conf"
        #expect(relative.configFile == "/home/a/.config/maca/config.yaml")
    }
}

extension FileManager {
    /// The target of a symbolic link, or nil when the path is not one.
    func destinationOfSymbolicLinkOrNil(atPath path: String) throws -> String? {
        let attributes = try attributesOfItem(atPath: path)
        guard attributes[.type] as? FileAttributeType == .typeSymbolicLink else { return nil }
        return try destinationOfSymbolicLink(atPath: path)
    }
}
