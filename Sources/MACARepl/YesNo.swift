import Foundation
import MACAKit

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

    /// The word a line at an offer of yes, no or edit was a slip for, if it
    /// looks like one rather than an answer: one word within one typo of
    /// such a word (`yse`, `eidt`), or the word itself (or its first letter)
    /// with at most one short word after it (`yes pls`, `no thanks`). Such a
    /// line is refused and the offer asked again, never saved as an answer
    /// (issue 17).
    static func slip(_ typed: String, for words: [String] = ["yes", "no", "edit"]) -> String? {
        let parts = typed.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .split(whereSeparator: \.isWhitespace).map { $0.filter { !".,;!".contains($0) } }
        switch parts.count {
        case 1:
            return words.first { parts[0] == $0 } ?? words.first { Typo.distance(parts[0], $0) <= 1 }
        case 2:
            guard parts[1].count <= 6, parts[1].allSatisfy(\.isLetter) else { return nil }
            return words.first { parts[0] == $0 || parts[0] == String($0.prefix(1)) }
        default:
            return nil
        }
    }
}
