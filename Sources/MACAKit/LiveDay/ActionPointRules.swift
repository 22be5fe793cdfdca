import Foundation

/// SMART action points: specific, measurable, owned by a role and an agency
/// at the day, resourced and timed; never "ongoing", "in progress", "TBC"
/// or "continue to…" (Bedford framework, Appendix 7). The rules are the
/// template's (``SmartRules``); this applies them to the questions asked.
public enum ActionPointRules {
    /// Why one field of an action point is not SMART, or nil if it is.
    public static func problem(with value: AnswerValue, for question: Question, context: AnswerContext) -> AnswerProblem? {
        let rules = context.template.smart
        switch value {
        case let .text(text):
            let problem: SmartProblem? = switch rules.part(of: question.id) {
            case .action: rules.action(text)
            case .owner: rules.owner(text, field: "the lead role", agencies: (context.template.agencies + context.attending).flatMap { [$0.name, $0.id] })
            case .measure: rules.measure(text, field: "the outcome measure")
            case .resources: rules.resources(text)
            case .due, nil: SmartRules.matches(SmartRules.words(text), rules.notMeasures)
                ? SmartProblem(.specific, "'\(text)' says nothing that can be checked; say exactly what, or by whom") : nil
            }
            return problem.map { AnswerProblem($0.message) }
        case let .date(date):
            return SmartRules.due(date, today: context.today, withinMonths: context.template.actionDueWithinMonths).map { AnswerProblem($0.message) }
        case let .choice(agency) where question.type == .agency:
            return context.attending.contains { $0.id == agency }
                ? nil : AnswerProblem("'\(agency)' is not attending the day: an action is owned by an agency in the room")
        default:
            return nil
        }
    }

    /// The required fields an action point still lacks, by prompt.
    public static func missing(_ fields: [String: AnswerValue], in section: Section) -> [Question] {
        section.questions.filter { $0.required && fields[$0.id] == nil }
    }

    /// The audit date plus the template's limit.
    public static func latestDueDate(_ context: AnswerContext) -> String {
        CalendarDate.adding(months: context.template.actionDueWithinMonths, to: context.today)
    }
}

/// Calendar arithmetic on `yyyy-mm-dd` dates, in UTC so no clock or zone changes them.
public enum CalendarDate {
    public static func adding(months: Int, to date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              let end = calendar.date(byAdding: .month, value: months, to: start)
        else { return date }
        let out = calendar.dateComponents([.year, .month, .day], from: end)
        return String(format: "%04d-%02d-%02d", out.year ?? 0, out.month ?? 0, out.day ?? 0)
    }
}

/// Case references: what the case system calls the case, never a name.
public enum CaseReference {
    /// Why `text` cannot be a case reference, or nil if it can.
    public static func problem(_ text: String) -> String? {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_/."))
        guard (3...40).contains(text.count) else { return "a case reference is 3 to 40 characters, like NEG-0042" }
        guard text.unicodeScalars.allSatisfy({ allowed.contains($0) && $0.isASCII }) else {
            return "a case reference is letters, digits and - _ / . only, like NEG-0042: never a child's name"
        }
        guard text.contains(where: \.isNumber) else {
            return "'\(text)' has no digits: use the case system's reference, never a child's name"
        }
        if isDate(text) {
            return "'\(text)' is a date, and a date (of birth, of a referral) can identify a child: use the case system's reference, like NEG-0042"
        }
        return nil
    }

    /// Whether `text`, typed where something else was asked (the reason a
    /// case was chosen), is plainly a case reference: one word that could be
    /// a reference and is written like `ref` (the same letters before its
    /// first digit, as NEG-0042 and NEG-0043), or is one of `known`.
    public static func isPlainly(_ text: String, like ref: String, known: [String] = []) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard problem(text) == nil, text.lowercased() != ref.lowercased() else { return false }
        if known.contains(where: { $0.lowercased() == text.lowercased() }) { return true }
        func stem(_ word: String) -> String { String(word.prefix { !$0.isNumber }).lowercased() }
        let own = stem(ref)
        return own.contains(where: \.isLetter) && stem(text) == own
    }

    /// A day, month and year (or year, month, day) in digits, with / - or . between.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { "/-.".contains($0) })
        guard parts.count == 3, parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isNumber } }) else { return false }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return false }
        let (first, second, third) = (numbers[0], numbers[1], numbers[2])
        if parts[0].count == 4 { return (1...12).contains(second) && (1...31).contains(third) }
        return (1...31).contains(first) && (1...12).contains(second) && (parts[2].count == 2 || parts[2].count == 4)
            || (1...12).contains(first) && (1...31).contains(second) && (parts[2].count == 2 || parts[2].count == 4)
    }
}
