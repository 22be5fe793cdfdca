import Foundation
import MACAKit

/// The identifier guard's evaluation corpus (Scripts/make-guard-corpus):
/// sentences with one identifier planted, and clean sentences of audit
/// prose, scored against the guard for `Scripts/guard-eval` and the test
/// that holds it to its targets (Documentation/Privacy.md).
public enum GuardCorpus {
    public struct Line: Sendable, Decodable {
        public var set: String
        /// "nhs", "postcode", "dob", "phone", "email", "ni", "address",
        /// "school", "reference", "name" (not registered), "registered", or "clean".
        public var kind: String
        public var text: String
        /// UTF-16 offsets of the planted identifier.
        public var start: Int
        public var end: Int
        /// Names registered for the sentence: role, then name.
        public var registered: [[String]]
    }

    /// The kinds in the order the figures are printed, with the guard's kind each is found as.
    public static let kinds: [(id: String, label: String, kind: IdentifierFinding.Kind)] = [
        ("nhs", "NHS numbers", .nhsNumber), ("postcode", "postcodes", .postcode), ("dob", "dates of birth", .dateOfBirth),
        ("phone", "phone numbers", .phone), ("email", "email addresses", .email), ("ni", "NI numbers", .niNumber),
        ("address", "addresses", .address), ("school", "school names", .school), ("reference", "reference numbers", .reference),
        ("registered", "registered names", .name), ("name", "names not registered", .name),
    ]
    /// Recall every kind must reach, but names nobody registered.
    public static let recallTarget = 0.98
    public static let unregisteredNameTarget = 0.95
    public static let falsePositiveTarget = 0.02
    /// Every corpus file, each held to the targets: the generated sets of every
    /// kind, the hand-written one, and the three sets of names nobody
    /// registered (children's names written by hand; names the gazetteer's
    /// sources do not hold, held out; a second such set written after the
    /// guard was tuned on the first); and the five corpora of every kind
    /// written cold by other hands, who saw only Documentation/Privacy.md
    /// (each run once before the guard was changed for it: Privacy.md has
    /// those first figures).
    public static let files = [
        "tuned.jsonl", "heldout.jsonl", "adversarial.jsonl", "names.jsonl", "names-heldout.jsonl", "names-fresh.jsonl",
        "independent-1.jsonl", "independent-2.jsonl", "independent-3.jsonl", "independent-4.jsonl", "independent-5.jsonl",
    ]
    public static let referenceYear = 2026
    public static let day = "guard-corpus-day"
    /// As a partnership's config would give it: its police occurrence numbers.
    public static let referencePattern = PartnershipConfig.ReferencePattern(name: "police occurrence number", pattern: "\\b[0-9]{2}/[0-9]{5,6}/[0-9]{2}\\b")

    public static var folder: String { "\(packageRoot)/Tests/MACAKitTests/Fixtures/guard-corpus" }

    /// A corpus line that cannot be scored as written, named by file and line.
    public struct BadLine: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a corpus file: a bare name is in ``folder``, a path (with a
    /// slash) is read as given. Every line is checked before any is scored,
    /// so a typo in a kind or an offset cannot quietly lower a figure.
    public static func load(_ name: String, folder: String = folder) throws -> [Line] {
        let path = name.contains("/") ? name : "\(folder)/\(name)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        let known = Set(kinds.map(\.id) + ["clean"])
        return try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, raw in
            guard !raw.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let at = "\(path):\(index + 1)"
            let line: Line
            do { line = try decoder.decode(Line.self, from: Data(raw.utf8)) } catch {
                throw BadLine(description: "\(at): not a corpus line (kind, text, start, end, registered): \(error.localizedDescription)")
            }
            guard known.contains(line.kind) else {
                throw BadLine(description: "\(at): unknown kind '\(line.kind)'; the kinds are \(kinds.map(\.id).joined(separator: ", ")) and clean")
            }
            guard line.kind == "clean" || (0 <= line.start && line.start < line.end && line.end <= line.text.utf16.count) else {
                throw BadLine(description: "\(at): start \(line.start) and end \(line.end) are not a span of the text's \(line.text.utf16.count) UTF-16 units")
            }
            guard line.registered.allSatisfy({ $0.count == 2 && !$0[1].isEmpty }) else {
                throw BadLine(description: "\(at): each registered name is [role, name]")
            }
            return line
        }
    }

    /// The guard a line is scanned with: the audit year, the partnership's pattern, the line's registered names.
    public static func guardian(for line: Line) -> IdentifierGuard {
        var guardian = IdentifierGuard(
            referenceYear: referenceYear,
            registered: line.registered.map { NameRegistered.registering($0[1], role: $0[0], ref: nil, day: day) }, day: day
        )
        guardian.references = [("police occurrence number", try! NSRegularExpression(pattern: referencePattern.pattern))]
        return guardian
    }

    public struct Score: Sendable {
        public var found: [String: Int] = [:]
        public var planted: [String: Int] = [:]
        public var cleanFlagged = 0
        public var clean = 0
        public var misses: [Line] = []
        public var falsePositives: [(line: Line, found: [IdentifierFinding])] = []

        public func recall(_ kind: String) -> Double {
            Double(found[kind, default: 0]) / Double(max(1, planted[kind, default: 0]))
        }

        public var falsePositiveRate: Double { Double(cleanFlagged) / Double(max(1, clean)) }

        /// The targets this score misses, as sentences; empty when all are met.
        public var missedTargets: [String] {
            var missed: [String] = []
            for (id, label, _) in GuardCorpus.kinds where planted[id, default: 0] > 0 {
                let target = id == "name" ? GuardCorpus.unregisteredNameTarget : GuardCorpus.recallTarget
                if recall(id) < target { missed.append(String(format: "%@: recall %.1f%% under %.0f%%", label, recall(id) * 100, target * 100)) }
            }
            if falsePositiveRate > GuardCorpus.falsePositiveTarget {
                missed.append(String(format: "false positives %.1f%% over %.0f%%", falsePositiveRate * 100, GuardCorpus.falsePositiveTarget * 100))
            }
            return missed
        }
    }

    /// A planted identifier counts as found when a finding of its kind
    /// overlaps it; a registered name, when its role's placeholder does. A
    /// clean sentence counts as flagged when anything is found in it.
    public static func score(_ lines: [Line]) -> Score {
        var score = Score()
        let kindOf = Dictionary(uniqueKeysWithValues: kinds.map { ($0.id, $0.kind) })
        for line in lines {
            let findings = guardian(for: line).scan(line.text)
            if line.kind == "clean" {
                score.clean += 1
                if !findings.isEmpty {
                    score.cleanFlagged += 1
                    score.falsePositives.append((line, findings))
                }
                continue
            }
            score.planted[line.kind, default: 0] += 1
            let span = line.start..<line.end
            let caught = findings.contains { finding in
                guard finding.kind == kindOf[line.kind], finding.range.overlaps(span) else { return false }
                return line.kind != "registered" || line.registered.contains { "[\($0[0])]" == finding.placeholder }
            }
            if caught { score.found[line.kind, default: 0] += 1 } else { score.misses.append(line) }
        }
        return score
    }

    /// The figures as a table: per kind, found / planted and recall; then false positives.
    public static func table(_ score: Score, title: String) -> String {
        var out = "\(title)\n"
        for (id, label, _) in kinds where score.planted[id, default: 0] > 0 {
            let found = score.found[id, default: 0], planted = score.planted[id, default: 0]
            out += row(label, found, planted)
        }
        let planted = score.planted.values.reduce(0, +), found = score.found.values.reduce(0, +)
        out += row("all planted", found, planted)
        out += row("false positives", score.cleanFlagged, score.clean)
        return out
    }

    static func row(_ label: String, _ count: Int, _ total: Int) -> String {
        "  " + label.padding(toLength: 22, withPad: " ", startingAt: 0)
            + String(format: " %4d / %-4d %6.1f%%\n", count, total, Double(count) / Double(max(1, total)) * 100)
    }
}
