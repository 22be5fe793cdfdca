import Foundation

/// Something in free text that could identify a child or family.
public struct IdentifierFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case nhsNumber = "NHS number"
        case postcode
        case dateOfBirth = "date of birth"
        case phone = "phone number"
        case email = "email address"
        case name
        /// A number matching one of the partnership's reference patterns (its config).
        case reference = "reference number"

        /// The kind with its article, for sentences: "an NHS number".
        public var described: String {
            switch self {
            case .nhsNumber: "an NHS number"
            case .email: "an email address"
            case .name: "a registered name"
            default: "a \(rawValue)"
            }
        }
    }

    public var kind: Kind
    /// UTF-16 offsets of the match in the scanned text.
    public var range: Range<Int>
    public var text: String
    /// What replaces it: `[NHS number]`, or for a registered name its role, `[child]`.
    public var placeholder: String
}

/// Finds likely identifiers in free text: NHS numbers (valid check digit or
/// not: a mistyped one is still an identifier), UK postcodes, dates that
/// look like dates of birth, UK phone numbers, email addresses, and names
/// registered for a case or a day. Used at entry and before any report.
public struct IdentifierGuard: Sendable {
    /// Names to block, each with the role its placeholder shows (child, parent, practitioner).
    public var names: [(name: String, role: String)]
    /// The year dates are judged against: a full date within the 19 years
    /// before it, other than the last two, reads as a child's date of birth.
    public var referenceYear: Int
    /// Names registered on a day, known only by their salted hashes.
    public var registered: [NameRegistered]
    /// The salt of `registered`: the day's id.
    public var day: String
    /// The partnership's own reference numbers (police occurrence numbers,
    /// case-system ids), each with the name its placeholder shows.
    public var references: [(name: String, pattern: NSRegularExpression)] = []

    public init(
        names: [(name: String, role: String)] = [], referenceYear: Int = Calendar(identifier: .gregorian).component(.year, from: Date()),
        registered: [NameRegistered] = [], day: String = ""
    ) {
        self.names = names
        self.referenceYear = referenceYear
        self.registered = registered
        self.day = day
    }

    /// A guard for one audit day: its year for dates of birth, its registered
    /// names, and the partnership's reference patterns.
    public init(for day: AuditDay, references: [PartnershipConfig.ReferencePattern] = []) {
        self.init(
            referenceYear: Int((day.date ?? "").prefix(4)) ?? Calendar(identifier: .gregorian).component(.year, from: Date()),
            registered: day.registeredNames, day: day.id ?? ""
        )
        // The config's patterns were checked when it was read; one that does not compile is passed over.
        self.references = references.compactMap { reference in
            (try? NSRegularExpression(pattern: reference.pattern)).map { (reference.name, $0) }
        }
    }

    public func scan(_ text: String) -> [IdentifierFinding] {
        // Every pattern but a name needs a digit or an @: most answers have
        // neither, and are passed over without a regular expression.
        // A digit is any that the patterns' \d matches, not only 0 to 9.
        var hasDigit = false, hasAt = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if scalar.value >= 0x30 && scalar.value <= 0x39 { hasDigit = true } else if scalar == "@" { hasAt = true }
            } else if scalar.properties.generalCategory == .decimalNumber {
                hasDigit = true
            }
            if hasDigit && hasAt { break }
        }
        if !hasDigit && !hasAt && names.isEmpty && registered.isEmpty && references.isEmpty { return [] }
        let string = text as NSString
        var findings: [IdentifierFinding] = []
        // What earlier patterns found wins: a later match over it is passed over.
        var found = FoundSpans()
        func add(_ kind: IdentifierFinding.Kind, _ range: NSRange, placeholder: String? = nil) {
            let span = range.location..<(range.location + range.length)
            guard found.isFree(span) else { return }
            found.take(span)
            findings.append(IdentifierFinding(kind: kind, range: span, text: string.substring(with: range), placeholder: placeholder ?? "[\(kind.rawValue)]"))
        }
        // Every pattern this text needs, each run once over the whole text
        // (on every core when the text is long), before their matches are
        // taken in the order below.
        let nameParts = names.flatMap { name, role in
            Self.nameParts(name).compactMap { part in
                (try? NSRegularExpression(pattern: "\\b\(NSRegularExpression.escapedPattern(for: part))\\b", options: .caseInsensitive)).map { (pattern: $0, role: role) }
            }
        }
        var patterns = references.map(\.pattern)
        if hasAt { patterns.append(Self.email) }
        if hasDigit { patterns += [Self.phone, Self.nhs, Self.postcode, Self.birthKeywordDate] + Self.dates }
        patterns += nameParts.map(\.pattern)
        if !registered.isEmpty { patterns.append(Self.word) }
        let matched = Self.matches(of: patterns, in: text)
        /// One pattern's matches, offered to `body` in the order found.
        func each(_ pattern: NSRegularExpression, _ body: (NSRange) -> Void) {
            matched[ObjectIdentifier(pattern)]?.forEach(body)
            found.settle()
        }
        // The partnership's own numbers first: its patterns are the most specific.
        for (name, pattern) in references {
            each(pattern) { if $0.length > 0 { add(.reference, $0, placeholder: "[\(name)]") } }
        }
        if hasAt { each(Self.email) { add(.email, $0) } }
        // International numbers first (their prefix settles it), then NHS numbers
        // (ten digits; a UK phone number has eleven), then other phone numbers.
        // The phone pattern runs once; its matches are offered twice.
        if hasDigit {
            let international = { (range: NSRange) in string.substring(with: range).hasPrefix("+44") || string.substring(with: range).hasPrefix("0044") }
            each(Self.phone) { if international($0), Self.isPhone(string.substring(with: $0)) { add(.phone, $0) } }
            each(Self.nhs) { add(.nhsNumber, $0) }
            each(Self.phone) { if !international($0), Self.isPhone(string.substring(with: $0)) { add(.phone, $0) } }
            each(Self.postcode) { add(.postcode, $0) }
            each(Self.birthKeywordDate) { add(.dateOfBirth, $0) }
            for pattern in Self.dates {
                each(pattern) { if looksLikeBirth(string.substring(with: $0)) { add(.dateOfBirth, $0) } }
            }
        }
        for (pattern, role) in nameParts {
            each(pattern) { add(.name, $0, placeholder: "[\(role)]") }
        }
        if !registered.isEmpty {
            let roles = Dictionary(registered.flatMap { entry in entry.hashes.map { ($0, entry.role) } }, uniquingKeysWith: { first, _ in first })
            // Each different word is hashed once: a long answer repeats most of its words.
            var hashes: [String: String] = [:]
            each(Self.word) { range in
                let word = string.substring(with: range)
                let hash = hashes[word] ?? NameRegistered.hash(word, day: day)
                hashes[word] = hash
                if let role = roles[hash] { add(.name, range, placeholder: "[\(role)]") }
            }
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// From this length (in UTF-8 bytes) a text's patterns run on every core.
    static let parallelFrom = 64 << 10

    /// Each pattern's matches over the whole text. The patterns are
    /// independent, so for a long text (a pasted chronology, an answer from
    /// `:editor`) they run at once on every core; a short one, such as most
    /// answers and every answer a report scans, is not worth the threads.
    static func matches(of patterns: [NSRegularExpression], in text: String) -> [ObjectIdentifier: [NSRange]] {
        var unique: [NSRegularExpression] = []
        for pattern in patterns where !unique.contains(where: { $0 === pattern }) { unique.append(pattern) }
        let whole = NSRange(location: 0, length: text.utf16.count)
        let run = { @Sendable (pattern: NSRegularExpression) in pattern.matches(in: text, range: whole).map(\.range) }
        let ranges = text.utf8.count >= parallelFrom && unique.count > 1 ? unique.parallelMap(run) : unique.map(run)
        return Dictionary(uniqueKeysWithValues: zip(unique.map(ObjectIdentifier.init), ranges))
    }

    /// The findings in an answer's free text (its text, evidence or rationale).
    public func scan(_ value: AnswerValue) -> [IdentifierFinding] {
        var findings: [IdentifierFinding] = []
        _ = value.mappingFreeText { text in
            findings += scan(text)
            return text
        }
        return findings
    }

    /// The answer with every finding in its free text replaced by its placeholder.
    public func redact(_ value: AnswerValue) -> AnswerValue {
        value.mappingFreeText { redact($0).text }
    }

    /// The answer with `findings`, what `scan(value)` found in it, replaced by
    /// their placeholders, without scanning it a second time (an answer has
    /// one free text: its text, evidence or rationale).
    public func redact(_ value: AnswerValue, findings: [IdentifierFinding]) -> AnswerValue {
        value.mappingFreeText { Self.replacing(findings, in: $0) }
    }

    /// The text with every finding replaced by its placeholder, and what was replaced.
    public func redact(_ text: String) -> (text: String, replaced: [IdentifierFinding]) {
        let findings = scan(text)
        return (Self.replacing(findings, in: text), findings)
    }

    /// The text with each finding (in order, none overlapping) replaced by its
    /// placeholder. Built in one pass from the start, rather than by
    /// replacing each in place, which moved the rest of the text once for
    /// every finding.
    static func replacing(_ findings: [IdentifierFinding], in text: String) -> String {
        guard !findings.isEmpty else { return text }
        let utf16 = text.utf16
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var copied = text.startIndex, offset = 0
        for finding in findings {
            let start = utf16.index(copied, offsetBy: finding.range.lowerBound - offset)
            out += text[copied..<start]
            out += finding.placeholder
            copied = utf16.index(start, offsetBy: finding.range.count)
            offset = finding.range.upperBound
        }
        out += text[copied...]
        return out
    }

    // MARK: - Patterns

    private static func pattern(_ text: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
        // The patterns are constants of this file: one that did not compile would fail every test at once.
        try! NSRegularExpression(pattern: text, options: options)
    }

    static let word = pattern("[\\p{L}][\\p{L}']+")
    static let email = pattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
    /// UK numbers: +44 or 0 then the rest, with spaces, hyphens or a bracketed trunk 0.
    static let phone = pattern("(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0044\\s?|\\(0|0)\\d[\\d\\s\\-\\)]{7,14}\\d(?!\\d)")
    /// 3-3-4 with spaces or hyphens, or ten digits together.
    static let nhs = pattern("(?<![\\d+])(?:\\d{3}[ \\-]\\d{3}[ \\-]\\d{4}|\\d{10})(?!\\d)")
    /// Every valid UK postcode shape, with or without the space, any case.
    static let postcode = pattern("\\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\\b", .caseInsensitive)
    static let months = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    static let dates: [NSRegularExpression] = [
        pattern("\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})\\b"),
        pattern("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"),
        pattern("\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?\(months),? \\d{4}\\b", .caseInsensitive),
        pattern("\\b\(months) \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b", .caseInsensitive),
    ]
    /// A date after "born", "DOB" or "date of birth", whatever its year.
    static let birthKeywordDate = pattern("(?:\\bborn(?: on)?|\\bd\\.?o\\.?b\\.?:?|\\bdate of birth:?)\\s*(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?\(months),? \\d{4}|\(months) \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})", .caseInsensitive)

    /// Digits of a UK phone number: 0 then 10, or 44 then 10 (a bracketed trunk 0 allowed).
    static func isPhone(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber)
        if text.hasPrefix("+44") || text.hasPrefix("0044") {
            let rest = digits.dropFirst(text.hasPrefix("0044") ? 4 : 2)
            return rest.count == 10 || (rest.count == 11 && rest.first == "0")
        }
        return digits.first == "0" && digits.count == 11
    }

    /// A full date whose year falls in a child's lifetime but before the audit window.
    func looksLikeBirth(_ text: String) -> Bool {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard var year = numbers.first(where: { $0 >= 1000 }) ?? numbers.last else { return false }
        if year < 100 { year += year > referenceYear % 100 ? 1900 : 2000 }
        return year >= referenceYear - 19 && year <= referenceYear - 2
    }

    /// The whole name and each part of three letters or more.
    static func nameParts(_ name: String) -> [String] {
        let whole = name.trimmingCharacters(in: .whitespaces)
        let parts = whole.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0.count >= 3 }
        return ([whole] + parts).filter { !$0.isEmpty }
    }
}

/// The spans (UTF-16 offsets) that a scan has found, in order, none
/// overlapping another, so a match is checked against them by a binary
/// search rather than against every finding so far: a long answer may hold
/// thousands (a pasted chronology of dates).
struct FoundSpans {
    /// Spans of the patterns already run, sorted.
    private var settled: [Range<Int>] = []
    /// Spans of the pattern now running, sorted (its matches come in order).
    private var running: [Range<Int>] = []

    /// True when `span` overlaps no span found so far (an empty span overlaps none).
    func isFree(_ span: Range<Int>) -> Bool {
        span.isEmpty || (!Self.overlaps(span, in: settled) && !Self.overlaps(span, in: running))
    }

    mutating func take(_ span: Range<Int>) {
        guard !span.isEmpty else { return }
        // Matches arrive in order, so this is almost always the end.
        running.insert(span, at: Self.firstEnding(after: span.lowerBound, in: running))
    }

    /// The running pattern is done: its spans join the settled ones, in order.
    mutating func settle() {
        guard !running.isEmpty else { return }
        var merged: [Range<Int>] = []
        merged.reserveCapacity(settled.count + running.count)
        var (left, right) = (0, 0)
        while left < settled.count || right < running.count {
            if right == running.count || (left < settled.count && settled[left].lowerBound < running[right].lowerBound) {
                merged.append(settled[left])
                left += 1
            } else {
                merged.append(running[right])
                right += 1
            }
        }
        settled = merged
        running.removeAll(keepingCapacity: true)
    }

    /// Spans that do not overlap are ordered by their ends as by their
    /// starts: the first that ends after `span` starts is the only one that
    /// can overlap it.
    private static func overlaps(_ span: Range<Int>, in spans: [Range<Int>]) -> Bool {
        let index = firstEnding(after: span.lowerBound, in: spans)
        return index < spans.count && spans[index].lowerBound < span.upperBound
    }

    /// The index of the first span that ends after `offset`.
    private static func firstEnding(after offset: Int, in spans: [Range<Int>]) -> Int {
        var (low, high) = (0, spans.count)
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
