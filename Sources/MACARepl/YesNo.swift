import Foundation

/// The one rule for a yes/no question: `y`, `yes`, `n`, `no` in any case,
/// Enter the default shown; anything else is no answer at all (nil), so the
/// question is asked again rather than the text taken as no (issue 17).
enum YesNo {
    static func answer(_ typed: String, default value: Bool) -> Bool? {
        switch typed.trimmingCharacters(in: .whitespaces).lowercased() {
        case "": value
        case "y", "yes": true
        case "n", "no": false
        default: nil
        }
    }

    /// What is said when an answer is neither yes nor no.
    static func refusal(_ typed: String, default value: Bool) -> String {
        let shown = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        let quoted = shown.count > 40 ? "that" : "'\(shown)'"
        return "\(quoted) is not yes or no: answer y or n (Enter takes \(value ? "yes" : "no")); nothing was saved"
    }
}
