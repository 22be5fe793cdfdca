import Foundation

/// Something in free text that could identify a child or family.
public struct IdentifierFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case nhsNumber = "NHS number"
        case postcode
        case dateOfBirth = "date of birth"
        case phone = "phone number"
        case email = "email address"
        case niNumber = "National Insurance number"
        case address
        case school = "school name"
        /// A registered name, or one the gazetteer and its context rules find.
        case name
        /// A number matching one of the partnership's reference patterns (its
        /// config), or an agency's number after the words that name it
        /// ("crime ref", "Mosaic ID").
        case reference = "reference number"

        /// The kind with its article, for sentences: "an NHS number".
        public var described: String {
            switch self {
            case .nhsNumber: "an NHS number"
            case .email: "an email address"
            case .address: "an address"
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

    /// A name registered (or listed) for the partnership, rather than one
    /// the gazetteer found: its placeholder is its role.
    public var isRegisteredName: Bool { kind == .name && placeholder != "[\(Kind.name.rawValue)]" }
}

/// Finds likely identifiers in free text: NHS numbers, UK postcodes, dates
/// of birth, UK phone numbers, email addresses (written plainly or spelled
/// out), National Insurance numbers, street addresses, school names, agency
/// reference numbers, names registered for a case or a day, and names the
/// gazetteer and its context rules find. Used at entry, at import and
/// before any report. Each kind has its recogniser in `Recognisers/`; the
/// rules and the figures they reach are in Documentation/Privacy.md.
public struct IdentifierGuard: Sendable {
    /// Names to block, each with the role its placeholder shows (child, parent, practitioner).
    public var names: [(name: String, role: String)]
    /// The audit year: a date signalled only weakly as a birth (a name or a
    /// birth just before it) is one when its year is this or one of the 18 before.
    public var referenceYear: Int
    /// Names registered on a day, known only by their hashes.
    public var registered: [NameRegistered]
    /// Names registered anywhere in the partnership (its registry), keyed without a day.
    public var partnershipRegistered: [NameRegistered] = []
    /// The salt of older, unkeyed `registered` records: the day's id.
    public var day: String
    /// The key of keyed `registered` records; without it they match nothing
    /// (``GuardSettings/keyProblem(for:)`` says so before a guard is used).
    public var nameKey: NameKey?
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

    /// A guard for one audit day: its year for dates of birth, the names
    /// registered on it and in the partnership, and the partnership's
    /// reference patterns.
    public init(for day: AuditDay, privacy: GuardSettings = GuardSettings()) {
        self.init(
            referenceYear: Int((day.date ?? "").prefix(4)) ?? Calendar(identifier: .gregorian).component(.year, from: Date()),
            registered: day.registeredNames, day: day.id ?? ""
        )
        partnershipRegistered = privacy.partnershipNames
        nameKey = privacy.nameKey
        // The config's patterns were checked when it was read; one that does not compile is passed over.
        self.references = privacy.references.compactMap { reference in
            (try? NSRegularExpression(pattern: reference.pattern)).map { (reference.name, $0) }
        }
    }

    /// A guard for one audit day that can see every name registered for
    /// it: when the names were keyed with a secret that is not here, the
    /// error says which key is missing.
    public init(checking day: AuditDay, privacy: GuardSettings) throws(FileError) {
        if let problem = privacy.keyProblem(for: [day]) { throw problem }
        self.init(for: day, privacy: privacy)
    }

    /// One recogniser's matches, each with its placeholder when it is not the kind's own.
    typealias Matches = [(range: NSRange, placeholder: String?)]

    /// The recognisers a scan runs, each finding one kind.
    enum Recogniser: Sendable {
        case pattern(NSRegularExpression, placeholder: String, kind: IdentifierFinding.Kind)
        case email, internationalPhone, nhsNumber, phone, niNumber, agencyReference, postcode, address
        case dateOfBirth(referenceYear: Int), babyAge, outwardPostcode, school
        case registeredName(RegisteredNames)
        case gazetteerName

        var kind: IdentifierFinding.Kind {
            switch self {
            case let .pattern(_, _, kind): kind
            case .email: .email
            case .internationalPhone, .phone: .phone
            case .nhsNumber: .nhsNumber
            case .niNumber: .niNumber
            case .agencyReference: .reference
            case .postcode, .outwardPostcode: .postcode
            case .address: .address
            case .dateOfBirth, .babyAge: .dateOfBirth
            case .school: .school
            case .registeredName, .gazetteerName: .name
            }
        }

        func run(_ text: ScanText) -> Matches {
            func plain(_ ranges: [NSRange]) -> Matches { ranges.map { ($0, nil) } }
            switch self {
            case let .pattern(pattern, placeholder, _): return text.matches(pattern).map { ($0.range, placeholder) }
            case .email: return plain(EmailRecogniser.find(in: text))
            case .internationalPhone: return plain(PhoneRecogniser.find(in: text, international: true))
            case .nhsNumber: return plain(NHSNumberRecogniser.find(in: text))
            case .phone: return plain(PhoneRecogniser.find(in: text, international: false))
            case .niNumber: return plain(NINumberRecogniser.find(in: text))
            case .agencyReference: return plain(CaseReferenceRecogniser.find(in: text))
            case .postcode: return plain(PostcodeRecogniser.find(in: text))
            case .address: return plain(AddressRecogniser.find(in: text))
            case let .dateOfBirth(year): return plain(DateOfBirthRecogniser.find(in: text, referenceYear: year, isName: NameRecogniser.isGazetteerName))
            case .babyAge: return DateOfBirthRecogniser.findAges(in: text).map { ($0, "[age]") }
            case .outwardPostcode: return plain(PostcodeRecogniser.findOutward(in: text))
            case .school: return plain(SchoolRecogniser.find(in: text))
            case let .registeredName(registered): return IdentifierGuard.registeredNames(in: text, registered: registered)
            case .gazetteerName: return plain(NameRecogniser.find(in: text))
            }
        }
    }

    public func scan(_ text: String) -> [IdentifierFinding] {
        guard !text.isEmpty else { return [] }
        let scanned = ScanText(text)
        // Most kinds need a digit (of any script), and schools and names a
        // capital letter: a text without them runs only the recognisers
        // that could find something in it.
        var hasDigit = false, hasCapital = false
        for unit in scanned.units {
            if !hasDigit, ScanText.digit(unit) != nil { hasDigit = true }
            if !hasCapital, NameRecogniser.isUpper(unit) { hasCapital = true }
            if hasDigit && hasCapital { break }
        }
        // The recognisers, in the order their matches are taken: what an
        // earlier one found wins, and a later match over it is passed over.
        var steps: [Recogniser] = references.map { .pattern($0.pattern, placeholder: "[\($0.name)]", kind: .reference) }
        steps.append(.email)
        if hasDigit {
            // International numbers first (their prefix settles it), then NHS
            // numbers (ten digits; a UK phone number has eleven), then other phones.
            steps += [
                // A full postcode before an agency's number: after "MASH contact:" a postcode is still where someone lives.
                .internationalPhone, .nhsNumber, .phone, .niNumber, .postcode, .agencyReference, .address,
                .dateOfBirth(referenceYear: referenceYear), .babyAge, .outwardPostcode,
            ]
        }
        // A date of birth in words has no digit ("born the third of May twenty fifteen").
        if !hasDigit, DateOfBirthRecogniser.monthWord.occurs(in: text) { steps.append(.dateOfBirth(referenceYear: referenceYear)) }
        // A house's name and its street have no digit ("Rose Cottage, Chapel St").
        if hasCapital && !hasDigit { steps.append(.address) }
        if hasCapital || SchoolRecogniser.schoolWord.occurs(in: text) { steps.append(.school) }
        for (name, role) in names {
            for part in Self.nameParts(name) {
                let escaped = NSRegularExpression.escapedPattern(for: part)
                if let pattern = try? NSRegularExpression(pattern: "(?<![\\p{L}\\-])\(escaped)(?![\\p{L}]|-\\p{L})", options: .caseInsensitive) {
                    steps.append(.pattern(pattern, placeholder: "[\(role)]", kind: .name))
                }
            }
        }
        if !registered.isEmpty || !partnershipRegistered.isEmpty {
            steps.append(.registeredName(RegisteredNames(registered, partnership: partnershipRegistered, day: day, key: nameKey)))
        }
        // Without a capital, only a first name written in lower case where the words around say a person ("spoke with jayden").
        steps.append(.gazetteerName)

        // Each recogniser runs once over the whole text, on every core when
        // the text is long, before their matches are taken in order.
        let run = { @Sendable (step: Recogniser) in step.run(scanned) }
        let matched = text.utf8.count >= Self.parallelFrom && steps.count > 1 ? steps.parallelMap(run) : steps.map(run)
        var findings: [IdentifierFinding] = []
        var found = FoundSpans()
        for (step, matches) in zip(steps, matched) {
            for (range, placeholder) in matches {
                let span = range.location..<(range.location + range.length)
                guard !span.isEmpty, found.isFree(span) else { continue }
                found.take(span)
                findings.append(IdentifierFinding(kind: step.kind, range: span, text: scanned.substring(range), placeholder: placeholder ?? "[\(step.kind.rawValue)]"))
            }
            found.settle()
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Registered names by their hashes: the partnership's (keyed), the
    /// day's (keyed with the day's id), and older ones salted with the day's id.
    struct RegisteredNames: Sendable {
        var partnership: [String: String] = [:]
        var keyed: [String: String] = [:]
        var salted: [String: String] = [:]
        let day: String
        let key: NameKey?

        init(_ registered: [NameRegistered], partnership registry: [NameRegistered], day: String, key: NameKey?) {
            self.day = day
            self.key = key
            func add(_ entries: [NameRegistered], to table: inout [String: String]) {
                for entry in entries { for hash in entry.hashes where table[hash] == nil { table[hash] = entry.role } }
            }
            add(registry, to: &partnership)
            add(registered.filter { $0.keyed == true }, to: &keyed)
            add(registered.filter { $0.keyed != true }, to: &salted)
        }

        /// The role a word (as `NameRegistered.normalised` gives it) was registered with.
        func role(of word: String) -> String? {
            if let key {
                if !partnership.isEmpty, let role = partnership[key.hash(word)] { return role }
                if !keyed.isEmpty, let role = keyed[key.hash(word, day: day)] { return role }
            }
            if !salted.isEmpty, let role = salted[NameRegistered.hash(word, day: day)] { return role }
            return nil
        }
    }

    /// Words whose hash is a registered name's: the whole word
    /// ("Amelia-Rose", never "Rose" alone for it), and the word without a
    /// possessive ("Kayden's", "Kayden’s"). A part of a hyphenated word
    /// counts when that part alone was registered. Each word is looked up as
    /// written and then folded (``NameRegistered/folded(_:)``: "Wisniewska"
    /// for a registered "Wiśniewska"), and, ending in "s", without it: a
    /// possessive written without its apostrophe ("Kaydens", and in lower
    /// case "kaydens" when the name is no English word).
    static func registeredNames(in text: ScanText, registered: RegisteredNames) -> Matches {
        // Each different word is looked up once: a long answer repeats most of its words.
        var roles: [String: String?] = [:]
        func lookUp(_ normal: String) -> String? {
            if let known = roles[normal] { return known }
            var found = registered.role(of: normal)
            // Written without its diacritics or apostrophe ("Wisniewska", "ONeill"): registrations hash the folded form too.
            if found == nil {
                let plain = NameRegistered.folded(normal)
                if plain != normal { found = registered.role(of: plain) }
            }
            roles[normal] = found
            return found
        }
        func role(_ word: String) -> String? {
            let normal = NameRegistered.normalised(word).lowercased()
            if let found = lookUp(normal) { return found }
            // A possessive written without its apostrophe ("Kaydens coat"); in lower case ("kaydens mum")
            // only when the name is no word at all ("marks" for a registered Mark, "quills" for Quill, are words).
            guard normal.count > 3, normal.hasSuffix("s") else { return nil }
            let stem = String(normal.dropLast())
            guard word.first?.isUppercase == true || (NameRecogniser.tier(stem) == .plain && !NameRecogniser.isKnownWord(stem)) else { return nil }
            return lookUp(stem)
        }
        var matches: Matches = []
        for match in text.matches(word) {
            let whole = text.substring(match.range)
            var base = match.range
            if whole.count > 3, let ending = whole.lowercased().suffix(2) as Substring?, ending == "'s" || ending == "’s" { base.length -= 2 }
            if let role = role(text.substring(base)) {
                matches.append((base, "[\(role)]"))
                continue
            }
            // A registered name inside a hyphenated word ("Kayden-Lee" when "Kayden" was registered).
            var offset = base.location
            for part in text.substring(base).split(separator: "-", omittingEmptySubsequences: false) {
                let length = part.utf16.count
                if part.count >= 2, let role = role(String(part)) { matches.append((NSRange(location: offset, length: length), "[\(role)]")) }
                offset += length + 1
            }
        }
        return matches
    }

    /// From this length (in UTF-8 bytes) a text's recognisers run on every core.
    static let parallelFrom = 64 << 10
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

    /// A word for the registered-name check: letters, with apostrophes and
    /// hyphens inside it.
    static let word = guardPattern("\\p{L}[\\p{L}'’]*(?:[-‐]\\p{L}[\\p{L}'’]*)*")

    /// The whole name and each part of three letters or more; a hyphenated
    /// part is one part ("Example-Smith", never "Smith" alone for it).
    static func nameParts(_ name: String) -> [String] {
        let whole = name.trimmingCharacters(in: .whitespaces)
        let parts = whole.split(whereSeparator: { $0 == " " }).map(String.init).filter { $0.count >= 3 }
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
        spans.partitionPoint { $0.upperBound <= offset }
    }
}

