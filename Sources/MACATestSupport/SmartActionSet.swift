import Foundation
import MACAKit

/// The labelled action points of `Tests/MACAKitTests/Fixtures/smart-actions.tsv`
/// and how far the SMART rules agree with their labels: the figures of
/// `Scripts/smart-eval` and of the test that holds them.
public enum SmartActionSet {
    public static let path = "\(packageRoot)/Tests/MACAKitTests/Fixtures/smart-actions.tsv"
    /// The audit day the due offsets count from, with the default limit of 12 months.
    public static let today = "2026-03-10"

    public struct Row: Sendable {
        public var line: Int
        public var action, owner, due, measure, resources: String
        /// Nil for a SMART action; else the letter its writer says fails.
        public var fails: SmartLetter?
    }

    public static func load(_ path: String = path) throws -> [Row] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst().compactMap { index, line in
            if line.isEmpty { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 7, ["good", "vague"].contains(cells[5]) else {
                throw SmartSetError(message: "\(path):\(index + 1): expected 7 tab-separated cells ending good or vague and a letter")
            }
            let letter = SmartLetter(rawValue: cells[6])
            if (cells[5] == "vague") != (letter != nil) {
                throw SmartSetError(message: "\(path):\(index + 1): a vague action names the letter that fails (S, M, A, R or T); a good one none")
            }
            return Row(line: index + 1, action: cells[0], owner: cells[1], due: cells[2], measure: cells[3], resources: cells[4], fails: letter)
        }
    }

    /// The letters the rules find failing in one row.
    public static func check(_ row: Row, rules: SmartRules = .defaults) -> [SmartProblem] {
        let due: SmartProblem?
        if let months = Int(row.due) {
            due = SmartRules.due(CalendarDate.adding(months: months, to: today), today: today, withinMonths: 12)
        } else {
            switch AnswerParser.date(row.due, today: today) {
            case let .failure(problem): due = SmartProblem(.timeRelated, "the due date: \(problem.message)")
            case let .success(date): due = SmartRules.due(date, today: today, withinMonths: 12)
            }
        }
        return [rules.action(row.action), rules.measure(row.measure), rules.owner(row.owner), rules.resources(row.resources), due].compactMap { $0 }
    }

    public struct Score: Sendable {
        public var rows: Int
        /// Rows where the rules and the label agree: a good row with no
        /// problem, or a vague row refused for its labelled letter.
        public var agreed: Int
        /// Good rows refused, with the problems found.
        public var falseRefusals: [(Row, [SmartProblem])]
        /// Vague rows not refused for their letter.
        public var misses: [(Row, [SmartProblem])]
        /// For each letter: vague rows of that letter, and how many were refused for it.
        public var perLetter: [SmartLetter: (labelled: Int, found: Int)]

        public var agreement: Double { rows == 0 ? 0 : Double(agreed) / Double(rows) }
        /// Good rows refused by the wording rules (Specific, Measurable, Assignable, Realistic).
        public var wordingRefusals: Int { falseRefusals.filter { $0.1.contains { $0.letter != .timeRelated } }.count }
    }

    public static func score(_ rows: [Row], rules: SmartRules = .defaults) -> Score {
        var score = Score(rows: rows.count, agreed: 0, falseRefusals: [], misses: [], perLetter: [:])
        for row in rows {
            let problems = check(row, rules: rules)
            if let letter = row.fails {
                let found = problems.contains { $0.letter == letter }
                score.perLetter[letter, default: (0, 0)].labelled += 1
                if found {
                    score.perLetter[letter, default: (0, 0)].found += 1
                    score.agreed += 1
                } else {
                    score.misses.append((row, problems))
                }
            } else if problems.isEmpty {
                score.agreed += 1
            } else {
                score.falseRefusals.append((row, problems))
            }
        }
        return score
    }

    /// The figures as `Scripts/smart-eval` prints them.
    public static func report(_ score: Score, rows: [Row], verbose: Bool) -> String {
        let good = rows.filter { $0.fails == nil }.count
        var lines = [
            "SMART rules against \(rows.count) labelled action points (\(good) good, \(rows.count - good) vague)",
            String(format: "agreement: %d of %d (%.1f%%)", score.agreed, score.rows, score.agreement * 100),
        ]
        for letter in SmartLetter.allCases {
            let (labelled, found) = score.perLetter[letter] ?? (0, 0)
            lines.append(String(format: "  %@ %-12@ %3d of %3d vague refused for it (%.1f%%)", letter.rawValue, letter.word, found, labelled, labelled == 0 ? 0 : Double(found) / Double(labelled) * 100))
        }
        lines.append("good actions refused: \(score.falseRefusals.count) of \(good) (for wording alone: \(score.wordingRefusals))")
        if verbose {
            for (row, problems) in score.falseRefusals {
                lines.append("  refused good (line \(row.line)): " + problems.map(\.message).joined(separator: " | "))
            }
            for (row, problems) in score.misses {
                let found = problems.isEmpty ? "nothing" : problems.map(\.letter.rawValue).joined(separator: ",")
                lines.append("  missed \(row.fails?.rawValue ?? "?") (line \(row.line)): '\(row.action)' / '\(row.measure)' / '\(row.owner)' / '\(row.resources)' / \(row.due); found \(found)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

public struct SmartSetError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
