import Foundation
import MACAKit

/// The labelled action points of `Tests/MACAKitTests/Fixtures/smart-actions.tsv`
/// (and of the held-out `smart-actions-heldout.tsv`) and how far the SMART rules agree with their labels: the figures of
/// `Scripts/smart-eval` and of the test that holds them.
public enum SmartActionSet {
    public static let path = "\(packageRoot)/Tests/MACAKitTests/Fixtures/smart-actions.tsv"
    /// 121 action points written and labelled by someone who never saw the
    /// rules: the figure on text the rules were not written against.
    public static let heldOutPath = "\(packageRoot)/Tests/MACAKitTests/Fixtures/smart-actions-heldout.tsv"
    /// 120 more, by another hand, in styles unlike the first two (probation,
    /// GP practice, housing, faith, sport); measured once before the rules
    /// were changed for it (Documentation/Templates.md).
    public static let heldOut2Path = "\(packageRoot)/Tests/MACAKitTests/Fixtures/smart-actions-heldout2.tsv"
    /// 120 more, by a third hand (ambulance, dental, early years, LADO,
    /// madrassa, FE college…), measured once before the rules were changed for it.
    public static let heldOut3Path = "\(packageRoot)/Tests/MACAKitTests/Fixtures/smart-actions-heldout3.tsv"
    /// The audit day the due offsets count from, with the default limit of 12 months.
    public static let today = "2026-03-10"

    public struct Row: Sendable {
        public var line: Int
        public var action, owner, due, measure, resources: String
        /// Empty for a SMART action; else the letters its writer says fail,
        /// in SMART order ("SMA" in the file).
        public var fails: [SmartLetter]

        public var isGood: Bool { fails.isEmpty }
    }

    public static func load(_ path: String = path) throws -> [Row] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst().compactMap { index, line in
            if line.isEmpty { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 7, ["good", "vague"].contains(cells[5]) else {
                throw SmartSetError(message: "\(path):\(index + 1): expected 7 tab-separated cells ending good or vague and a letter")
            }
            // One letter or several ("SMA"), each once; spaces and commas between are allowed.
            let written = cells[6].filter { !" ,".contains($0) }
            let letters = written.compactMap { SmartLetter(rawValue: String($0)) }
            guard letters.count == written.count, Set(letters).count == letters.count else {
                throw SmartSetError(message: "\(path):\(index + 1): '\(cells[6])' is not a set of SMART letters: write each letter that fails once, e.g. M or SMA")
            }
            if (cells[5] == "vague") == letters.isEmpty {
                throw SmartSetError(message: "\(path):\(index + 1): a vague action names the letters that fail (S, M, A, R or T, one or several); a good one none")
            }
            let fails = SmartLetter.allCases.filter(letters.contains)
            return Row(line: index + 1, action: cells[0], owner: cells[1], due: cells[2], measure: cells[3], resources: cells[4], fails: fails)
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
        /// problem, or a vague row refused for one of its labelled letters.
        public var agreed: Int
        /// Vague rows refused for every one of their labelled letters.
        public var everyLetter: Int
        /// Good rows refused, with the problems found.
        public var falseRefusals: [(Row, [SmartProblem])]
        /// Vague rows refused for none of their letters.
        public var misses: [(Row, [SmartProblem])]
        /// Vague rows refused for some of their letters but not all.
        public var partlyFound: [(Row, [SmartProblem])]
        /// For each letter: vague rows labelled with it, and how many were refused for it.
        public var perLetter: [SmartLetter: (labelled: Int, found: Int)]

        public var agreement: Double { rows == 0 ? 0 : Double(agreed) / Double(rows) }
        /// Good rows refused by the wording rules (Specific, Measurable, Assignable, Realistic).
        public var wordingRefusals: Int { falseRefusals.filter { $0.1.contains { $0.letter != .timeRelated } }.count }
    }

    public static func score(_ rows: [Row], rules: SmartRules = .defaults) -> Score {
        var score = Score(rows: rows.count, agreed: 0, everyLetter: 0, falseRefusals: [], misses: [], partlyFound: [], perLetter: [:])
        for row in rows {
            let problems = check(row, rules: rules)
            if !row.isGood {
                let found = row.fails.filter { letter in problems.contains { $0.letter == letter } }
                for letter in row.fails {
                    score.perLetter[letter, default: (0, 0)].labelled += 1
                    if found.contains(letter) { score.perLetter[letter, default: (0, 0)].found += 1 }
                }
                if found.isEmpty {
                    score.misses.append((row, problems))
                } else {
                    score.agreed += 1
                    if found.count == row.fails.count { score.everyLetter += 1 } else { score.partlyFound.append((row, problems)) }
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
        let good = rows.filter(\.isGood).count
        var lines = [
            "SMART rules against \(rows.count) labelled action points (\(good) good, \(rows.count - good) vague)",
            String(format: "agreement: %d of %d (%.1f%%)", score.agreed, score.rows, score.agreement * 100),
            "  vague refused for every letter labelled: \(score.everyLetter) of \(rows.count - good)",
        ]
        for letter in SmartLetter.allCases {
            let (labelled, found) = score.perLetter[letter] ?? (0, 0)
            lines.append(String(format: "  %@ %-12@ %3d of %3d labelled refused for it (%.1f%%)", letter.rawValue, letter.word, found, labelled, labelled == 0 ? 0 : Double(found) / Double(labelled) * 100))
        }
        lines.append("good actions refused: \(score.falseRefusals.count) of \(good) (for wording alone: \(score.wordingRefusals))")
        if verbose {
            for (row, problems) in score.falseRefusals {
                lines.append("  refused good (line \(row.line)): " + problems.map(\.message).joined(separator: " | "))
            }
            for (row, problems) in score.misses {
                let found = problems.isEmpty ? "nothing" : problems.map(\.letter.rawValue).joined(separator: ",")
                let labelled = row.fails.map(\.rawValue).joined()
                lines.append("  missed \(labelled) (line \(row.line)): '\(row.action)' / '\(row.measure)' / '\(row.owner)' / '\(row.resources)' / \(row.due); found \(found)")
            }
            for (row, problems) in score.partlyFound {
                let labelled = row.fails.map(\.rawValue).joined()
                let found = problems.map(\.letter.rawValue).joined(separator: ",")
                lines.append("  partly found \(labelled) (line \(row.line)): '\(row.action)' / '\(row.measure)' / '\(row.owner)' / '\(row.resources)' / \(row.due); found \(found)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

public struct SmartSetError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
