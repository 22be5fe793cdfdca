/// Truthful disclosure control for every count a report prints
/// (`Documentation/SmallNumbers.md` states the rule).
///
/// A report registers each distinct count once, by a stable key, and says
/// where it prints it and what a reader knows about it: the sums its tables
/// and sentences add up to. ``Disclosure/decide(_:)`` then labels every key
/// once for the whole report:
///
/// - a count of people from 1 to threshold − 1 reads `<5` (primary);
/// - a count hidden only so that another cannot be worked out reads `[c]`
///   (secondary), and is always threshold or more, since zeros are shown;
/// - every other count is printed as it is.
///
/// Secondary cells are chosen across the whole report at once: the engine
/// works out, as a reader could, the interval each hidden count must lie in
/// from everything printed and every relation declared (``CountBounds``),
/// and while any hidden count's interval is a single value it hides the
/// smallest printed count that shares a relation with it. Where hiding
/// cannot help (four hidden cells of 1 that add up to a hidden total of 4
/// are 1 each, whatever is printed), it withholds a whole block instead.
public enum Disclosure {
    /// One block of a report as the engine sees it: the counts it prints
    /// and the relations between counts that it tells a reader.
    public struct Unit: Sendable, Equatable {
        public var prints: Set<CountKey>
        public var relations: [CountRelation]
        /// Whether the block can be left out and replaced by a sentence
        /// saying why, when hiding cells cannot protect its counts.
        public var canWithhold: Bool

        public init(prints: Set<CountKey>, relations: [CountRelation], canWithhold: Bool) {
            self.prints = prints
            self.relations = relations
            self.canWithhold = canWithhold
        }
    }

    /// Everything the engine decides from: true values, what is printed where, and what is known.
    public struct Problem: Sendable {
        /// Counts below this (and above 0) are hidden; 1 or less turns hiding off.
        public var threshold: Int
        /// The true value of every key printed or named in a relation.
        public var values: [CountKey: Int]
        /// Keys that do not count people (action points, days): always printed as they are.
        public var notPeople: Set<CountKey>
        public var units: [Unit]

        public init(threshold: Int, values: [CountKey: Int], notPeople: Set<CountKey> = [], units: [Unit]) {
            self.threshold = threshold
            self.values = values
            self.notPeople = notPeople
            self.units = units
        }
    }

    /// One label per key, the same wherever the key is printed, and the blocks left out.
    public struct Decision: Sendable, Equatable {
        public var labels: [CountKey: CountLabel]
        /// Indexes into ``Problem/units`` of the blocks to leave out.
        public var withheld: Set<Int>
        /// Keys whose value a reader could still work out; empty unless the
        /// problem could not be solved, which the property test would show.
        public var derivable: [CountKey]

        public func label(_ key: CountKey) -> CountLabel {
            labels[key] ?? .pending
        }
    }

    public static func decide(_ problem: Problem) -> Decision {
        var engine = Engine(problem)
        return engine.run()
    }

    /// The working state: keys by index, so the solver touches arrays only.
    struct Engine {
        let problem: Problem
        let network: CountNetwork
        let value: [Int]
        let person: [Bool]
        /// Per key: how it is labelled (exact, below the threshold, or hidden to protect another).
        var status: [Status]
        var withheld: Set<Int> = []

        enum Status { case exact, small, secondary }

        init(_ problem: Problem) {
            self.problem = problem
            var keys = Set(problem.values.keys)
            for unit in problem.units {
                keys.formUnion(unit.prints)
                for relation in unit.relations { keys.formUnion(relation.keys) }
            }
            network = CountNetwork(keys: keys.sorted(), relations: problem.units.flatMap(\.relations))
            value = network.keys.map { key in
                guard let value = problem.values[key] else { preconditionFailure("no value registered for count \(key)") }
                return value
            }
            person = network.keys.map { !problem.notPeople.contains($0) }
            let suppressing = problem.threshold > 1
            let (value, person) = (value, person)
            status = network.keys.indices.map { index in
                suppressing && person[index] && value[index] > 0 && value[index] < problem.threshold ? .small : .exact
            }
        }

        /// Which keys are printed somewhere outside the withheld blocks.
        func printed() -> [Bool] {
            var printed = Array(repeating: false, count: network.keys.count)
            for (index, unit) in problem.units.enumerated() where !withheld.contains(index) {
                for key in unit.prints { printed[network.index[key]!] = true }
            }
            return printed
        }

        /// The keys a reader could work out exactly, and that must not be:
        /// every hidden printed key, and every key not printed at all whose
        /// value is small and not zero.
        func derivable(_ printed: [Bool]) -> (bounds: CountNetwork.Bounds, keys: [Int]) {
            var domains = domains(printed)
            var bounds = network.solve(domains: domains)
            // What the equalities give together (one sum less another), then the bounds again from there.
            let fixed = bounds.consistent ? network.fixedByEqualities(bounds) : [:]
            if fixed.contains(where: { bounds.lower[$0.key] != bounds.upper[$0.key] }) {
                for (index, value) in fixed where domains[index].contains(value) { domains[index] = value...value }
                bounds = network.solve(domains: domains)
            }
            let keys = network.keys.indices.filter { index in
                guard bounds.lower[index] == bounds.upper[index] else { return false }
                if printed[index] { return status[index] != .exact }
                return person[index] && value[index] > 0 && value[index] < problem.threshold
            }
            return (bounds, keys)
        }

        func domains(_ printed: [Bool]) -> [ClosedRange<Int>] {
            network.keys.indices.map { index in
                guard printed[index] else { return 0...CountNetwork.unbounded }
                switch status[index] {
                case .exact: return value[index]...value[index]
                case .small: return 1...(problem.threshold - 1)
                case .secondary: return problem.threshold...CountNetwork.unbounded
                }
            }
        }

        mutating func run() -> Decision {
            var remaining: [Int] = []
            if problem.threshold > 1 {
                while true {
                    let printed = printed()
                    let (bounds, pinned) = derivable(printed)
                    remaining = pinned
                    if pinned.isEmpty { break }
                    if let cell = nextSecondary(for: pinned, printed: printed, bounds: bounds) {
                        status[cell] = .secondary
                        continue
                    }
                    guard let unit = unitToWithhold(for: pinned, printed: printed, bounds: bounds) else { break }
                    withheld.insert(unit)
                }
            }
            var labels: [CountKey: CountLabel] = [:]
            for (index, key) in network.keys.enumerated() {
                switch status[index] {
                case .exact: labels[key] = .exact(value[index])
                case .small: labels[key] = .small(below: problem.threshold)
                case .secondary: labels[key] = .secondary(atLeast: problem.threshold)
                }
            }
            return Decision(labels: labels, withheld: withheld, derivable: remaining.map { network.keys[$0] })
        }

        /// The one count to hide next: of the counts of people printed as
        /// they are (and not zero) in a relation that gives a pinned key
        /// away, the smallest, then the first by key; only if no single
        /// relation gives one away (a chain does), the smallest in any
        /// relation of a pinned key. One at a time, since hiding it may free
        /// other keys too.
        func nextSecondary(for pinned: [Int], printed: [Bool], bounds: CountNetwork.Bounds) -> Int? {
            func smallest(_ relations: [Int]) -> Int? {
                var best: Int?
                for relation in relations {
                    for other in network.relations[relation].terms where printed[other] && status[other] == .exact && person[other] && value[other] > 0 {
                        if best.map({ (value[other], network.keys[other]) < (value[$0], network.keys[$0]) }) ?? true { best = other }
                    }
                }
                return best
            }
            let around = Set(pinned.flatMap { network.relationsOf[$0] }).sorted()
            let pinning = network.pinning(around, pinned: Set(pinned), bounds, domains: domains(printed))
            if let cell = smallest(pinning) ?? smallest(around) { return cell }
            // Given away only by equalities taken together, each of whose own counts is hidden already:
            // the smallest printed count one relation further out.
            let further = Set(around.flatMap { network.relations[$0].terms }.flatMap { network.relationsOf[$0] }).subtracting(around).sorted()
            // Last, before leaving a block out: the smallest printed count anywhere it is summed.
            return smallest(further) ?? smallest(Array(network.relations.indices))
        }

        /// A block to leave out, in the report's order: the first whose
        /// leaving out lessens the number of derivable keys; else (a key
        /// given away by several blocks at once) the first whose own
        /// relations give a pinned key away; else the first that touches one.
        func unitToWithhold(for pinned: [Int], printed: [Bool], bounds: CountNetwork.Bounds) -> Int? {
            var near = Set(pinned)
            for key in pinned {
                for relation in network.relationsOf[key] { near.formUnion(network.relations[relation].terms) }
            }
            let candidates = problem.units.indices.filter { index in
                problem.units[index].canWithhold && !withheld.contains(index)
                    && problem.units[index].prints.contains { near.contains(network.index[$0]!) }
            }
            var trial = self
            for candidate in candidates {
                trial.withheld = withheld.union([candidate])
                if trial.derivable(trial.printed()).keys.count < pinned.count { return candidate }
            }
            let around = Set(pinned.flatMap { network.relationsOf[$0] }).sorted()
            let pinning = Set(network.pinning(around, pinned: Set(pinned), bounds, domains: domains(printed)).map { network.declared[$0] })
            let givesAway = candidates.first { candidate in problem.units[candidate].relations.contains(where: pinning.contains) }
            return givesAway ?? candidates.first
        }
    }
}

/// The name of one distinct count in a report, e.g. `agreed/overall/inadequate`
/// or `cases/total`: the same count has the same key wherever it is printed.
public struct CountKey: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    /// A key from parts, each made safe to join with `/`.
    public init(_ parts: [String]) {
        rawValue = parts.map { $0.contains("/") ? $0.replacingOccurrences(of: "/", with: "%2F") : $0 }.joined(separator: "/")
    }

    public static func < (lhs: CountKey, rhs: CountKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}

/// How a count is printed: decided once per report by ``Disclosure``.
public enum CountLabel: Hashable, Sendable {
    /// Not decided yet: a document before the disclosure engine has run.
    case pending
    /// Printed as it is.
    case exact(Int)
    /// `<5`: the count is from 1 to `below` − 1.
    case small(below: Int)
    /// `[c]`: hidden so that a smaller count cannot be worked out; the
    /// count is `atLeast` or more (a count below it would read `<5`, and
    /// zeros are shown).
    case secondary(atLeast: Int)

    public var isHidden: Bool {
        switch self {
        case .small, .secondary: true
        case .pending, .exact: false
        }
    }

    /// The label in a table cell: `12`, `<5`, `[c]`.
    public var figure: String {
        switch self {
        case .pending: "?"
        case let .exact(count): String(count)
        case let .small(below): "<\(below)"
        case .secondary: "[c]"
        }
    }

    /// What a reader knows of the count from the label alone.
    public var range: ClosedRange<Int> {
        switch self {
        case .pending: 0...CountNetwork.unbounded
        case let .exact(count): count...count
        case let .small(below): 1...max(1, below - 1)
        case let .secondary(atLeast): atLeast...CountNetwork.unbounded
        }
    }
}

/// A linear fact about counts that a reader knows:
/// Σ `left` = Σ `right` + `constant`, or Σ `left` ≥ Σ `right` + `constant`.
/// A table's rows adding up to its total, an agency's cases being some of
/// all the cases, a list shown only when it has at least 3 entries.
public struct CountRelation: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable { case equal, atLeast }

    public var kind: Kind
    public var left: [CountKey]
    public var right: [CountKey]
    public var constant: Int

    public init(_ kind: Kind, left: [CountKey], right: [CountKey], constant: Int = 0) {
        self.kind = kind
        self.left = left.sorted()
        self.right = right.sorted()
        self.constant = constant
    }

    /// `total` is the sum of `parts`.
    public static func sum(_ total: CountKey, of parts: [CountKey]) -> CountRelation {
        CountRelation(.equal, left: [total], right: parts)
    }

    /// `larger` is at least `smaller`: some of the cases are still cases.
    public static func atLeast(_ larger: CountKey, _ smaller: CountKey) -> CountRelation {
        CountRelation(.atLeast, left: [larger], right: [smaller])
    }

    /// `larger` is at least the sum of `parts`.
    public static func atLeast(_ larger: CountKey, sumOf parts: [CountKey]) -> CountRelation {
        CountRelation(.atLeast, left: [larger], right: parts)
    }

    /// The counts add up to at least `constant` (a row shown only where it is not all zero).
    public static func atLeast(_ counts: [CountKey], _ constant: Int) -> CountRelation {
        CountRelation(.atLeast, left: counts, right: [], constant: constant)
    }

    public var keys: [CountKey] { left + right }

    public func holds(_ values: [CountKey: Int]) -> Bool {
        let left = self.left.reduce(0) { $0 + (values[$1] ?? 0) }
        let right = self.right.reduce(constant) { $0 + (values[$1] ?? 0) }
        return kind == .equal ? left == right : left >= right
    }

    public var description: String {
        let side = { (keys: [CountKey]) in keys.isEmpty ? "0" : keys.map(\.rawValue).joined(separator: " + ") }
        return "\(side(left)) \(kind == .equal ? "=" : ">=") \(side(right))\(constant == 0 ? "" : " + \(constant)")"
    }
}

/// Keys and relations by index, and the interval solver over them: from
/// what a reader knows of each count (its label) and the relations, the
/// tightest interval each count must lie in, by propagating the relations'
/// bounds to a fixed point.
public struct CountNetwork: Sendable {
    /// Stands for "no upper bound": far above any count, far below overflow when summed.
    public static let unbounded = 1 << 40

    public struct Relation: Sendable {
        public var equal: Bool
        public var left: [Int]
        public var right: [Int]
        public var constant: Int
        public var terms: [Int] { left + right }
    }

    public struct Bounds: Sendable {
        public var lower: [Int]
        public var upper: [Int]
        /// False when the domains and relations cannot all hold (a false label or relation).
        public var consistent: Bool
    }

    public let keys: [CountKey]
    public let index: [CountKey: Int]
    public let relations: [Relation]
    /// Each relation as declared, by the same index.
    public let declared: [CountRelation]
    public let relationsOf: [[Int]]

    public init(keys: [CountKey], relations: [CountRelation]) {
        self.keys = keys
        var index: [CountKey: Int] = [:]
        for (position, key) in keys.enumerated() { index[key] = position }
        self.index = index
        // Each relation once, in the order first declared.
        var seen = Set<CountRelation>()
        let unique = relations.filter { seen.insert($0).inserted }
        declared = unique
        self.relations = unique.map { relation in
            Relation(equal: relation.kind == .equal, left: relation.left.map { index[$0]! }, right: relation.right.map { index[$0]! }, constant: relation.constant)
        }
        var relationsOf = Array(repeating: [Int](), count: keys.count)
        for (position, relation) in self.relations.enumerated() {
            for term in Set(relation.terms) { relationsOf[term].append(position) }
        }
        self.relationsOf = relationsOf
    }

    /// Propagates every relation until no bound moves.
    public func solve(domains: [ClosedRange<Int>]) -> Bounds {
        var bounds = Bounds(lower: domains.map(\.lowerBound), upper: domains.map(\.upperBound), consistent: true)
        var queued = Array(repeating: true, count: relations.count)
        var queue = Array(relations.indices)
        var head = 0
        while head < queue.count {
            let relation = queue[head]
            head += 1
            queued[relation] = false
            for changed in narrow(relations[relation], &bounds) {
                if bounds.lower[changed] > bounds.upper[changed] {
                    bounds.consistent = false
                    return bounds
                }
                for next in relationsOf[changed] where !queued[next] {
                    queued[next] = true
                    queue.append(next)
                }
            }
            if head > 4096 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
        return bounds
    }

    /// The sum of lower bounds, and of upper bounds with how many are unbounded.
    private func sums(_ terms: [Int], _ bounds: Bounds) -> (lower: Int, upper: Int, open: Int) {
        var lower = 0, upper = 0, open = 0
        for term in terms {
            lower += bounds.lower[term]
            if bounds.upper[term] >= Self.unbounded { open += 1 } else { upper += bounds.upper[term] }
        }
        return (lower, upper, open)
    }

    /// Narrows the bounds of one relation's terms; returns the terms that moved.
    private func narrow(_ relation: Relation, _ bounds: inout Bounds) -> [Int] {
        var moved: [Int] = []
        func raise(_ term: Int, _ value: Int) {
            if value > bounds.lower[term] { bounds.lower[term] = value; moved.append(term) }
        }
        func lower(_ term: Int, _ value: Int) {
            if value < bounds.upper[term] { bounds.upper[term] = value; moved.append(term) }
        }
        // Σ big ≥ Σ small + extra: each big term is at least what the others leave, each small term at most.
        func atLeast(_ big: [Int], _ small: [Int], _ extra: Int) {
            let bigSums = sums(big, bounds), smallSums = sums(small, bounds)
            for term in big {
                let selfOpen = bounds.upper[term] >= Self.unbounded
                guard bigSums.open - (selfOpen ? 1 : 0) == 0 else { continue }
                raise(term, smallSums.lower + extra - (bigSums.upper - (selfOpen ? 0 : bounds.upper[term])))
            }
            guard bigSums.open == 0 else { return }
            for term in small {
                lower(term, bigSums.upper - extra - (smallSums.lower - bounds.lower[term]))
            }
        }
        atLeast(relation.left, relation.right, relation.constant)
        if relation.equal { atLeast(relation.right, relation.left, -relation.constant) }
        return moved
    }

    /// The counts the equalities fix when taken together, with every count
    /// whose bounds meet as known: Gaussian elimination in integers over the
    /// equal relations. Bounds from one relation at a time cannot subtract
    /// one sum from another ("a + b = 10" and "a + b + c = 16" give c = 6).
    public func fixedByEqualities(_ bounds: Bounds) -> [Int: Int] {
        struct Row {
            var terms: [Int: Int]
            var value: Int
        }
        func divisor(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : divisor(b, a % b) }
        func reduced(_ row: Row) -> Row {
            let common = row.terms.values.reduce(row.value) { divisor($0, $1) }
            return common > 1 ? Row(terms: row.terms.mapValues { $0 / common }, value: row.value / common) : row
        }
        func without(_ key: Int, _ row: Row, _ pivot: Row) -> Row {
            guard let a = row.terms[key], let b = pivot.terms[key] else { return row }
            var terms = row.terms.mapValues { $0 * b }
            for (other, coefficient) in pivot.terms { terms[other, default: 0] -= coefficient * a }
            return reduced(Row(terms: terms.filter { $0.value != 0 }, value: row.value * b - pivot.value * a))
        }
        var pivots: [(key: Int, row: Row)] = []
        for relation in relations where relation.equal {
            // Σ left − Σ right = constant, the known counts moved to the right.
            var row = Row(terms: [:], value: relation.constant)
            for (terms, sign) in [(relation.left, 1), (relation.right, -1)] {
                for term in terms {
                    if bounds.lower[term] == bounds.upper[term] { row.value -= sign * bounds.lower[term] } else { row.terms[term, default: 0] += sign }
                }
            }
            row.terms = row.terms.filter { $0.value != 0 }
            for pivot in pivots { row = without(pivot.key, row, pivot.row) }
            guard let key = row.terms.keys.min() else { continue }
            row = reduced(row)
            for index in pivots.indices { pivots[index].row = without(key, pivots[index].row, row) }
            pivots.append((key, row))
        }
        var fixed: [Int: Int] = [:]
        for pivot in pivots where pivot.row.terms.count == 1 {
            let coefficient = pivot.row.terms[pivot.key]!
            if pivot.row.value % coefficient == 0 { fixed[pivot.key] = pivot.row.value / coefficient }
        }
        return fixed
    }

    /// Of `relations`, those that alone give a pinned key away: with every
    /// pinned key in the relation widened back to what its label says, and
    /// the other terms' bounds as they are, the relation still leaves one of
    /// them a single value. (At the fixed point every relation around a
    /// pinned key looks tight; only these say where to hide.)
    func pinning(_ relations: [Int], pinned: Set<Int>, _ bounds: Bounds, domains: [ClosedRange<Int>]) -> [Int] {
        relations.filter { relation in
            var trial = bounds
            let terms = self.relations[relation].terms.filter(pinned.contains)
            for term in terms {
                trial.lower[term] = domains[term].lowerBound
                trial.upper[term] = domains[term].upperBound
            }
            _ = narrow(self.relations[relation], &trial)
            return terms.contains { trial.lower[$0] == trial.upper[$0] }
        }
    }
}
