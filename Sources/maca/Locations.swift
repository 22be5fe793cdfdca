import ArgumentParser
import Foundation
import MACAKit
import MACARepl

/// The partnership's config file, read once per process: an absent file is
/// an empty config; a broken one stops every command that needs it.
enum Partnership {
    static let environment = MacaEnvironment.current
    private static let loaded = Result { try PartnershipConfig.load(path: environment.configFile) }

    static func config() throws -> PartnershipConfig {
        try loaded.get()
    }

    private static let loadedSigner = Result { () throws(FileError) in try RecordSigner.partnership(keysFolder: environment.keysFolder) }

    /// The partnership key's signer, if 'maca init' made a key; a key that
    /// is there but unusable stops every command that reads or writes days.
    static func signer() throws -> RecordSigner? {
        try loadedSigner.get()
    }

    private static let loadedGuard = Result { () throws -> GuardSettings in
        GuardSettings(
            references: try config().referencePatterns, nameKey: try NameKey.partnership(keysFolder: environment.keysFolder),
            keyPath: "\(environment.keysFolder)/\(PartnershipKeys.secretFile)", partnershipNames: try nameRegistry().names()
        )
    }

    /// What the identifier guard needs from the partnership: its reference
    /// patterns, its name key and its registered names. A day among `days`
    /// (or a registry) whose names were keyed with a secret that is not here
    /// stops the command: its text cannot be checked for them.
    static func guardSettings(for days: [AuditDay] = []) throws -> GuardSettings {
        let settings = try loadedGuard.get()
        if let problem = settings.keyProblem(for: days) { throw problem }
        return settings
    }

    /// The names registered anywhere in the partnership.
    static func nameRegistry() throws -> NameRegistry {
        NameRegistry(path: environment.nameRegistryFile, signer: try signer(), key: try NameKey.partnership(keysFolder: environment.keysFolder))
    }

    /// The report digests kept beside sealed days, signed with a key derived
    /// from the partnership's secret; nil when there is no secret. Without
    /// `reuse`, digests are written but none is read.
    static func reportDigests(privacy: GuardSettings, reuse: Bool) throws -> ReportDigests? {
        try PartnershipKeys.existingSecret(in: environment.keysFolder).map {
            ReportDigests(secret: $0.secret, build: ReportDigests.buildIdentity(version: Maca.configuration.version), privacy: privacy, reuse: reuse)
        }
    }

    /// Where this partnership's seals are witnessed, signed with its key.
    static func witness() throws -> SealWitness {
        SealWitness(path: environment.sealWitnessFile, signer: try signer())
    }
}

/// Where the audit templates are kept.
struct TemplateFolder: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The folder of audit templates; without it, see 'maca help paths'.", valueName: "dir"),
        completion: .directory
    )
    var templates: String?

    func validate() throws {
        if templates?.isEmpty == true { throw ValidationError("--templates needs a folder") }
    }

    func located() throws -> ChosenFolder {
        try Locations.templates(option: templates, environment: Partnership.environment)
    }

    func library() throws -> TemplateLibrary {
        TemplateLibrary(directory: try located().path)
    }

    /// On `resume` and `enter`, where the day carries the template it began
    /// with: `--templates`, when given, must name a folder, and a different
    /// version of the day's template there is noted, never used, so a day
    /// started with a custom folder carries on with the same command line.
    func noteDifference(from template: AuditTemplate, console: Console) throws {
        guard templates != nil else { return }
        let folder = try located()
        guard let there = try? TemplateLibrary(directory: folder.path).template(id: template.id),
              there.version != template.version else { return }
        console.note("\(folder.path) holds \(template.id) v\(there.version); this day carries on with v\(template.version), the version it began with.")
    }
}

/// Where the audit days are kept.
struct SessionFolder: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The folder that holds audit days; without it, see 'maca help paths'.", valueName: "dir"),
        completion: .directory
    )
    var sessions: String?

    func validate() throws {
        if sessions?.isEmpty == true { throw ValidationError("--sessions needs a folder") }
    }

    func located() throws -> ChosenFolder {
        Locations.sessions(option: sessions, environment: Partnership.environment, config: try Partnership.config())
    }

    func store() throws -> SessionStore {
        SessionStore(try located(), environment: Partnership.environment, signer: try Partnership.signer(), witness: try Partnership.witness())
    }

    /// The store of a command that reads the days already there: its folder must exist.
    func existingStore() throws -> SessionStore {
        let store = try store()
        try store.requireFolder()
        return store
    }
}

/// The audit day a command works on, and where to find it.
struct DayArguments: ParsableArguments {
    @OptionGroup var folder: SessionFolder

    @Argument(help: ArgumentHelp("The day: its folder name in the sessions folder, or a path.", valueName: "day"), completion: Completions.days)
    var day: String

    /// The day's folder, for a command that writes to it: an archived day is refused, saying where it is and what to do.
    func dayFolder(toWrite write: DayWrite) throws -> String {
        try folder.store().folder(of: day, toWrite: write)
    }

    /// The day to show or check: its folder, or its archive opened in memory with `keys`.
    func read(with keys: ArchiveIdentities) throws -> DayRead {
        let store = try folder.store()
        // The identities are read only for an archive: a folder needs none.
        guard case .archive = try store.locate(day) else { return try store.read(day, identities: []) }
        return try store.read(day, identities: try keys.identities())
    }

    /// The partnership key's signer, to sign and check the day's records.
    var signer: RecordSigner? {
        get throws { try Partnership.signer() }
    }

    /// The partnership's seal witness.
    var witness: SealWitness {
        get throws { try Partnership.witness() }
    }
}

extension SessionFolder {
    /// The `--sessions DIR ` to put in a command printed for later, so it
    /// works from any folder; empty when the partnership's config names the
    /// folder, since every later command finds it there too.
    func optionForHints() throws -> String {
        let located = try located()
        if case .configFile = located.origin { return "" }
        return "--sessions \(shellWord(Partnership.environment.absolute(located.path))) "
    }
}

extension Partnership {
    /// Where the partnership's archive key is, made by 'maca init'.
    static var archiveKeyPath: String { ArchiveKey.path(in: environment.keysFolder) }

    /// The partnership's archive identity, if 'maca init' made one.
    static func archiveIdentity() throws -> AgeIdentity? {
        try ArchiveKey.identity(in: environment.keysFolder)
    }
}

/// The age identities archived days are opened with: those named with
/// `--identity`, and the partnership's archive key when it is there.
struct ArchiveIdentities: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "An age identity file (as age-keygen writes) to open archived days with, besides the partnership's archive key; repeatable.",
            valueName: "file"
        ),
        completion: .file()
    )
    var identity: [String] = []

    func validate() throws {
        if identity.contains(where: \.isEmpty) { throw ValidationError("--identity needs a file") }
    }

    /// The identities for a command that reads every day of `store`: none
    /// when it holds no archive and none was named, so a command that needs
    /// no key never fails on one.
    func identities(for store: SessionStore) throws -> [AgeIdentity] {
        if identity.isEmpty, try store.archivedDays().isEmpty { return [] }
        return try identities()
    }

    /// Every identity named, then the partnership's, each once.
    func identities() throws -> [AgeIdentity] {
        var all: [AgeIdentity] = []
        for path in identity {
            all += try AgeIdentityFile.read(path: Partnership.environment.expandingTilde(path))
        }
        if let own = try Partnership.archiveIdentity() { all.append(own) }
        var seen: Set<AgeRecipient> = []
        return all.filter { seen.insert($0.recipient).inserted }
    }
}
