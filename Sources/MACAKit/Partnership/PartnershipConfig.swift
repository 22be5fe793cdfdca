import Foundation
import Yams

/// The settings a partnership keeps once instead of retyping them every day:
/// `$XDG_CONFIG_HOME/maca/config.yaml`, written by `maca init` and edited by
/// hand. Every key is optional; an absent file is an empty config.
public struct PartnershipConfig: Sendable, Equatable {
    /// A pattern for the partnership's own reference numbers (police
    /// occurrence numbers, case-system ids) that the identifier guard catches.
    public struct ReferencePattern: Sendable, Equatable {
        public var name: String
        public var pattern: String

        public init(name: String, pattern: String) {
            self.name = name
            self.pattern = pattern
        }
    }

    /// The partnership's name, offered as the day's partnership.
    public var partnership: String?
    /// The agencies the partnership invites, offered as the agencies attending.
    public var agencies: [Agency] = []
    /// The protective marking printed on reports, e.g. OFFICIAL-SENSITIVE.
    public var marking: String?
    /// Who the theme report is from, e.g. the quality sub-group.
    public var author: String?
    /// The line a board paper's cover sheet shows where a logo would be, e.g.
    /// "Exampleshire Safeguarding Children Partnership": text, so no image
    /// is read from outside.
    public var logoText: String?
    /// What the board is asked to do with the theme report, one line each;
    /// the report has its own when none are set.
    public var boardAskedTo: [String] = []
    /// How families and practitioners took part in the audits, in the
    /// partnership's words, for the report's scope and method; nil: the
    /// report says it was not recorded.
    public var familyInvolvement: String?
    /// Counts below this are hidden in reports (default 5).
    public var suppressBelow: Int?
    /// How many months after its date a day's records are kept.
    public var retentionMonths: Int?
    public var referencePatterns: [ReferencePattern] = []
    /// The sessions folder as written in the file (`~` allowed; a relative
    /// path is taken from the config file's folder).
    public var sessions: String?
    /// The file this config was read from; nil when there was none.
    public var file: String?

    public init() {}

    public static let defaultMarking = "OFFICIAL-SENSITIVE"
    /// The longest marking that fits a printed page's header.
    public static let markingLimit = 60
    public static let defaultSuppressBelow = 5
    public static let retentionRange = 1...1200
    /// Why a threshold of 2 is refused: `<2` could only be 1.
    public static let thresholdOfTwo = "2 would print every count of 1 as <2, which still says it is 1: use 1 (nothing hidden) or 3 or more"

    public static let keys = [
        "partnership", "agencies", "marking", "author", "logo-text", "board-asked-to", "family-involvement", "suppress-below", "retention-months", "reference-patterns", "sessions",
    ]

    /// The sessions folder the config names, as a path.
    public func sessionsFolder(environment: MacaEnvironment) -> String? {
        guard let sessions else { return nil }
        let expanded = environment.expandingTilde(sessions)
        if expanded.hasPrefix("/") { return expanded }
        let folder = file.map { FilePaths.parent(of: $0) } ?? environment.workingFolder
        return URL(fileURLWithPath: expanded, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
    }

    /// The config at `path`; an empty one when there is nothing there (a
    /// link to nothing is an error, not an empty config).
    public static func load(path: String) throws -> PartnershipConfig {
        var status = stat()
        guard lstat(path, &status) == 0 else { return PartnershipConfig() }
        var config = try parse(TextFile.read(path, what: "config file"), file: path)
        config.file = path
        return config
    }

    /// Reads and checks config text; `file` names it in messages.
    public static func parse(_ text: String, file: String) throws(FileProblems) -> PartnershipConfig {
        var config = PartnershipConfig()
        config.file = file
        guard !text.trimmingWhitespace().isEmpty, !text.split(separator: "\n").allSatisfy({ String($0).trimmingWhitespace().hasPrefix("#") }) else {
            return config
        }
        let problems = ProblemList()
        let root = try composeYAML(text, file: file)
        let fields = YAMLFields(root, file: file, context: "the partnership config", problems: problems)
        config.partnership = fields.string("partnership", required: false)
        config.marking = fields.string("marking", required: false)
        // The marking heads and foots every printed page: one line, short enough to fit there.
        if let marking = config.marking,
           marking.trimmingCharacters(in: .whitespaces).isEmpty || marking.contains(where: \.isNewline) || marking.count > Self.markingLimit {
            problems.add(file, fields.line(of: "marking"), "field 'marking' of the partnership config is one line of 1 to \(Self.markingLimit) characters (it is printed at the top and foot of every page), e.g. \(Self.defaultMarking)")
            config.marking = nil
        }
        config.author = fields.string("author", required: false)
        config.logoText = fields.string("logo-text", required: false)
        config.boardAskedTo = fields.strings("board-asked-to", required: false)
        config.familyInvolvement = fields.string("family-involvement", required: false)
        config.suppressBelow = fields.int("suppress-below", required: false, minimum: 1, maximum: 100)
        if config.suppressBelow == 2 {
            problems.add(file, fields.line(of: "suppress-below"), "field 'suppress-below' of the partnership config: \(Self.thresholdOfTwo)")
            config.suppressBelow = nil
        }
        config.retentionMonths = fields.int("retention-months", required: false, minimum: retentionRange.lowerBound, maximum: retentionRange.upperBound)
        config.sessions = fields.string("sessions", required: false)
        var seen: Set<String> = []
        for item in fields.sequence("agencies", required: false) {
            let agency = YAMLFields(item, file: file, context: "an agency", problems: problems)
            let id = agency.identifier("id")
            if let id { agency.context = "agency '\(id)'" }
            let name = agency.string("name")
            agency.finish()
            guard let id, let name else { continue }
            if !seen.insert(id).inserted {
                problems.add(file, item.mark?.line, "agency '\(id)' is listed twice")
                continue
            }
            config.agencies.append(Agency(id: id, name: name))
        }
        for item in fields.sequence("reference-patterns", required: false) {
            let entry = YAMLFields(item, file: file, context: "a reference pattern", problems: problems)
            let name = entry.string("name")
            if let name { entry.context = "reference pattern '\(name)'" }
            let pattern = entry.string("pattern")
            entry.finish()
            guard let name, let pattern else { continue }
            if let problem = Self.problem(inPattern: pattern) {
                problems.add(file, entry.line(of: "pattern"), "the pattern of '\(name)' \(problem)")
                continue
            }
            config.referencePatterns.append(ReferencePattern(name: name, pattern: pattern))
        }
        fields.finish()
        let errors = problems.reported
        guard errors.isEmpty else { throw FileProblems(errors) }
        return config
    }

    /// Why a reference pattern cannot be used, or nil when it can.
    public static func problem(inPattern pattern: String) -> String? {
        // In double quotes YAML reads \b as a backspace, \t as a tab: the
        // pattern would load and never match, and the guard would miss quietly.
        if pattern.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "holds a control character (a backspace or tab): in double quotes YAML reads \\b and \\t as those; put the pattern in single quotes, e.g. '\\b[0-9]{2}/[0-9]{6}/[0-9]{2}\\b'"
        }
        guard (try? NSRegularExpression(pattern: pattern)) != nil else {
            return "is not a regular expression (ICU syntax, in single quotes, e.g. '\\b[0-9]{2}/[0-9]{6}/[0-9]{2}\\b')"
        }
        if let matchesEmpty = try? NSRegularExpression(pattern: "^(?:\(pattern))$"), matchesEmpty.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil {
            return "matches empty text, so it would flag every answer"
        }
        return nil
    }

    /// The config as YAML, with a comment saying what each key does.
    public func yaml() -> String {
        var lines = [
            "# The partnership's maca settings. Edit them freely: every key is optional.",
            "# maca init rewrites this file with these comments, keeping every setting;",
            "# the file it replaces is kept beside it as config.yaml.previous.",
            "# 'maca help paths' says where maca looks for this file.",
        ]
        func scalar(_ key: String, _ value: String?, _ comment: String) {
            lines.append("")
            lines.append("# \(comment)")
            if let value { lines.append("\(key): \(Self.quoted(value))") } else { lines.append("# \(key):") }
        }
        scalar("partnership", partnership, "The partnership's name, offered as each day's partnership.")
        scalar("author", author, "Who the theme reports are from.")
        scalar("marking", marking, "The protective marking on every report (\(Self.defaultMarking) if not set).")
        scalar("logo-text", logoText, "The line a report's cover sheet shows where a logo would be.")
        scalar("family-involvement", familyInvolvement, "How families (and practitioners) took part in the audits, for the report's method.")
        scalar("suppress-below", suppressBelow.map(String.init), "Counts from 1 to below this are hidden in reports (\(Self.defaultSuppressBelow) if not set).")
        scalar("retention-months", retentionMonths.map(String.init), "How many months after its date a day's records are kept.")
        scalar("sessions", sessions, "The folder of audit days (~ allowed; a relative path is from this file's folder).")
        lines.append("")
        lines.append("# What the board is asked to do with a theme report, one line each (the report's own if not set).")
        if boardAskedTo.isEmpty {
            lines.append("# board-asked-to:")
            lines.append("#   - note the findings of the audit and the partnership's recommendations")
        } else {
            lines.append("board-asked-to:")
            // The list as Yams writes it, so a line that needs quoting or folding reads back as it was.
            let sequence = (try? Yams.serialize(node: Node.sequence(Node.Sequence(boardAskedTo.map { Node($0) })), width: -1)) ?? ""
            lines += sequence.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  \($0)" }
        }
        lines.append("")
        lines.append("# The agencies the partnership invites: offered as the agencies attending a day.")
        if agencies.isEmpty {
            lines.append("# agencies:")
            lines.append("#   - id: police")
            lines.append("#     name: Police")
        } else {
            lines.append("agencies:")
            for agency in agencies {
                lines.append("  - id: \(agency.id)")
                lines.append("    name: \(Self.quoted(agency.name))")
            }
        }
        lines.append("")
        lines.append("# The partnership's own reference numbers, caught by the identifier guard like NHS numbers.")
        if referencePatterns.isEmpty {
            lines.append("# reference-patterns:")
            lines.append("#   - name: police occurrence number")
            lines.append("#     pattern: '\\b[0-9]{2}/[0-9]{5,6}/[0-9]{2}\\b'")
        } else {
            lines.append("reference-patterns:")
            for pattern in referencePatterns {
                lines.append("  - name: \(Self.quoted(pattern.name))")
                lines.append("    pattern: \(Self.quoted(pattern.pattern))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML scalar that reads back as exactly `text`.
    static func quoted(_ text: String) -> String {
        (try? Yams.serialize(node: Node(text), width: -1)).map { $0.trimmingWhitespace() } ?? "'\(text.replacingOccurrences(of: "'", with: "''"))'"
    }
}
