import Yams

/// Reads fields from a YAML mapping while remembering where each came from,
/// so every problem is reported as `file:line: message` and reading goes on
/// to find the next one. Fields the reader never asked for are reported as
/// unknown, which catches misspelt keys such as `requird`.
final class YAMLFields {
    let file: String
    let line: Int?
    /// What this mapping is, for messages: "question 'seen-alone'".
    /// Set again once the mapping's id is read, so later messages name it.
    var context: String
    private let pairs: [(key: String, keyLine: Int?, value: Node)]
    private var asked: Set<String> = []
    private let problems: ProblemList
    /// The most characters a text field may hold; nil for no limit.
    var textLimit: Int?

    init(_ node: Node, file: String, context: String, problems: ProblemList) {
        self.file = file
        self.line = node.mark?.line
        self.context = context
        self.problems = problems
        var pairs: [(String, Int?, Node)] = []
        // Duplicate keys never get here: the YAML parser refuses them with their line.
        if case let .mapping(mapping) = node {
            for (key, value) in mapping {
                pairs.append((key.string ?? "", key.mark?.line, value))
            }
        } else {
            problems.add(file, node.mark?.line, "\(context) must be a mapping of fields")
        }
        self.pairs = pairs
    }

    func node(_ key: String) -> Node? {
        asked.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// The line of a field's key, or of the mapping when the field is absent.
    func line(of key: String) -> Int? {
        pairs.first { $0.key == key }?.keyLine ?? line
    }

    func string(_ key: String, required: Bool = true) -> String? {
        guard let node = node(key) else {
            if required { problems.add(file, line, "\(context) is missing field '\(key)'") }
            return nil
        }
        guard case let .scalar(scalar) = node else {
            problems.add(file, node.mark?.line, "field '\(key)' of \(context) must be text")
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        guard withinLimit(text, key: key, line: node.mark?.line) else { return nil }
        if text.isEmpty && required {
            problems.add(file, node.mark?.line, "field '\(key)' of \(context) is empty")
            return nil
        }
        return text.isEmpty ? nil : text
    }

    func identifier(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        guard Identifier.isValid(text) else {
            problems.add(
                file, line(of: key),
                "field '\(key)' of \(context) is '\(FileProblem.excerpt(text))': use lower-case letters, digits and hyphens"
            )
            return nil
        }
        return text
    }

    /// A field whose text must be one of an enumeration's raw values.
    func oneOf<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, what: String) -> Value?
    where Value.RawValue == String {
        guard let raw = string(key) else { return nil }
        if let value = Value(rawValue: raw) { return value }
        let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
        problems.add(file, line(of: key), "unknown \(what) '\(FileProblem.excerpt(raw))' in \(context) (expected one of: \(known))")
        return nil
    }

    func int(_ key: String, required: Bool = true, minimum: Int = 1, maximum: Int? = nil) -> Int? {
        guard let node = node(key) else {
            if required { problems.add(file, line, "\(context) is missing field '\(key)'") }
            return nil
        }
        guard let value = node.int, value >= minimum, value <= maximum ?? Int.max else {
            let range = maximum.map { "from \(minimum) to \($0)" } ?? "of at least \(minimum)"
            problems.add(file, node.mark?.line, "field '\(key)' of \(context) must be a whole number \(range)")
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool {
        guard let node = node(key) else { return false }
        guard let value = node.bool else {
            problems.add(file, node.mark?.line, "field '\(key)' of \(context) must be true or false")
            return false
        }
        return value
    }

    /// The items of a sequence field; missing gives `[]` unless it is required.
    func sequence(_ key: String, required: Bool = true) -> [Node] {
        guard let node = node(key) else {
            if required { problems.add(file, line, "\(context) is missing field '\(key)'") }
            return []
        }
        guard case let .sequence(items) = node else {
            problems.add(file, node.mark?.line, "field '\(key)' of \(context) must be a list")
            return []
        }
        if items.isEmpty && required {
            problems.add(file, node.mark?.line, "field '\(key)' of \(context) is an empty list")
        }
        return Array(items)
    }

    func strings(_ key: String, required: Bool = true) -> [String] {
        sequence(key, required: required).compactMap { item in
            guard case let .scalar(scalar) = item else {
                problems.add(file, item.mark?.line, "each item of '\(key)' in \(context) must be text")
                return nil
            }
            let text = scalar.string.trimmingWhitespace()
            return withinLimit(text, key: key, line: item.mark?.line) ? text : nil
        }
    }

    /// Whether text is within `textLimit`; a problem at its line if not.
    func withinLimit(_ text: String, key: String, line: Int?) -> Bool {
        guard let textLimit else { return true }
        let count = text.count
        guard count > textLimit else { return true }
        problems.add(
            file, line,
            "field '\(FileProblem.excerpt(key))' of \(context) is \(FileProblem.number(count)) characters long; text in a template may be at most \(FileProblem.number(textLimit))"
        )
        return false
    }

    /// Reports every field present that no one asked for. Call after reading.
    func finish() {
        for pair in pairs where !asked.contains(pair.key) {
            // A misspelling is a few letters off, so a name whose length differs
            // by more cannot be meant (and no field name is long): only the
            // rest are compared letter by letter, so ten thousand unknown fields
            // are checked in a moment.
            let length = pair.key.count, within = max(2, length / 3)
            let guess = length > 64 ? nil : asked.filter { abs($0.count - length) <= within }
                .map { ($0, Typo.distance(Array($0.utf8), Array(pair.key.utf8), swaps: false)) }.filter { $0.1 <= within }
                .min { ($0.1, $0.0) < ($1.1, $1.0) }
            let suggestion = guess.map { " (did you mean '\($0.0)'?)" } ?? ""
            problems.add(file, pair.keyLine, "unknown field '\(FileProblem.excerpt(pair.key))' in \(context)\(suggestion)")
        }
    }
}

/// Problems collected while reading one file, kept in file order.
final class ProblemList {
    private(set) var errors: [FileProblem] = []

    func add(_ file: String, _ line: Int?, _ message: String) {
        errors.append(FileProblem(file: file, line: line, message: message))
    }

    var sorted: [FileProblem] {
        errors.enumerated().sorted { lhs, rhs in
            (lhs.element.line ?? 0, lhs.offset) < (rhs.element.line ?? 0, rhs.offset)
        }.map(\.element)
    }

    /// The most problems reported for one file: a file with thousands (a
    /// list of ten thousand unknown fields) gets the first ones and a count,
    /// not megabytes of messages.
    static let reportedLimit = 100

    /// The problems in file order, at most `reportedLimit` of them, then a
    /// line that says how many more there are.
    var reported: [FileProblem] {
        let all = sorted
        guard all.count > Self.reportedLimit, let file = all.first?.file else { return all }
        let more = all.count - Self.reportedLimit
        return Array(all.prefix(Self.reportedLimit))
            + [FileProblem(file: file, line: nil, message: "\(FileProblem.number(more)) more problem\(more == 1 ? "" : "s") after these; correct these and check again")]
    }
}

/// The keys used for templates, sections, questions, agencies and levels.
public enum Identifier {
    /// Text made into a key: lower case, words joined by hyphens ("Youth service" → "youth-service").
    public static func slug(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        let lower = ("a"..."z"), digit = ("0"..."9")
        guard lower.contains(String(first)) || digit.contains(String(first)) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            let character = String(scalar)
            return lower.contains(character) || digit.contains(character) || character == "-"
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// The YAML tree of a file's text, or its syntax error as `file:line: message`.
///
/// Yams's default resolver gives each plain scalar a type by matching it
/// against seven ICU regular expressions, compiled on first use, and it
/// resolves every mapping key that way to check the keys for duplicates: a
/// fifth of loading a template (issue 18). Only keys are resolved so; the
/// readers here ask a key for its text and line alone, and a value for its
/// text, `int` and `bool`, which read no resolved type except a mapping's
/// `string` (it looks for a key typed `=`) and, through a node an alias
/// shares between a key and a value, `bool`. So the text is first composed
/// with no type rules, and that tree is kept when it holds no alias and
/// every mapping's keys are scalars of distinct text other than `=` and `<<`:
/// then no two keys are equal under either resolver, and the two trees
/// differ only in the resolved types of keys, which nothing reads. Anything
/// else, and every error, is composed again exactly as before
/// (`composeYAMLReference`), so errors and their messages, the duplicate-key
/// check's among them, are Yams's own
/// (Tests/MACAKitTests/Templates/ComposeYAMLTests.swift compares the two).
func composeYAML(_ text: String, file: String) throws(FileProblems) -> Node {
    let aliases = try YAMLShape.check(text, file: file)
    if !aliases, let untyped = try? Yams.compose(yaml: text, .basic), keysAreDistinctText(untyped) {
        return untyped
    }
    return try composeYAMLReference(text, file: file, checked: true)
}

/// Whether every mapping in the tree has only scalar keys, with distinct
/// text, none of them `=` or `<<`.
func keysAreDistinctText(_ node: Node) -> Bool {
    switch node {
    case .scalar:
        return true
    case let .sequence(sequence):
        return sequence.allSatisfy(keysAreDistinctText)
    case let .mapping(mapping):
        var seen: Set<String> = []
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key, scalar.string != "=", scalar.string != "<<",
                  seen.insert(scalar.string).inserted, keysAreDistinctText(value) else { return false }
        }
        return true
    default:
        return false
    }
}

/// The YAML tree as Yams composes it by default (types resolved, duplicate
/// keys refused), or the error; `checked` when `YAMLShape` has already passed it.
func composeYAMLReference(_ text: String, file: String, checked: Bool = false) throws(FileProblems) -> Node {
    if !checked { try YAMLShape.check(text, file: file) }
    let root: Node?
    do {
        root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
        throw FileProblems([yamlSyntaxError(error, file: file)])
    } catch {
        throw FileProblems([FileProblem(file: file, line: nil, message: "not valid YAML")])
    }
    guard let root else { throw FileProblems([FileProblem(file: file, line: nil, message: "the file is empty")]) }
    return root
}

/// A YAML syntax error as `file:line: message`.
func yamlSyntaxError(_ error: YamlError, file: String) -> FileProblem {
    switch error {
    case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
        return FileProblem(file: file, line: mark.line, message: "not valid YAML: \(problem)")
    case let .duplicatedKeysInMapping(duplicates, context):
        let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
        return FileProblem(file: file, line: context.mark.line, message: "duplicate field \(names) in one mapping")
    case let .reader(problem, _, _, _):
        return FileProblem(file: file, line: nil, message: "not valid YAML: \(problem)")
    default:
        return FileProblem(file: file, line: nil, message: "not valid YAML")
    }
}
