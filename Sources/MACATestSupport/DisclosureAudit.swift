import MACAKit

/// A reader attacking a report document for hidden counts, written apart
/// from the disclosure engine (MACAKit's `CountNetwork` and `Disclosure`)
/// so that a fault in one is not repeated in the other: it reads only the
/// document (every printed label and every declared relation), turns each
/// relation into a signed linear constraint, and tightens each count's
/// interval by round-robin passes until nothing moves. It then says which
/// hidden counts it pinned to one value, which labels are false against
/// the truth, and which relations the truth breaks.
public enum DisclosureAudit {
    public enum Problem: Equatable, Sendable, CustomStringConvertible {
        /// A hidden count (or a small one never printed) a reader can work out.
        case derivable(CountKey, value: Int)
        /// A label that says something untrue of the count.
        case falseLabel(CountKey, CountLabel, truth: Int)
        /// The same count printed with different labels in different places.
        case differentLabels(CountKey, [CountLabel])
        /// A declared relation the true counts break.
        case falseRelation(CountRelation)
        /// A printed count, or one in a relation, with no true value to check it against.
        case noTruth(CountKey)
        /// The labels and relations cannot all hold together.
        case contradiction

        public var description: String {
            switch self {
            case let .derivable(key, value): "\(key) is hidden but can be worked out: \(value)"
            case let .falseLabel(key, label, truth): "\(key) reads '\(label.figure)' but is \(truth)"
            case let .differentLabels(key, labels): "\(key) is printed as \(labels.map(\.figure).joined(separator: " and "))"
            case let .falseRelation(relation): "the relation \(relation) is false"
            case let .noTruth(key): "\(key) has no true value"
            case .contradiction: "the labels and relations contradict each other"
            }
        }
    }

    public struct Result: Sendable {
        public var problems: [Problem] = []
        /// Counts printed (every printing), hidden printings, and `[c]` printings.
        public var cells = 0
        public var hiddenCells = 0
        public var secondaryCells = 0
        /// Distinct keys printed, and keys only in relations.
        public var keys = 0
        public var unprintedKeys = 0
        public var relations = 0
    }

    /// One constraint: Σ coefficient × count (= or ≥) bound.
    struct Constraint {
        var terms: [(key: Int, coefficient: Int)]
        var bound: Int
        var equal: Bool
    }

    public static func check(_ document: ReportDocument, truth: [CountKey: Int]) -> Result {
        var result = Result()
        var labels: [CountKey: [CountLabel]] = [:]
        for count in document.counts {
            result.cells += 1
            if count.label.isHidden { result.hiddenCells += 1 }
            if case .secondary = count.label { result.secondaryCells += 1 }
            if !(labels[count.key] ?? []).contains(count.label) { labels[count.key, default: []].append(count.label) }
        }
        for (key, seen) in labels where seen.count > 1 { result.problems.append(.differentLabels(key, seen)) }
        for (key, seen) in labels {
            guard let value = truth[key] else {
                result.problems.append(.noTruth(key))
                continue
            }
            for label in seen where !truthful(label, value) { result.problems.append(.falseLabel(key, label, truth: value)) }
        }
        let relations = document.relations
        result.relations = relations.count
        for relation in relations {
            if relation.keys.contains(where: { truth[$0] == nil }) {
                result.problems += relation.keys.filter { truth[$0] == nil }.map { .noTruth($0) }
            } else if !relation.holds(truth) {
                result.problems.append(.falseRelation(relation))
            }
        }
        // The reader's starting point: each printed label's range; a count only in relations, anything from 0.
        var keys = Array(labels.keys)
        for relation in relations {
            for key in relation.keys where labels[key] == nil && !keys.contains(key) { keys.append(key) }
        }
        keys.sort()
        result.keys = labels.count
        result.unprintedKeys = keys.count - labels.count
        var position: [CountKey: Int] = [:]
        for (index, key) in keys.enumerated() { position[key] = index }
        // A count printed with two labels is known to fit both.
        var lower = keys.map { labels[$0].map { $0.map(lowest).max()! } ?? 0 }
        var upper: [Int?] = keys.map { labels[$0].flatMap { $0.compactMap(highest).min() } }
        let constraints = relations.map { relation -> Constraint in
            var coefficients: [Int: Int] = [:]
            for key in relation.left { coefficients[position[key]!, default: 0] += 1 }
            for key in relation.right { coefficients[position[key]!, default: 0] -= 1 }
            return Constraint(terms: coefficients.filter { $0.value != 0 }.map { ($0.key, $0.value) }, bound: relation.constant, equal: relation.kind == .equal)
        }
        var moved = true
        var passes = 0
        outer: while moved {
            moved = false
            passes += 1
            for constraint in constraints {
                let directions = constraint.equal ? [1, -1] : [1]
                for sign in directions {
                    // Σ (sign·a)·x ≥ sign·bound.
                    let terms = constraint.terms.map { ($0.key, sign * $0.coefficient) }
                    let bound = sign * constraint.bound
                    for (key, coefficient) in terms {
                        // The most the other terms can add up to.
                        var most = 0
                        var open = false
                        for (other, a) in terms where other != key {
                            if a > 0 {
                                if let high = upper[other] { most += a * high } else { open = true }
                            } else {
                                most += a * lower[other]
                            }
                        }
                        if open { continue }
                        let need = bound - most
                        if coefficient > 0 {
                            let value = ceilingDivide(need, coefficient)
                            if value > lower[key] { lower[key] = value; moved = true }
                        } else {
                            let value = floorDivide(need, coefficient)
                            if upper[key].map({ value < $0 }) ?? true { upper[key] = value; moved = true }
                        }
                        if let high = upper[key], high < lower[key] {
                            result.problems.append(.contradiction)
                            break outer
                        }
                    }
                }
            }
            if passes > 100_000 { break }
        }
        // Equalities combined: bounds one relation at a time cannot subtract one sum from another
        // ("O + G = 10" and "O + G + I = 16" give I = 6); exact elimination can.
        if !result.problems.contains(.contradiction) {
            for (index, value) in eliminated(constraints, lower: lower, upper: upper) where upper[index] != lower[index] {
                lower[index] = value
                upper[index] = value
            }
        }
        for (index, key) in keys.enumerated() where upper[index] == lower[index] {
            let hidden = labels[key].map { $0.contains { $0.isHidden } } ?? false
            let value = truth[key] ?? -1
            let smallUnprinted = labels[key] == nil && value > 0 && value < document.threshold
            if hidden || smallUnprinted { result.problems.append(.derivable(key, value: lower[index])) }
        }
        return result
    }

    /// The counts the equalities fix, with every count whose bounds meet
    /// taken as known: exact Gaussian elimination in integers (each row
    /// divided by the greatest common divisor of its terms as it goes).
    static func eliminated(_ constraints: [Constraint], lower: [Int], upper: [Int?]) -> [Int: Int] {
        typealias Row = (terms: [Int: Int], value: Int)
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
        func normalised(_ row: Row) -> Row {
            let divisor = row.terms.values.reduce(row.value) { gcd($0, $1) }
            guard divisor > 1 else { return row }
            return (row.terms.mapValues { $0 / divisor }, row.value / divisor)
        }
        /// `row` without `key`, using `pivot` (which holds it).
        func eliminate(_ key: Int, from row: Row, using pivot: Row) -> Row {
            guard let a = row.terms[key], let b = pivot.terms[key] else { return row }
            var terms = row.terms.mapValues { $0 * b }
            for (other, coefficient) in pivot.terms { terms[other, default: 0] -= coefficient * a }
            return normalised((terms.filter { $0.value != 0 }, row.value * b - pivot.value * a))
        }
        var pivots: [(key: Int, row: Row)] = []
        for constraint in constraints where constraint.equal {
            var row: Row = ([:], constraint.bound)
            for (key, coefficient) in constraint.terms {
                if let high = upper[key], high == lower[key] { row.value -= coefficient * high } else { row.terms[key, default: 0] += coefficient }
            }
            row.terms = row.terms.filter { $0.value != 0 }
            for pivot in pivots { row = eliminate(pivot.key, from: row, using: pivot.row) }
            guard let key = row.terms.keys.min() else { continue }
            row = normalised(row)
            for index in pivots.indices { pivots[index].row = eliminate(key, from: pivots[index].row, using: row) }
            pivots.append((key, row))
        }
        var fixed: [Int: Int] = [:]
        for pivot in pivots where pivot.row.terms.count == 1 {
            let coefficient = pivot.row.terms[pivot.key]!
            if pivot.row.value % coefficient == 0 { fixed[pivot.key] = pivot.row.value / coefficient }
        }
        return fixed
    }

    static func truthful(_ label: CountLabel, _ value: Int) -> Bool {
        switch label {
        case .pending: false
        case let .exact(count): count == value
        case let .small(below): value >= 1 && value < below
        case let .secondary(atLeast): value >= atLeast
        }
    }

    static func lowest(_ label: CountLabel) -> Int {
        switch label {
        case .pending: 0
        case let .exact(count): count
        case .small: 1
        case let .secondary(atLeast): atLeast
        }
    }

    static func highest(_ label: CountLabel) -> Int? {
        switch label {
        case .pending, .secondary: nil
        case let .exact(count): count
        case let .small(below): below - 1
        }
    }

    static func ceilingDivide(_ numerator: Int, _ denominator: Int) -> Int {
        let quotient = numerator / denominator
        return (numerator % denominator != 0 && (numerator > 0) == (denominator > 0)) ? quotient + 1 : quotient
    }

    /// For a negative coefficient a: a·x ≥ need gives x ≤ need / a, rounded down.
    static func floorDivide(_ numerator: Int, _ denominator: Int) -> Int {
        let quotient = numerator / denominator
        return (numerator % denominator != 0 && (numerator > 0) != (denominator > 0)) ? quotient - 1 : quotient
    }
}
