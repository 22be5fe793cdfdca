import Foundation
import MACAKit

/// One template made from a shipped one by a mutation, with what the
/// checker must make of it.
public struct MalformedTemplate: Sendable, CustomStringConvertible {
    public enum Verdict: Sendable, Equatable {
        /// Refused with exit 65 and a problem at `line` (nil: the whole file)
        /// whose message contains `saying`.
        case refused(line: Int?, saying: String)
        /// A valid template: loaded, and shown.
        case accepted
    }

    /// A file name for it: `NN-what-was-done.yaml`.
    public var name: String
    public var bytes: Data
    public var verdict: Verdict

    public var description: String { name }
}

/// A corpus of malformed audit templates, each a mutation of a shipped
/// template (wrong types, unknown keys, numbers out of range, huge text,
/// deep nesting, alias bombs, oversized files, other encodings, NUL bytes,
/// duplicates) and a few near misses that must still be accepted.
public enum MalformedTemplates {
    public static func corpus(from path: String = "\(packageRoot)/audit-templates/neglect.yaml") throws -> [MalformedTemplate] {
        let source = try String(contentsOfFile: path, encoding: .utf8)
        var corpus: [MalformedTemplate] = []
        let base = Mutable(source)

        func add(_ what: String, _ text: String, _ verdict: MalformedTemplate.Verdict) {
            add(what, Data(text.utf8), verdict)
        }
        func add(_ what: String, _ bytes: Data, _ verdict: MalformedTemplate.Verdict) {
            let name = String(format: "%02d-", corpus.count + 1) + what.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
            corpus.append(MalformedTemplate(name: name + ".yaml", bytes: bytes, verdict: verdict))
        }
        /// The template with one top-level field's value replaced, refused at that field's line.
        func field(_ key: String, _ value: String, _ verdict: (Int) -> MalformedTemplate.Verdict) throws {
            var copy = base
            let line = try copy.replaceValue(of: key, with: value)
            add("\(key) \(value.prefix(20))", copy.text, verdict(line))
        }
        let wholeNumber = "must be a whole number"

        // Numbers out of range, or not numbers.
        for value in ["0", "-1", "10000", "1.5", "many", "[1]", "9223372036854775807"] {
            try field("version", value) { .refused(line: $0, saying: "field 'version' of the template \(wholeNumber) from 1 to 9999") }
        }
        for key in ["audit-window-months", "reaudit-months", "action-due-within-months"] {
            for value in ["0", "-1", "121"] {
                try field(key, value) { .refused(line: $0, saying: "field '\(key)' of the template \(wholeNumber) from 1 to 120") }
            }
        }
        for value in ["9223372036854775807", "1e9", "99999999999999999999", ".inf", "'twelve'", "{months: 12}"] {
            try field("audit-window-months", value) { .refused(line: $0, saying: "\(wholeNumber) from 1 to 120") }
        }
        try field("audit-window-months", "120") { _ in .accepted }
        try field("reaudit-months", "1") { _ in .accepted }

        // Wrong types.
        try field("title", "[Neglect, Abuse]") { .refused(line: $0, saying: "field 'title' of the template must be text") }
        try field("title", "{name: Neglect}") { .refused(line: $0, saying: "field 'title' of the template must be text") }
        try field("lines-of-enquiry", "Is neglect recognised early?") { .refused(line: $0, saying: "field 'lines-of-enquiry' of the template must be a list") }
        try field("lines-of-enquiry", "[]") { .refused(line: $0, saying: "is an empty list") }
        try field("id", "Neglect Audit") { .refused(line: $0, saying: "use lower-case letters, digits and hyphens") }
        try field("id", String(repeating: "n", count: 65)) { .refused(line: $0, saying: "use lower-case letters, digits and hyphens") }
        try field("concern-at-or-below", "poor") { .refused(line: $0, saying: "grade scale 'ofsted' has no level 'poor'") }
        do {
            var copy = base
            let line = try copy.replaceLine(after: "  - id: profile", matching: "    kind: case-profile", with: "    kind: profile")
            add("unknown section kind", copy.text, .refused(line: line, saying: "unknown section kind 'profile'"))
        }
        do {
            var copy = base
            let line = try copy.replaceLine(after: "      - id: age-band", matching: "        type: choice", with: "        type: pick-one")
            add("unknown question type", copy.text, .refused(line: line, saying: "unknown question type 'pick-one'"))
        }
        do {
            var copy = base
            let line = try copy.replaceLine(after: "      - id: age-band", matching: "        required: true", with: "        required: maybe")
            add("required maybe", copy.text, .refused(line: line, saying: "field 'required' of question 'age-band' in section 'profile' must be true or false"))
        }
        do {
            // YAML 1.1's yes is true: a valid question.
            var copy = base
            _ = try copy.replaceLine(after: "      - id: age-band", matching: "        required: true", with: "        required: yes")
            add("required yes on a question", copy.text, .accepted)
        }

        // Lines of enquiry with ids, and the questions that evidence them.
        do {
            var copy = base
            let line = try copy.insert(after: "lines-of-enquiry:", "  - Is anyone asking the child?")
            add("a line of enquiry without an id among ones with", copy.text, .refused(line: line, saying: "this line of enquiry has no id, but others have"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "lines-of-enquiry:", "  - id: early-recognition\n    text: Again?")
            add("a duplicate line of enquiry id", copy.text, .refused(line: line + 2, saying: "duplicate line of enquiry id 'early-recognition'"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "lines-of-enquiry:", "  - id: voice")
            add("a line of enquiry without text", copy.text, .refused(line: line, saying: "a line of enquiry is missing field 'text'"))
        }
        do {
            var copy = base
            _ = try copy.replaceLine(after: "      - id: graded-care-profile", matching: "        evidences: [tools-and-change]", with: "        evidences: [tools-and-chnage]")
            add("a question evidencing an unknown line of enquiry", copy.text, .refused(
                line: try copy.lineNumber(of: "      - id: graded-care-profile"),
                saying: "question 'graded-care-profile' evidences 'tools-and-chnage', which is not a line of enquiry of the template; its lines of enquiry are 'early-recognition'"
            ))
        }
        do {
            var copy = base
            let line = try copy.replaceLine(after: "      - id: graded-care-profile", matching: "        evidences: [tools-and-change]", with: "        evidences: tools-and-change")
            add("evidences not a list", copy.text, .refused(line: line, saying: "field 'evidences' of question 'graded-care-profile' in section 'profile' must be a list"))
        }
        do {
            // An older template: lines of enquiry as text alone, no question naming one.
            var old = base
            let first = try old.lineNumber(of: "lines-of-enquiry:"), end = try old.lineNumber(of: "audit-window-months: 12") - 1
            let converted = stride(from: first, to: end, by: 2).map { "  - " + old.lines[$0 + 1].dropFirst("    text: ".count) }
            old.lines.replaceSubrange(first..<end, with: converted)
            old.lines.removeAll { $0.hasPrefix("        evidences: ") }
            add("lines of enquiry as text alone, as before ids", old.text, .accepted)
            var mixed = old
            let line = try mixed.replaceLine(after: "      - id: graded-care-profile", matching: "        type: choice", with: "        type: choice\n        evidences: [tools-and-change]")
            add("a question evidencing a line of enquiry of a template without ids", mixed.text, .refused(
                line: line - 2, saying: "the template's lines of enquiry have no ids"
            ))
        }

        // Unknown keys, including one that is known elsewhere.
        do {
            var copy = base
            let line = try copy.insert(after: "  - id: profile", "    required: yes")
            add("required yes on a section", copy.text, .refused(line: line, saying: "unknown field 'required' in section 'profile'"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "  - id: csc", "    required: yes")
            add("required yes on an agency", copy.text, .refused(line: line, saying: "unknown field 'required' in an agency"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "      - id: age-band", "        requird: true")
            add("misspelt required", copy.text, .refused(line: line, saying: "unknown field 'requird' in question 'age-band' in section 'profile' (did you mean 'required'?)"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "version: 2", "owner: Quality sub-group")
            add("unknown top level field", copy.text, .refused(line: line, saying: "unknown field 'owner' in the template"))
        }
        do {
            var copy = base
            // YAML allows a key on one line of at most 1,024 characters.
            let key = String(repeating: "k", count: 1_000)
            let line = try copy.insert(after: "version: 2", "\(key): value")
            add("huge unknown key", copy.text, .refused(line: line, saying: "unknown field 'kkkkk"))
        }
        do {
            var copy = base
            let many = (1...10_000).map { "unknown-\($0): x" }.joined(separator: "\n")
            let line = try copy.insert(after: "version: 2", many)
            add("ten thousand unknown fields", copy.text, .refused(line: line, saying: "unknown field 'unknown-1' in the template"))
        }

        // Duplicates.
        do {
            var copy = base
            let line = try copy.replaceLine(after: "      - id: age-band", matching: "      - id: plan-type", with: "      - id: age-band")
            add("duplicate question id", copy.text, .refused(line: line, saying: "duplicate question id 'age-band'"))
        }
        do {
            var copy = base
            let line = try copy.replaceLine(after: "  - id: csc", matching: "  - id: early-help", with: "  - id: csc")
            add("duplicate agency id", copy.text, .refused(line: line, saying: "duplicate agency id 'csc'"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "version: 2", "version: 3")
            add("duplicate field", copy.text, .refused(line: line - 1, saying: "duplicate field 'version' in one mapping"))
        }

        // Huge text, and the limits themselves.
        let limit = TemplateLoader.maximumTextLength
        try field("title", String(repeating: "N", count: limit + 1)) { .refused(line: $0, saying: "field 'title' of the template is 4,001 characters long; text in a template may be at most 4,000") }
        try field("title", String(repeating: "N", count: limit)) { _ in .accepted }
        do {
            var copy = base
            let line = try copy.replaceLine(
                after: "          - id: 0-4", matching: "            label: 0 to 4 (baby, toddler or pre-school)",
                with: "            label: " + String(repeating: "word ", count: 40_000)
            )
            add("huge choice label", copy.text, .refused(line: line, saying: "field 'label' of a choice of question 'age-band' is 199,999 characters long"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "lines-of-enquiry:", "  - " + String(repeating: "Why? ", count: 2_000))
            add("huge line of enquiry", copy.text, .refused(line: line, saying: "field 'lines-of-enquiry' of the template is 9,999 characters long"))
        }
        do {
            let padding = "\n" + String(repeating: "# a comment to make the file large\n", count: 2 * 1024 * 1024 / 35)
            let text = source + padding
            add("two megabytes", text, .refused(line: lineOfByte(TemplateLoader.maximumBytes, in: text), saying: "the file goes past 262,144 bytes (256 KiB)"))
        }
        do {
            let room = TemplateLoader.maximumBytes - source.utf8.count - 1
            let text = source + "\n" + String(repeating: "#", count: room - 1) + "\n"
            add("just under the size limit", text, .accepted)
        }
        do {
            var copy = base
            let choices = (1...8_000).map { "          - tag-\($0)" }.joined(separator: "\n")
            _ = try copy.replaceLine(after: "          - timely-response", matching: "          - child-seen", with: choices)
            add("eight thousand tag choices", copy.text, .accepted)
        }

        // Deep nesting.
        for depth in [40, 5_000] {
            var copy = base
            let line = try copy.insert(after: "version: 2", "nested: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
            add("nested \(depth) deep", copy.text, .refused(line: line, saying: "nested more than 32 deep"))
        }
        do {
            var copy = base
            let lines = (0..<40).map { String(repeating: "  ", count: $0) + "level-\($0):" }.joined(separator: "\n") + " deep"
            let line = try copy.insert(after: "version: 2", "nested:\n" + lines.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            // The root is one deep and `nested` two, so level-31's mapping is the 33rd.
            add("block mappings nested deep", copy.text, .refused(line: line + 32, saying: "nested more than 32 deep"))
        }

        // Anchors and aliases: a modest reuse is fine; a bomb is refused where it goes off.
        for (what, use) in [("in an unknown field", "lols: *l9"), ("as a mapping key", "? *l9\n: key")] {
            var copy = base
            let line = try copy.insert(after: "version: 2", billionLaughs + "\n" + use)
            let level = explodingLevel(fileSize: copy.text.utf8.count)
            add("billion laughs \(what)", copy.text, .refused(line: line + level, saying: "alias '*l\(level - 1)' repeats so much that the file would grow past twice its size"))
        }
        do {
            var copy = base
            let line = try copy.insert(after: "version: 2", billionLaughs)
            _ = try copy.replaceValue(of: "agencies", with: "*l9")
            let level = explodingLevel(fileSize: copy.text.utf8.count)
            add("billion laughs as the agencies", copy.text, .refused(line: line + level, saying: "alias '*l\(level - 1)'"))
        }
        do {
            var copy = base
            _ = try copy.replaceValue(of: "title", with: "&title Neglect")
            let lines = copy.text.components(separatedBy: "\n")
            let themeLine = lines.firstIndex { $0.hasPrefix("theme:") } ?? 0
            let themeEnd = lines[(themeLine + 1)...].firstIndex { !$0.hasPrefix("  ") } ?? themeLine + 1
            let text = (lines[..<themeLine] + ["theme: *title"] + lines[themeEnd...]).joined(separator: "\n")
            add("an alias reused once", text, .accepted)
        }
        do {
            var copy = base
            let line = try copy.insert(after: "version: 2", "extra: *nothing")
            add("alias to no anchor", copy.text, .refused(line: line, saying: "not valid YAML"))
        }

        // Encodings and bytes that are not text.
        do {
            var copy = base
            let line = try copy.replaceValue(of: "title", with: "Negligence in the caf\u{E9}")
            let latin1 = copy.text.data(using: .isoLatin1)!
            add("latin 1", latin1, .refused(line: line, saying: "not UTF-8 text"))
        }
        add("utf 16 little endian with bom", source.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }!, .refused(line: 1, saying: "UTF-16 text"))
        add("utf 16 big endian without bom", source.data(using: .utf16BigEndian)!, .refused(line: 1, saying: "UTF-16 text"))
        do {
            var copy = base
            let line = try copy.replaceValue(of: "title", with: "Neg\u{0}lect")
            add("nul byte", copy.text, .refused(line: line, saying: "a NUL byte"))
        }
        add("utf 8 with a byte order mark", Data([0xEF, 0xBB, 0xBF]) + Data(source.utf8), .accepted)
        add("windows line endings", source.replacingOccurrences(of: "\n", with: "\r\n"), .accepted)
        do {
            var bytes = Data(source.utf8)
            let offset = bytes.count / 2
            bytes[offset] = 0xC3
            bytes[offset + 1] = 0x28
            add("invalid utf 8 in the middle", bytes, .refused(line: lineOfByte(offset, in: source), saying: "not UTF-8 text"))
        }

        // Not a template at all.
        add("empty file", "", .refused(line: nil, saying: "the file is empty"))
        add("only comments", "# nothing here\n# at all\n", .refused(line: nil, saying: "the file is empty"))
        add("a list at the top", "- id: neglect\n- version: 1\n", .refused(line: 1, saying: "the template must be a mapping of fields"))
        add("a scalar at the top", "neglect\n", .refused(line: 1, saying: "the template must be a mapping of fields"))
        add("two documents", source + "\n---\nid: other\n", .refused(line: base.lines.count + 1, saying: "not valid YAML"))
        do {
            var copy = base
            let line = try copy.replaceLine(after: "agencies:", matching: "  - id: csc", with: "\t- id: csc")
            add("a tab for indentation", copy.text, .refused(line: line, saying: "not valid YAML"))
        }
        do {
            var copy = base
            let line = try copy.removeLine("title: Neglect")
            add("missing title", copy.text, .refused(line: line, saying: "the template is missing field 'title'"))
        }
        do {
            // Three problems far apart: each reported, in one pass.
            var copy = base
            _ = try copy.replaceValue(of: "version", with: "0")
            _ = try copy.replaceValue(of: "reaudit-months", with: "500")
            let line = try copy.insert(after: "  - id: csc", "    required: yes")
            add("three problems at once", copy.text, .refused(line: line, saying: "unknown field 'required' in an agency"))
        }
        // The smart: block (SMART rules as data): each field checked at its line.
        func smart(_ what: String, _ block: String, offset: Int, _ verdict: (Int) -> MalformedTemplate.Verdict) throws {
            var copy = base
            // The shipped template's own block (its examples) gives way to the one tested.
            copy.removeBlock("smart")
            let line = try copy.insert(after: "action-due-within-months: 12", "smart:\n" + block)
            add("smart \(what)", copy.text, verdict(line + offset))
        }
        try smart("block with every field", """
              questions: {action: action, owner: lead-role, measure: outcome-measure, resources: resources, due: due-date}
              vague-openings: [be aware, consider, signpost]
              not-measures: [ongoing, in progress, business as usual]
              evidence: [audit, minutes, case file]
              vague-owners: [all agencies, the board]
              no-resources: [none, nil]
              hedges: [as appropriate, robust]
              trends: [increased, improved]
              owner-quantifiers: [all, each]
              group-owners: [team, board, sub-group]
              agency-names: [csc, police, front door]
            """, offset: 0) { _ in .accepted }
        try smart("not a mapping", "  - be aware", offset: 1) { .refused(line: $0, saying: "the smart block must be a mapping of fields") }
        try smart("misspelt list", "  vague-opening: [be aware]", offset: 1) { .refused(line: $0, saying: "unknown field 'vague-opening' in the smart block (did you mean 'vague-openings'?)") }
        try smart("misspelt owner list", "  group-owner: [team]", offset: 1) { .refused(line: $0, saying: "unknown field 'group-owner' in the smart block (did you mean 'group-owners'?)") }
        try smart("empty hedges", "  hedges: []", offset: 1) { .refused(line: $0, saying: "field 'hedges' of the smart block is an empty list") }
        try smart("agency name of punctuation", "  agency-names:\n    - csc\n    - '&'", offset: 3) { .refused(line: $0, saying: "'&' in 'agency-names' of the smart block has no letters or digits") }
        try smart("empty list", "  evidence: []", offset: 1) { .refused(line: $0, saying: "field 'evidence' of the smart block is an empty list") }
        try smart("list not a list", "  not-measures: ongoing", offset: 1) { .refused(line: $0, saying: "field 'not-measures' of the smart block must be a list") }
        try smart("phrase of punctuation", "  no-resources:\n    - none\n    - '?!'", offset: 3) { .refused(line: $0, saying: "'?!' in 'no-resources' of the smart block has no letters or digits") }
        try smart("phrase not text", "  vague-owners:\n    - {name: all}", offset: 2) { .refused(line: $0, saying: "each item of 'vague-owners' in the smart block must be text") }
        try smart("unknown question", "  questions:\n    owner: lead-person", offset: 2) { .refused(line: $0, saying: "the smart block's owner question 'lead-person' is not a question of the action-points section 'actions'") }
        try smart("due not a date", "  questions:\n    due: outcome-measure", offset: 2) { .refused(line: $0, saying: "the smart block's due question 'outcome-measure' has type 'short-text', but the due is a date") }
        try smart("measure not text", "  questions:\n    measure: due-date", offset: 2) { .refused(line: $0, saying: "the smart block's measure question 'due-date' has type 'date'") }
        try smart("unknown part", "  questions:\n    when: due-date", offset: 2) { .refused(line: $0, saying: "unknown field 'when' in the questions of the smart block") }
        try smart("one question for two parts", "  questions:\n    action: action\n    measure: action", offset: 3) { .refused(line: $0, saying: "the smart block names question 'action' for both the action and the measure") }
        try smart("examples that pass", "  examples:\n    action: Audit 12 plans for a safety plan\n    owner: Head of MASH\n    measure: an audit of 12 plans finds 10 with one\n    resources: One day of an auditor's time", offset: 0) { _ in .accepted }
        try smart("an example the rules refuse", "  examples:\n    action: Be aware of the guidance", offset: 2) { .refused(line: $0, saying: "the smart block's example action 'Be aware of the guidance' is refused by the template's own rules (Specific: ") }
        try smart("an example owner the rules refuse", "  examples:\n    owner: All agencies", offset: 2) { .refused(line: $0, saying: "the smart block's example owner 'All agencies' is refused by the template's own rules (Assignable: ") }
        try smart("an example for no part", "  examples:\n    due: 2027-01-31", offset: 2) { .refused(line: $0, saying: "unknown field 'due' in the examples of the smart block") }
        return corpus
    }

    /// Ten lines, `lol-0` to `lol-9`, each level ten aliases of the one
    /// before: a billion "lol"s from a few hundred bytes.
    static let billionLaughs = (["lol-0: &l0 \"lol\""] + (1...9).map { level in
        "lol-\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]"
    }).joined(separator: "\n")

    /// The level (its line from the first, 0) whose aliases take what they
    /// repeat past the file's own size, as YAMLShape counts it: a node is 1,
    /// and a scalar 1 and its bytes.
    static func explodingLevel(fileSize: Int) -> Int {
        var size = 1 + 3, repeated = 0
        for level in 1...9 {
            repeated += 10 * size
            if repeated > fileSize { return level }
            size = 1 + 10 * size
        }
        return 9
    }

    static func lineOfByte(_ offset: Int, in text: String) -> Int {
        Data(text.utf8).prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// A template's text as lines, changed one line at a time, each change
    /// giving the (1-based) line it made.
    struct Mutable {
        var lines: [String]

        init(_ text: String) { lines = text.components(separatedBy: "\n") }

        var text: String { lines.joined(separator: "\n") }

        private func index(of line: String, from start: Int = 0) throws -> Int {
            guard let index = lines[start...].firstIndex(of: line) else { throw HarnessError("no line '\(line)' in the template") }
            return index
        }

        /// Replaces the value of a top-level field (and a folded block under it).
        mutating func replaceValue(of key: String, with value: String) throws -> Int {
            guard let at = lines.firstIndex(where: { $0.hasPrefix("\(key):") }) else { throw HarnessError("no field \(key) in the template") }
            var end = at + 1
            while end < lines.count, lines[end].hasPrefix("  ") { end += 1 }
            if lines[at].hasSuffix(">-") || lines[at].hasSuffix(":") {
                lines.replaceSubrange(at..<end, with: ["\(key): \(value)"])
            } else {
                lines[at] = "\(key): \(value)"
            }
            return at + 1
        }

        /// Replaces the first line equal to `matching` after the line `after`.
        mutating func replaceLine(after anchor: String, matching: String, with replacement: String) throws -> Int {
            let at = try index(of: matching, from: index(of: anchor))
            lines[at] = replacement
            return at + 1
        }

        /// Inserts lines after the first line equal to `anchor`; the line of the first inserted.
        mutating func insert(after anchor: String, _ text: String) throws -> Int {
            let at = try index(of: anchor) + 1
            lines.insert(contentsOf: text.components(separatedBy: "\n"), at: at)
            return at + 1
        }

        /// The line number of the first line equal to `line`.
        func lineNumber(of line: String) throws -> Int {
            try index(of: line) + 1
        }

        /// Removes a top-level block (`key:` and the lines indented under it).
        mutating func removeBlock(_ key: String) {
            guard let at = lines.firstIndex(where: { $0 == "\(key):" }) else { return }
            var end = at + 1
            while end < lines.count, lines[end].hasPrefix("  ") { end += 1 }
            lines.removeSubrange(at..<end)
        }

        mutating func removeLine(_ line: String) throws -> Int {
            let at = try index(of: line)
            lines.remove(at: at)
            // A missing field is reported at the start of its mapping.
            return 1 + (lines.firstIndex { !$0.hasPrefix("#") && !$0.isEmpty } ?? 0)
        }
    }
}
