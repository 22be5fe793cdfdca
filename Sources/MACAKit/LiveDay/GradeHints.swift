import Foundation

/// Words a room uses from a scale other than the template's (red, amber,
/// green; the Ofsted four points; "good+"), placed on one line from best
/// (0) to worst (1), so a refused grade can name the template's nearest
/// levels instead of only saying the word is not one of them.
enum GradeHints {
    /// Where each foreign word sits between best (0) and worst (1).
    static let positions: [String: Double] = [
        "outstanding": 0, "excellent": 0, "exemplary": 0,
        "good+": 0.15, "good plus": 0.15, "very good": 0.15, "strong": 0.2,
        "green": 0.2,
        "good": 0.25, "good-": 0.45, "good minus": 0.45,
        "satisfactory": 0.6, "adequate": 0.6, "fair": 0.6, "amber": 0.6,
        "requires improvement": 0.67, "requires-improvement": 0.67, "ri": 0.67, "needs improvement": 0.67,
        "red": 1, "inadequate": 1, "poor": 1, "weak": 0.9,
    ]

    /// The levels (best first) nearest `word`, or nil when the word is not one the room might borrow.
    static func nearest(_ word: String, levels: [Choice]) -> [Choice]? {
        let key = word.lowercased().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: " +", with: "+").replacingOccurrences(of: " -", with: "-")
        guard let position = positions[key], levels.count > 1 else { return nil }
        let step = 1 / Double(levels.count - 1)
        let distances = levels.indices.map { abs(Double($0) * step - position) }
        let close = levels.indices.filter { distances[$0] <= 0.25 + 1e-9 }
        let best = distances.indices.min { distances[$0] < distances[$1] }!
        return (close.isEmpty ? [best] : close).map { levels[$0] }
    }

    /// The refusal for a word of another scale: the scale's levels, and the hint mapped onto them.
    static func problem(_ typed: String, levels: [Choice], scale: String) -> AnswerProblem? {
        let head = typed.split(separator: ":", maxSplits: 1).first.map(String.init) ?? typed
        var word = head.trimmingCharacters(in: .whitespaces)
        if nearest(word, levels: levels) == nil, let first = word.split(separator: " ").first {
            word = String(first)  // "amber, some delay in the plan"
                .trimmingCharacters(in: CharacterSet(charactersIn: ",;."))
        }
        guard let near = nearest(word, levels: levels) else { return nil }
        let listed = levels.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: ", ")
        let named = near.map { level in "\(level.label) (\(levels.firstIndex(of: level)! + 1))" }
        let hint = named.count == 1 ? "the nearest is \(named[0])" : "the nearest are \(named.joined(separator: " or "))"
        return AnswerProblem("'\(word)' is not a level of the \(scale), whose levels are \(listed): \(hint); choose one by its number or name")
    }
}
