import Foundation

/// What an answer may be matched against on the day.
public struct AnswerContext: Sendable {
    public var template: AuditTemplate
    /// The agencies at the day: an agency answer is one of these.
    public var attending: [Agency]
    /// The audit date, `yyyy-mm-dd`: due dates are measured from it.
    public var today: String

    public init(template: AuditTemplate, attending: [Agency], today: String) {
        self.template = template
        self.attending = attending
        self.today = today
    }
}

/// Turns what the facilitator typed into an answer of the question's type,
/// or says in one sentence why it cannot be accepted.
public enum AnswerParser {
    /// The options a question offers, in the order they are shown and numbered.
    public static func options(for question: Question, context: AnswerContext) -> [Choice] {
        switch question.type {
        case .multiChoice where question.id == "agencies-involved":
            // An agency added on the day can be involved in a case like any the template lists.
            question.choices + context.attending.filter { agency in !question.choices.contains { $0.id == agency.id } }
                .map { Choice(id: $0.id, label: $0.name) }
        case .choice, .multiChoice, .tags: question.choices
        case .grade: context.template.scale.levels.map { Choice(id: $0.id, label: $0.label) }
        case .agency: context.attending.map { Choice(id: $0.id, label: $0.name) }
        case .yesPartlyNo: YesPartlyNo.allCases.map { Choice(id: $0.rawValue, label: $0.rawValue) }
        default: []
        }
    }

    /// Words a room says aloud in reply, which are never a finding on their
    /// own: typed at a free-text question (or at the offer of a return) they
    /// were meant as a yes, a no or a nod ("ok", "yeah", "sure", "nope").
    static let replyWords: [String: String] = [
        "yes": "yes", "y": "yes", "yeah": "yes", "yea": "yes", "yep": "yes", "yup": "yes", "ya": "yes", "aye": "yes",
        "ok": "ok", "okay": "ok", "k": "ok", "kk": "ok", "sure": "ok", "fine": "ok", "agreed": "ok", "agree": "ok",
        "correct": "ok", "right": "ok", "done": "ok", "accept": "ok", "accepted": "ok", "noted": "ok",
        "no": "no", "n": "no", "nope": "no", "nah": "no", "nay": "no",
    ]

    /// The reply a short answer is ("OK.", "yeah!", "ok ok"), if it is only that.
    static func replyWord(_ text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter }
        guard !words.isEmpty, let first = replyWords[String(words[0])] else { return nil }
        return words.allSatisfy { replyWords[String($0)] != nil } ? first : nil
    }

    /// Parses one typed answer. Grades and yes/partly/no give only the level
    /// or word here; their rationale or evidence is asked for next.
    public static func parse(_ typed: String, for question: Question, context: AnswerContext) -> Result<AnswerValue, AnswerProblem> {
        let text = typed.trimmed(.whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(.init("this question needs an answer")) }
        if let refused = refusal(text, question: question) { return .failure(refused) }
        let options = options(for: question, context: context)
        switch question.type {
        case .shortText, .longText:
            // Two characters at least, counted without walking the whole text.
            if text.prefix(2).count < 2 { return .failure(.init("'\(text)' is too short to be a finding; say what happened")) }
            if text.count <= 12, let word = replyWord(text) {
                return .failure(.init("'\(text)' reads as a reply (\(word)), not a finding; say what happened"))
            }
            return .success(.text(text))
        case .choice:
            if let problem = numberProblem(text, options: options) { return .failure(problem) }
            return match(text, in: options, what: "choice").map { .choice($0.id) }
        case .agency:
            if let problem = numberProblem(text, options: options) { return .failure(problem) }
            return match(text, in: options, what: "agency attending").map { .choice($0.id) }
        case .multiChoice:
            var ids: [String] = []
            for part in listItems(text, options: options) {
                if let problem = numberProblem(part, options: options, many: true) { return .failure(problem) }
                switch picks(part, in: options, what: "choice") {
                case let .success(chosen): for choice in chosen where !ids.contains(choice.id) { ids.append(choice.id) }
                case let .failure(problem): return .failure(problem)
                }
            }
            return ids.isEmpty ? .failure(.init("give at least one choice")) : .success(.choices(ids))
        case .tags:
            // Suggested tags by number, range or name, else a new tag of the room's own:
            // a word or short phrase, so an address or a number cannot hide in its slug.
            var tags: [String] = []
            for item in listItems(text, options: options) {
                switch picks(item, in: options, what: "tag") {
                case let .success(suggested):
                    tags += suggested.map(\.id)
                    continue
                case let .failure(problem):
                    // A number or a range is a pick from the list, never a tag of its own.
                    if item.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) {
                        return .failure(numberProblem(item, options: options, many: true, names: "tag names") ?? problem)
                    }
                }
                if let problem = newTagProblem(item, options: options) { return .failure(problem) }
                tags.append(tagID(item))
            }
            tags = tags.filter { !$0.isEmpty }
            var unique: [String] = []
            for tag in tags where !unique.contains(tag) { unique.append(tag) }
            return .success(.tags(unique))
        case .yesPartlyNo:
            let (word, evidence) = leadingWord(text)
            guard let answer = yesPartlyNo(word) else {
                return .failure(.init("answer yes, partly or no (evidence may follow after a colon)"))
            }
            return .success(.yesPartlyNo(answer, evidence: evidence))
        case .grade:
            return grade(text, options: options, scale: context.template.scale.name).map { .grade(level: $0.level.id, rationale: $0.rationale) }
        case .date:
            return date(text, today: context.today).map { .date($0) }
        }
    }

    /// The most words a tag of the room's own may have: a tag names a theme
    /// (`weekend cover`, `no chronology used`), it is not a finding.
    public static let newTagWords = 4

    /// Why `item`, typed at a tags question and not among its tags, cannot
    /// be a new tag: a tag is a word or short phrase, so a sentence typed as
    /// if it were an answer, an address or an email is refused, not saved
    /// as a tag.
    static func newTagProblem(_ item: String, options: [Choice]) -> AnswerProblem? {
        let picks = options.isEmpty ? "" : "; or pick the tags shown by number (1,4,7 or 2-4) or name"
        guard item.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }) else {
            return .init("'\(item)' is not a tag: a new tag is a word or short phrase of letters, digits, spaces and hyphens, without sentence punctuation\(picks)")
        }
        let words = item.split(whereSeparator: { $0 == " " || $0 == "-" }).count
        guard words <= newTagWords else {
            return .init("'\(item)' is not a tag: a new tag is a short phrase of up to \(newTagWords) words, not a sentence (a finding goes in the section's own questions)\(picks)")
        }
        return nil
    }

    /// The tags of `value` the question does not list: new ones of the room's own.
    public static func newTags(_ value: AnswerValue, question: Question) -> [String] {
        guard case let .tags(tags) = value else { return [] }
        return tags.filter { tag in !question.choices.contains { $0.id == tag } }
    }

    /// The items of a list answer: split at commas and semicolons, and at
    /// spaces too when the whole answer is numbers (`1 4 7`, `1-3 6`), unless
    /// it is one option's own id or label (`0-4`).
    public static func listItems(_ text: String, options: [Choice]) -> [String] {
        let numeric = text.allSatisfy { $0.isASCII && ($0.isNumber || " ,;-".contains($0)) }
        let wanted = text.lowercased()
        guard numeric, !options.contains(where: { $0.id.lowercased() == wanted || $0.label.lowercased() == wanted }) else { return split(text) }
        return text.split(whereSeparator: { " ,;".contains($0) }).map(String.init)
    }

    /// One item of a list answer: an option (see ``match(_:in:what:)``), or a
    /// range of their printed numbers (`2-4`). An option whose own id looks
    /// like a range (`0-4`) is matched first.
    public static func picks(_ item: String, in options: [Choice], what: String) -> Result<[Choice], AnswerProblem> {
        let wanted = item.lowercased()
        if let exact = options.first(where: { $0.id.lowercased() == wanted || $0.label.lowercased() == wanted }) {
            return .success([exact])
        }
        let ends = item.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty, ends.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            // A number too large for Int is refused here, never trapped on.
            guard let low = Int(ends[0]), let high = Int(ends[1]), low >= 1, high <= options.count, low <= high else {
                return .failure(outsideNumbers(item, count: options.count, many: true, range: true))
            }
            return .success(Array(options[(low - 1)...(high - 1)]))
        }
        return match(item, in: options, what: what).map { [$0] }
    }

    /// Why a typed number (or range of numbers) cannot be a pick: it is
    /// outside the numbers shown. The one sentence every numbered list
    /// refuses with: the number, the range, and the other forms accepted.
    /// `many`: a list answer, where several numbers and ranges may be given;
    /// `names`: what may be typed instead of a number.
    public static func numberProblem(_ item: String, options: [Choice], many: Bool = false, names: String? = nil) -> AnswerProblem? {
        guard !item.isEmpty, item.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if let number = Int(item), number >= 1, number <= options.count { return nil }
        return outsideNumbers(item, count: options.count, many: many, names: names)
    }

    /// `item` is not among the numbers 1 to `count`: see ``numberProblem(_:options:many:names:)``.
    public static func outsideNumbers(_ item: String, count: Int, many: Bool = false, range: Bool = false, names: String? = nil) -> AnswerProblem {
        guard count > 0 else { return .init("'\(item)' is a number, and this question lists no numbered options") }
        let which = range ? "a range of the numbers shown" : "one of the numbers shown"
        let forms = many
            ? "choose numbers from 1 to \(count) (as 1,4,7 or 2-4), or \(names ?? "names")"
            : "choose a number from 1 to \(count), or \(names ?? "a name")"
        return .init("'\(item)' is not \(which): \(forms)")
    }

    /// A grade, with its rationale on the same line when one follows:
    /// `2`, `good`, `2 Concerns recognised early`, `good: recognised early`,
    /// `Requires improvement: …`. A level alone gives an empty rationale
    /// (asked next). Without a colon, only a number or a level's whole id or
    /// label may come before the rationale, so `requires improvement` is
    /// never read as `requires` and a rationale of `improvement`.
    public static func grade(_ text: String, options: [Choice], scale: String) -> Result<(level: Choice, rationale: String), AnswerProblem> {
        let what = "level of \(scale)"
        if case let .success(level) = match(text, in: options, what: what) { return .success((level, "")) }
        if let colon = text.firstIndex(of: ":") {
            let head = text[..<colon].trimmingCharacters(in: .whitespaces)
            let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if case let .success(level) = match(head, in: options, what: what) { return .success((level, rest)) }
        }
        for level in options {
            for word in [level.id, level.label] where text.lowercased().hasPrefix(word.lowercased() + " ") {
                return .success((level, text.dropFirst(word.count).trimmingCharacters(in: .whitespaces)))
            }
        }
        if let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            let head = String(text[..<space])
            if head.allSatisfy({ $0.isASCII && $0.isNumber }) {
                if let problem = numberProblem(head, options: options, names: "a level's name") { return .failure(problem) }
                if case let .success(level) = match(head, in: options, what: what) {
                    return .success((level, text[space...].trimmingCharacters(in: .whitespaces)))
                }
            }
        }
        if let problem = numberProblem(text, options: options, names: "a level's name") { return .failure(problem) }
        // A word of another scale (amber, good+): the refusal maps it onto this one.
        if case .failure = match(text, in: options, what: what), let problem = GradeHints.problem(text, levels: options, scale: scale) {
            return .failure(problem)
        }
        return match(text, in: options, what: what).map { ($0, "") }.mapError { problem in
            .init(problem.message + " (a rationale may follow the level: 2 Recognised early, or good: recognised early)")
        }
    }

    /// Splits a list typed with commas or semicolons.
    public static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    public static func tagID(_ text: String) -> String {
        Identifier.slug(text)
    }

    /// `yes: seen alone at school` or `partly - …` or `no`.
    static func leadingWord(_ text: String) -> (String, String) {
        let separators: Set<Character> = [":", ",", " ", "-", "—", "."]
        guard let end = text.firstIndex(where: { separators.contains($0) }) else { return (text, "") }
        let rest = text[end...].drop { separators.contains($0) || $0.isWhitespace }
        return (String(text[..<end]), String(rest))
    }

    static func yesPartlyNo(_ word: String) -> YesPartlyNo? {
        switch word.lowercased() {
        case "y", "yes": .yes
        case "p", "partly", "partially", "part": .partly
        case "n", "no": .no
        default: nil
        }
    }

    /// A number from the list, an id, a label, or the unique start of one.
    public static func match(_ text: String, in options: [Choice], what: String) -> Result<Choice, AnswerProblem> {
        let wanted = text.lowercased()
        // Compared before any arithmetic: Int.min - 1 would trap.
        if let number = Int(text), number >= 1, number <= options.count { return .success(options[number - 1]) }
        if let exact = options.first(where: { $0.id.lowercased() == wanted || $0.label.lowercased() == wanted }) {
            return .success(exact)
        }
        let starts = options.filter { $0.id.lowercased().hasPrefix(wanted) || $0.label.lowercased().hasPrefix(wanted) }
        if starts.count == 1 { return .success(starts[0]) }
        // The initials a room says aloud ("cp" for child-protection, "cin" for
        // child-in-need), when they are one option's and nothing else matched.
        if starts.isEmpty, wanted.count >= 2, wanted.contains(where: \.isLetter), wanted.allSatisfy({ $0.isLetter || $0.isNumber }) {
            let initialled = options.filter { initials($0.id) == wanted || initials($0.label) == wanted }
            if initialled.count == 1 { return .success(initialled[0]) }
        }
        let listed = options.map(\.id).joined(separator: ", ")
        if starts.count > 1 {
            return .failure(.init("'\(text)' could be \(starts.map(\.id).joined(separator: " or ")); type more of it"))
        }
        let article = what.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        // A slip of the keys (polcie, educaton): the one option meant, when only one is that near.
        let near = options.filter { option in
            [option.id, option.label].contains {
                abs($0.count - wanted.count) <= 2 && Typo.distance(wanted, $0.lowercased()) <= (wanted.count > 4 ? 2 : 1)
            }
        }
        if near.count == 1, wanted.count >= 3 {
            return .failure(.init("'\(text)' is not \(article) \(what): did you mean \(near[0].id) (\(near[0].label))? Use \(listed)"))
        }
        return .failure(.init("'\(text)' is not \(article) \(what): use \(listed)"))
    }

    /// The first letter of each word of an id or a label, lower-cased.
    static func initials(_ text: String) -> String {
        String(text.lowercased().split { !$0.isLetter && !$0.isNumber }.compactMap(\.first))
    }

    /// Agencies given as numbers, ids or names from `options`, or `+Name` for
    /// one not listed (its id made from the name), each once, in the order given.
    /// The items of a list of agencies as typed: separated by commas or
    /// semicolons, and also by spaces between numbers and ids (`1 2 5 7`,
    /// `csc police`), each `+Name` running to the next comma or ` +` so an
    /// added agency's name keeps its spaces (`1 2 +Youth justice service`).
    /// A name typed with spaces (`Children's social care`) stays one item.
    public static func agencyItems(_ text: String, options: [Agency]) -> [String] {
        let ids = Set(options.map { $0.id.lowercased() })
        var items: [String] = []
        for part in split(text) {
            var pieces = part.components(separatedBy: " +").map { $0.trimmingCharacters(in: .whitespaces) }
            let head = pieces.removeFirst()
            if head.hasPrefix("+") {
                items.append(head)
            } else {
                let words = head.split(whereSeparator: \.isWhitespace).map(String.init)
                let each = words.allSatisfy { word in word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") } || ids.contains(word.lowercased()) }
                items += each ? words : [head]
            }
            items += pieces.filter { !$0.isEmpty }.map { "+" + $0 }
        }
        return items.filter { !$0.isEmpty }
    }

    public static func agencies(_ items: [String], from options: [Agency]) -> Result<[Agency], AnswerProblem> {
        var chosen: [Agency] = []
        for item in items {
            let agency: Agency
            if item.hasPrefix("+") {
                let name = item.dropFirst().trimmingCharacters(in: .whitespaces)
                let id = Identifier.slug(name)
                guard Identifier.isValid(id) else {
                    return .failure(.init("give the added agency a name in plain letters and digits, like +Youth justice service"))
                }
                agency = Agency(id: id, name: name)
            } else {
                let listed = options.map { Choice(id: $0.id, label: $0.name) }
                if let problem = numberProblem(item, options: listed, many: true, names: "ids, or +Name to add an agency") {
                    return .failure(problem)
                }
                switch match(item, in: listed, what: "agency listed above") {
                case let .success(choice): agency = options.first { $0.id == choice.id }!
                case let .failure(failure): return .failure(.init(failure.message + " (or +Name to add another)"))
                }
            }
            if !chosen.contains(where: { $0.id == agency.id }) { chosen.append(agency) }
        }
        return .success(chosen)
    }

    /// `2027-03-31`, `31/03/2027` or `today`, as `yyyy-mm-dd`.
    public static func date(_ text: String, today: String) -> Result<String, AnswerProblem> {
        if text.lowercased() == "today" { return .success(today) }
        var parts: [Int] = []
        var order = "ymd"
        if text.contains("/") {
            parts = text.split(separator: "/").compactMap { Int($0) }
            order = "dmy"
        } else {
            parts = text.split(separator: "-").compactMap { Int($0) }
        }
        guard parts.count == 3 else {
            return .failure(.init("'\(text)' is not a date: write it as 2027-03-31 or 31/03/2027"))
        }
        let (year, month, day) = order == "ymd" ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0])
        // "04/12/26": a real date with its year cut short, never guessed at.
        if order == "dmy", (0...99).contains(year), text.split(separator: "/").last?.count ?? 0 <= 2 {
            return .failure(.init("'\(text)' has a two-digit year: write the year in full, as in \(String(format: "%02d/%02d/20%02d", day, month, year))"))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        // The ranges first: a date of Int.max parts never reaches the calendar.
        guard (1900..<2200).contains(year), (1...12).contains(month), (1...31).contains(day), components.isValidDate(in: calendar) else {
            return .failure(.init("'\(text)' is not a real date"))
        }
        return .success(String(format: "%04d-%02d-%02d", year, month, day))
    }

    /// The template's refused answers, matched ignoring case.
    private static func refusal(_ text: String, question: Question) -> AnswerProblem? {
        // Most questions refuse nothing: a long answer is not lowercased for them.
        guard !question.refuse.isEmpty else { return nil }
        let lower = text.lowercased()
        for refused in question.refuse where lower == refused.lowercased() || lower.hasPrefix(refused.lowercased() + " ") {
            return .init("'\(text)' is not accepted here: \(refusalReason(question))")
        }
        return nil
    }

    static func refusalReason(_ question: Question) -> String {
        question.type == .date ? "give a real date by which it will be done" : "be specific"
    }
}

/// Why an answer was not accepted, as one sentence for the room.
public struct AnswerProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
