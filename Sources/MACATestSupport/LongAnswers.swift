import Foundation
import MACAKit

/// Long answers, for the tests that save them and the benchmark that times
/// them (Documentation/Performance.md): invented prose of a given size with
/// one identifier planted near its end, in the shapes a facilitator gives it
/// to maca: one piped line, lines continued with a trailing backslash, a file
/// written by `$EDITOR`, and a field of a paper return.
public enum LongAnswers {
    /// The identifier planted in every long answer: an invented number in
    /// the NHS shape (3-3-4 with spaces), which the guard finds by its shape.
    public static let plantedNHSNumber = "943 476 5919"

    /// The demo's answer that a long one replaces: DEMO-0101's `daily-care`,
    /// a free-text question, asked just after `answerBefore`.
    public static let replacedAnswer = "Breakfast at nursery most days; no routine at home for bedtime."
    public static let answerBefore = "A toddler in a cold flat, often hungry by the afternoon; nappy rash noted at three visits."

    /// Invented observations, with letters outside ASCII (and one outside
    /// the Basic Multilingual Plane, two UTF-16 units) and digits that are no
    /// identifier, so the guard's patterns all run and find nothing in them.
    private static let observations = [
        "The health visitor saw the child at home and noted a cold flat with little food in the cupboards.",
        "Nursery staff said the child arrived hungry most mornings; the café breakfast club helped.",
        "Social care held 2 core groups without the school, which was a missed chance to hear from the teacher.",
        "The naïve hope that things had improved was not tested against the chronology — a pattern across plans.",
        "Police attended after a neighbour’s call and shared what they saw the same day.",
        "The child drew 🙂 and ☹ on the feelings chart and pointed to the sad face for home.",
        "The GP had growth concerns over 3 appointments but was not invited to the core group.",
        "Mother said the boiler had been broken since the winter and the landlord had not come.",
    ]

    /// The sentences of a long answer whose lines, joined with a space or a
    /// newline, are at most `bytes` bytes of UTF-8 and within one sentence
    /// of it; each is numbered, so none repeats, and the third from last
    /// holds the planted number.
    public static func sentences(bytes: Int) -> [String] {
        var sentences: [String] = []
        var size = -1
        var number = 1
        let planted = "Entry 0: the GP record was checked against NHS number \(plantedNHSNumber) before the meeting."
        let room = bytes - planted.utf8.count - 1
        while true {
            let sentence = "Entry \(number): \(observations[(number - 1) % observations.count])"
            guard size + 1 + sentence.utf8.count <= room || sentences.isEmpty else { break }
            sentences.append(sentence)
            size += 1 + sentence.utf8.count
            number += 1
        }
        sentences.insert(planted, at: max(0, sentences.count - 2))
        return sentences
    }

    /// A long answer on one line, about `bytes` bytes of UTF-8.
    public static func prose(bytes: Int) -> String {
        sentences(bytes: bytes).joined(separator: " ")
    }

    /// Lines as typed at the REPL, each but the last ending in a backslash:
    /// the answer saved is `lines.joined(separator: "\n")`.
    public static func continued(_ lines: [String]) -> String {
        lines.joined(separator: "\\\n")
    }

    /// The demo day with `typed` (one line or several) where the replaced
    /// answer was, then "k" and a reason: the planted identifier is kept
    /// deliberately, so the answer is saved exactly as typed.
    public static func demo(typing typed: String) throws -> String {
        try DayScripts.demo(replacing: replacedAnswer, with: [typed, "k", keepReason])
    }

    /// Why the planted identifier is kept, as typed at the guard's prompt.
    public static let keepReason = "Kept to measure a long answer."

    /// The demo up to the question a long answer replaces, and what follows it.
    public static func demoAroundReplaced() throws -> (before: String, after: String) {
        let (before, rest) = try DayScripts.demoSplit(after: answerBefore)
        precondition(rest.hasPrefix(replacedAnswer + "\n"), "the demo's answer after '\(answerBefore)' must be '\(replacedAnswer)'")
        return (before, String(rest.dropFirst(replacedAnswer.count + 1)))
    }

    /// A blank return form (`maca returns form`) with its auditor and the
    /// first case's `return-involvement` filled in, `lines` as the lines of
    /// its literal block; every other answer left empty (skipped).
    public static func returnForm(_ blank: String, auditor: String, involvement lines: [String]) -> String {
        let empty = "    return-involvement: |\n      \n"
        guard let range = blank.range(of: empty) else { preconditionFailure("the blank form has no empty return-involvement") }
        var form = blank
        form.replaceSubrange(range, with: "    return-involvement: |\n" + lines.map { "      " + $0 + "\n" }.joined())
        return form.replacingOccurrences(of: "auditor: \"\"", with: "auditor: \(auditor)")
    }
}
