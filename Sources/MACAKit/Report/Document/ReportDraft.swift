/// A report before its counts are labelled: the blocks with every count
/// by key, and the true value of every key, registered once.
/// ``decided()`` runs the disclosure engine over the whole document and
/// returns the document every writer draws; the values stay here.
public struct ReportDraft: Sendable {
    public var title: String
    public var threshold: Int
    public var blocks: [ReportBlock]
    public var book: CountBook
    public var cover: ReportCover?
    public var marking: String?

    public init(title: String, threshold: Int, blocks: [ReportBlock], book: CountBook, cover: ReportCover? = nil, marking: String? = nil) {
        self.title = title
        self.threshold = threshold
        self.blocks = blocks
        self.book = book
        self.cover = cover
        self.marking = marking
    }

    /// The problem the disclosure engine solves: one unit per block. A
    /// chart counts as printing nothing: it is drawn only where every count
    /// in it is printed elsewhere, with the same label (``decided()``).
    public var problem: Disclosure.Problem {
        Disclosure.Problem(
            threshold: threshold, values: book.values, notPeople: book.notPeople,
            units: blocks.map { block in
                if case .chart = block { return Disclosure.Unit(prints: [], relations: [], canWithhold: false) }
                return Disclosure.Unit(prints: Set(block.counts.map(\.key)), relations: block.relations, canWithhold: block.ifWithheld != nil)
            }
        )
    }

    /// The document with every count labelled, the blocks that had to be
    /// left out replaced by what they say instead (keeping the relations
    /// they declared, which stay true), charts drawn only from counts
    /// printed elsewhere, and the `[c]` footnote under every block that shows one.
    public func decided() -> ReportDocument {
        let decision = Disclosure.decide(problem)
        // What is printed outside charts and withheld blocks: all a chart may draw.
        var printed = Set<CountKey>()
        for (index, block) in blocks.enumerated() where !decision.withheld.contains(index) {
            if case .chart = block { continue }
            printed.formUnion(block.counts.map(\.key))
        }
        var out: [ReportBlock] = []
        for (index, block) in blocks.enumerated() {
            if decision.withheld.contains(index), let instead = block.ifWithheld {
                precondition(instead.allSatisfy { $0.counts.isEmpty }, "what a withheld block says instead prints no count")
                // The relations stay true, and stay in the document for any check to read.
                var replacement = instead
                if let first = replacement.firstIndex(where: { $0.declaring([]) != nil }) {
                    replacement[first] = replacement[first].declaring(block.relations)!
                } else {
                    preconditionFailure("what a withheld block says instead has a paragraph, list or table")
                }
                out += replacement
                continue
            }
            let labelled = block.labelled(decision.label)
            // A hidden count is drawn as a hatched segment of no set size; a count printed nowhere else
            // (its table withheld) leaves the chart out, as the table's own words say why.
            if case let .chart(chart) = labelled, chart.counts.joined().contains(where: { !printed.contains($0.key) }) {
                continue
            }
            // A chart with no bar of any length (every count zero or hidden) says nothing its table does not.
            if case let .chart(chart) = labelled, !chart.counts.joined().contains(where: { if case let .exact(value) = $0.label { value > 0 } else { false } }) {
                continue
            }
            out.append(labelled)
            if labelled.counts.contains(where: { if case .secondary = $0.label { true } else { false } }) {
                out.append(.note(ReportDocument.secondaryNote(threshold: threshold)))
            }
        }
        return ReportDocument(title: title, threshold: threshold, blocks: out, cover: cover, marking: marking)
    }
}

/// Every count of a report, registered once by key with its true value.
public struct CountBook: Sendable {
    public private(set) var values: [CountKey: Int] = [:]
    /// Keys that do not count people: printed as they are.
    public private(set) var notPeople: Set<CountKey> = []

    public init() {}

    /// Registers a count (the same key always with the same value) and
    /// returns it, unlabelled, to be printed with `words`.
    public mutating func count(_ key: CountKey, _ value: Int, _ words: CountWords = .figure, people: Bool = true) -> ReportCount {
        register(key, value, people: people)
        return ReportCount(key: key, words: words)
    }

    /// Registers a count named in a relation, whether or not it is printed.
    public mutating func register(_ key: CountKey, _ value: Int, people: Bool = true) {
        if let known = values[key] { precondition(known == value, "count \(key) registered as \(known) and as \(value)") }
        precondition(value >= 0, "count \(key) is negative")
        values[key] = value
        if !people { notPeople.insert(key) }
    }

    public func value(_ key: CountKey) -> Int? {
        values[key]
    }
}
