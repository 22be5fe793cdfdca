import Foundation

/// Who acknowledged an immediate concern for the receiving agency: a role
/// ("Duty team manager, CSC"). A date, a number or punctuation typed there
/// (the room giving when, not who) is refused, or the close would count the
/// concern acknowledged by "04/12/2026" (issue 17).
public enum AcknowledgingRole {
    /// Why `text` is not a role that acknowledged a concern, or nil if it may be.
    public static func problem(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let rule = "who acknowledged it is a role, like 'Duty team manager, CSC'"
        if ["no", "n", "not yet", "none", "nobody", "no one"].contains(trimmed.lowercased()) {
            return "'\(trimmed)' is not who acknowledged the concern: if no one has yet, leave it empty (:ack it later); else \(rule)"
        }
        if isDate(trimmed) { return "'\(trimmed)' is a date, not who acknowledged the concern: \(rule)" }
        if !trimmed.contains(where: \.isLetter) {
            return trimmed.contains(where: \.isNumber)
                ? "'\(trimmed)' is a number, not who acknowledged the concern: \(rule)"
                : "'\(trimmed)' is only punctuation, not who acknowledged the concern: \(rule)"
        }
        return nil
    }

    private static let months = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"

    /// Only a date: in digits (`04/12/2026`, `2026-12-04`), or in words
    /// (`4 December`, `Dec 4th 2026`, `today`, `yesterday`), perhaps after a weekday.
    static func isDate(_ text: String) -> Bool {
        let lowered = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
        let weekday = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?"
        let patterns = [
            "^\(weekday)\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?$",
            "^\(weekday)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(months)(?:,?\\s+\\d{2,4})?$",
            "^\(weekday)\(months)\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{2,4})?$",
            "^(?:today|yesterday|this morning|this afternoon)$",
        ]
        return patterns.contains { lowered.range(of: $0, options: .regularExpression) != nil }
    }
}
