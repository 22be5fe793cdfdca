/// A report as one document, independent of its format: the Markdown and
/// HTML writers (and any later one) draw the same document and compute
/// nothing, so they never disagree.
///
/// Every count in it is a ``ReportCount``: a key naming the count, and the
/// label the disclosure engine gave that key for the whole report. Each
/// table, list and sentence also declares the relations a reader knows
/// between its counts (rows adding up to a total, what its number of rows
/// says), so the document alone is enough to check that no hidden count
/// can be worked out (`Documentation/SmallNumbers.md`).
public struct ReportDocument: Sendable, Equatable {
    public var title: String
    /// Counts from 1 to `threshold` − 1 are hidden; 1 means nothing is.
    public var threshold: Int
    public var blocks: [ReportBlock]
    /// What every writer prints first, on a page of its own where pages exist; nil: the title alone.
    public var cover: ReportCover?
    /// The protective marking every page carries, in its header (and the foot of a page where a format has one).
    public var marking: String?

    public init(title: String, threshold: Int, blocks: [ReportBlock], cover: ReportCover? = nil, marking: String? = nil) {
        self.title = title
        self.threshold = threshold
        self.blocks = blocks
        self.cover = cover
        self.marking = marking
    }

    /// Every relation any block declares, its rows' included.
    public var relations: [CountRelation] { blocks.flatMap(\.relations) }

    /// Every count as printed, wherever it is printed.
    public var counts: [ReportCount] { blocks.flatMap(\.counts) }

    /// The footnote printed under every block that shows a `[c]`.
    public static func secondaryNote(threshold: Int) -> String {
        "[c]: a count of \(threshold) or more, hidden so that a smaller count cannot be worked out."
    }
}

/// One piece of a report.
public enum ReportBlock: Sendable, Equatable {
    case title(String)
    case heading(String)
    case subheading(String)
    case paragraph(ReportParagraph)
    case bullets(ReportList)
    case table(ReportTable)
    /// Counts per category and level, drawn as stacked bars in HTML.
    case chart(ReportChart)
    /// Small print under the block before it, such as what `[c]` means.
    case note(String)
    /// A short quotation from an auditor's answer, already through the identifier guard.
    case quote(ReportQuote)

    /// A paragraph of plain text or text with counts, declaring nothing.
    public static func paragraph(_ text: ReportText) -> ReportBlock {
        .paragraph(ReportParagraph(text))
    }

    /// A list whose entries are not counts of anything.
    public static func bullets(_ items: [ReportText]) -> ReportBlock {
        .bullets(ReportList(items, rows: .items))
    }

    public var counts: [ReportCount] {
        switch self {
        case .title, .heading, .subheading, .note, .quote: []
        case let .paragraph(paragraph): paragraph.text.counts
        case let .bullets(list): list.items.flatMap(\.counts)
        case let .table(table): table.rows.joined().flatMap(\.counts)
        case let .chart(chart): Array(chart.counts.joined())
        }
    }

    public var relations: [CountRelation] {
        switch self {
        case .title, .heading, .subheading, .note, .chart, .quote: []
        case let .paragraph(paragraph): paragraph.relations
        case let .bullets(list): list.relations + list.rows.relations(rows: list.items.count) { list.items.map { $0.counts.map(\.key) } }
        case let .table(table):
            // Each row's count keys, read only where they are needed: not a copy of every row's text (issue 18).
            table.relations + table.rowBasis.relations(rows: table.rows.count) { table.rows.map { $0.flatMap { $0.counts.map(\.key) } } }
        }
    }

    /// What to print instead if the block has to be left out; nil if it cannot be.
    public var ifWithheld: [ReportBlock]? {
        switch self {
        case .title, .heading, .subheading, .note, .chart, .quote: nil
        case let .paragraph(paragraph): paragraph.ifWithheld
        case let .bullets(list): list.ifWithheld
        case let .table(table): table.ifWithheld
        }
    }

    /// The block declaring these relations too; nil for a block that cannot declare any.
    func declaring(_ more: [CountRelation]) -> ReportBlock? {
        switch self {
        case .title, .heading, .subheading, .note, .chart, .quote: return nil
        case var .paragraph(paragraph):
            paragraph.relations += more
            return .paragraph(paragraph)
        case var .bullets(list):
            list.relations += more
            return .bullets(list)
        case var .table(table):
            table.relations += more
            return .table(table)
        }
    }

    /// The block with every count's label replaced.
    func labelled(_ label: (CountKey) -> CountLabel) -> ReportBlock {
        switch self {
        case .title, .heading, .subheading, .note, .quote:
            return self
        case var .paragraph(paragraph):
            paragraph.text = paragraph.text.labelled(label)
            return .paragraph(paragraph)
        case var .bullets(list):
            list.items = list.items.map { $0.labelled(label) }
            return .bullets(list)
        case var .table(table):
            table.rows = table.rows.map { $0.map { $0.labelled(label) } }
            return .table(table)
        case var .chart(chart):
            chart.counts = chart.counts.map { row in
                row.map { count in
                    var labelled = count
                    labelled.label = label(count.key)
                    return labelled
                }
            }
            return .chart(chart)
        }
    }
}

/// A sentence or more of running text.
public struct ReportParagraph: Sendable, Equatable {
    public var text: ReportText
    public var relations: [CountRelation]
    public var ifWithheld: [ReportBlock]?

    public init(_ text: ReportText, relations: [CountRelation] = [], ifWithheld: [ReportBlock]? = nil) {
        self.text = text
        self.relations = relations
        self.ifWithheld = ifWithheld
    }
}

/// A bulleted list.
public struct ReportList: Sendable, Equatable {
    public var items: [ReportText]
    /// What the number of entries says about a count.
    public var rows: RowBasis
    public var relations: [CountRelation]
    public var ifWithheld: [ReportBlock]?

    public init(_ items: [ReportText], rows: RowBasis, relations: [CountRelation] = [], ifWithheld: [ReportBlock]? = nil) {
        self.items = items
        self.rows = rows
        self.relations = relations
        self.ifWithheld = ifWithheld
    }
}

/// A table: a header row, then rows of cells, each cell text with or without counts.
public struct ReportTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[ReportText]]
    /// What the number of rows says about a count: every table must say.
    public var rowBasis: RowBasis
    /// What a reader knows between its counts: rows and columns adding up to totals.
    public var relations: [CountRelation]
    public var ifWithheld: [ReportBlock]?

    public init(header: [String], rows: [[ReportText]], rowBasis: RowBasis, relations: [CountRelation] = [], ifWithheld: [ReportBlock]? = nil) {
        self.header = header
        self.rows = rows
        self.rowBasis = rowBasis
        self.relations = relations
        self.ifWithheld = ifWithheld
    }
}

/// What the number of rows of a table or list tells a reader, so that
/// counting rows is checked like any other sum.
public enum RowBasis: Sendable, Equatable {
    /// Rows fixed by the template or the days themselves (grade levels,
    /// domains, questions, age bands, days): their number counts no one.
    case categories
    /// Rows shown only where their counts are not all zero: each row's
    /// counts add up to at least 1.
    case nonZero
    /// At most one row per case: the count is at least the number of rows.
    case distinctCases(CountKey)
    /// Exactly one row per thing counted: the count is the number of rows.
    case oneEach(CountKey)
    /// Rows of things that are not people, such as action points or tags.
    case items

    /// What `rows` rows say, given how many there are and, asked for only
    /// when a row's counts matter, the keys of each row's counts.
    public func relations(rows: Int, keys: () -> [[CountKey]]) -> [CountRelation] {
        switch self {
        case .categories, .items: []
        case .nonZero:
            keys().filter { !$0.isEmpty }.map { CountRelation.atLeast($0, 1) }
        case let .distinctCases(key): [CountRelation.atLeast([key], rows)]
        case let .oneEach(key): [CountRelation(.equal, left: [key], right: [], constant: rows)]
        }
    }
}

/// Counts per category and level, drawn as stacked bars.
public struct ReportChart: Sendable, Equatable {
    /// What the levels are, which decides their colours.
    public enum Scheme: Sendable, Equatable {
        /// Grades, best first: a sequence that stays apart in greyscale.
        case grades
        /// Red, amber, green (and complete), in that order.
        case rag
    }

    public var title: String
    public var categories: [String]
    public var levels: [String]
    /// One row of counts per category, one count per level.
    public var counts: [[ReportCount]]
    public var scheme: Scheme

    public init(title: String, categories: [String], levels: [String], counts: [[ReportCount]], scheme: Scheme = .grades) {
        self.title = title
        self.categories = categories
        self.levels = levels
        self.counts = counts
        self.scheme = scheme
    }

    /// Whether any count is drawn hidden (a hatched segment of no set size).
    public var hasHidden: Bool { counts.joined().contains { $0.label.isHidden } }

    /// The chart in words, for a screen reader and for alt text: every
    /// category with every level's count as its label reads.
    public var alternative: String {
        let rows = zip(categories, counts).map { category, row in
            "\(category): " + zip(levels, row).map { "\($0) \($1.text)" }.joined(separator: ", ")
        }
        return "\(title). " + rows.joined(separator: "; ") + "."
    }
}

/// A short quotation from the auditors' answers. `source` says where it
/// comes from without naming a case (a section or an agency), or is nil.
public struct ReportQuote: Sendable, Equatable {
    public var text: String
    public var source: String?

    public init(_ text: String, source: String? = nil) {
        self.text = text
        self.source = source
    }
}

/// The cover sheet of a board paper.
public struct ReportCover: Sendable, Equatable {
    public var title: String
    public var partnership: String?
    public var theme: String
    public var period: String
    public var author: String?
    public var date: String
    public var version: String
    public var marking: String
    /// Text standing where a partnership's logo would be; nil: none.
    public var logoText: String?
    /// What the board is asked to do, one line each: on the cover sheet, as a board's papers have it.
    public var boardAskedTo: [String]

    /// The heading of ``boardAskedTo`` wherever it is printed.
    public static let askedHeading = "The board is asked to"

    public init(
        title: String, partnership: String?, theme: String, period: String, author: String?, date: String, version: String,
        marking: String, logoText: String?, boardAskedTo: [String] = []
    ) {
        self.boardAskedTo = boardAskedTo
        self.title = title
        self.partnership = partnership
        self.theme = theme
        self.period = period
        self.author = author
        self.date = date
        self.version = version
        self.marking = marking
        self.logoText = logoText
    }

    /// The cover's lines after the title, label and value, in order: every writer prints these.
    public var lines: [(label: String, value: String)] {
        [("Partnership", partnership), ("Theme", theme), ("Period", period), ("Author", author), ("Date", date), ("Version", version)]
            .compactMap { label, value in value.map { (label, $0) } }
    }
}

/// Text with counts in it. Built with interpolation: a `ReportCount`
/// interpolated becomes a count; a `String` becomes text. A bare `Int`
/// cannot be interpolated, so no count reaches a report without a key.
public struct ReportText: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// A count is boxed (`indirect`): it is over a hundred bytes wide, and
    /// a span as wide as two of them made every text of one span (most of
    /// a report's, each table cell among them) about 290 bytes on the
    /// heap; boxed, about 60 (issue 18).
    public enum Span: Sendable, Equatable {
        case text(String)
        indirect case count(ReportCount)
        /// A mark of maca's own, such as `[c]` where the rule is explained;
        /// never text from a day or a template.
        case mark(String)
        /// "12 of 40 (30%)": a count of a whole, with its percentage only
        /// when both are printed as they are ("fewer than 5 of 40" else,
        /// and the part alone when the whole is hidden).
        indirect case share(ReportCount, of: ReportCount)

        /// The span as every writer prints it.
        public var printed: String {
            switch self {
            case let .text(text), let .mark(text): text
            case let .count(count): count.text
            case let .share(part, whole): Self.share(part, whole)
            }
        }

        /// "12 of 40 (30%)"; "fewer than 5 of 40"; and where the whole is
        /// hidden, the part alone ("fewer than 5"), since "of fewer than 5" says nothing more.
        static func share(_ part: ReportCount, _ whole: ReportCount) -> String {
            guard case let .exact(total) = whole.label else { return part.text }
            let words = "\(part.text) of \(whole.text)"
            guard case let .exact(count) = part.label, total > 0 else { return words }
            return "\(words) (\(Int((Double(count) * 100 / Double(total)).rounded()))%)"
        }
    }

    public var spans: [Span]

    public init(spans: [Span]) {
        self.spans = spans
    }

    public init(_ text: String) {
        spans = text.isEmpty ? [] : [.text(text)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: StringInterpolation) {
        spans = stringInterpolation.spans
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var spans: [Span] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { spans.append(.text(literal)) }
        }

        public mutating func appendInterpolation(_ text: String) {
            if !text.isEmpty { spans.append(.text(text)) }
        }

        public mutating func appendInterpolation(_ count: ReportCount) {
            spans.append(.count(count))
        }

        public mutating func appendInterpolation(_ text: ReportText) {
            spans += text.spans
        }

        /// "12 of 40 (30%)".
        public mutating func appendInterpolation(_ part: ReportCount, of whole: ReportCount) {
            spans.append(.share(part, of: whole))
        }
    }

    public var counts: [ReportCount] {
        spans.flatMap { span -> [ReportCount] in
            switch span {
            case let .count(count): [count]
            case let .share(part, whole): [part, whole]
            case .text, .mark: []
            }
        }
    }

    /// The text as printed, every count by its label.
    public var plain: String {
        spans.map(\.printed).joined()
    }

    func labelled(_ label: (CountKey) -> CountLabel) -> ReportText {
        // A text with no count in it (most rows of an action plan) is kept as it is, not copied (issue 18).
        guard spans.contains(where: { switch $0 { case .count, .share: true; case .text, .mark: false } }) else { return self }
        return ReportText(spans: spans.map { span in
            switch span {
            case var .count(count):
                count.label = label(count.key)
                return .count(count)
            case var .share(part, whole):
                part.label = label(part.key)
                whole.label = label(whole.key)
                return .share(part, of: whole)
            case .text, .mark:
                return span
            }
        })
    }

    public static func + (lhs: ReportText, rhs: ReportText) -> ReportText {
        ReportText(spans: lhs.spans + rhs.spans)
    }

    /// The texts joined with a separator.
    public static func joined(_ texts: [ReportText], separator: String) -> ReportText {
        var spans: [Span] = []
        for (index, text) in texts.enumerated() {
            if index > 0 { spans.append(.text(separator)) }
            spans += text.spans
        }
        return ReportText(spans: spans)
    }
}

/// One printing of a count: its key, its label (the same wherever the key
/// is printed) and the words it is printed with.
public struct ReportCount: Sendable, Equatable {
    public var key: CountKey
    public var label: CountLabel
    public var words: CountWords

    public init(key: CountKey, label: CountLabel = .pending, words: CountWords = .figure) {
        self.key = key
        self.label = label
        self.words = words
    }

    /// The count as every writer prints it.
    public var text: String { words.render(label) }
}

/// How a count reads: a bare figure in a table, or words in a sentence,
/// with the noun and verb agreeing with the label ("fewer than 5
/// immediate concerns were raised", "1 case", "none").
public struct CountWords: Sendable, Equatable {
    public var singular: String?
    public var plural: String?
    public var verbSingular: String?
    public var verbPlural: String?
    /// What zero reads as; nil: "none", or "no" and the plural noun.
    public var zero: String?
    /// Whether it begins a sentence.
    public var capitalised: Bool
    /// A bare figure: `12`, `<5`, `[c]`.
    public var isFigure: Bool

    public init(
        singular: String? = nil, plural: String? = nil, verbSingular: String? = nil, verbPlural: String? = nil,
        zero: String? = nil, capitalised: Bool = false, isFigure: Bool = false
    ) {
        self.singular = singular
        self.plural = plural
        self.verbSingular = verbSingular
        self.verbPlural = verbPlural
        self.zero = zero
        self.capitalised = capitalised
        self.isFigure = isFigure
    }

    /// A table cell: `12`, `<5`, `[c]`, `0`.
    public static let figure = CountWords(isFigure: true)
    /// A number in a sentence without a noun: `12`, `fewer than 5`, `[c]`, `none`.
    public static let number = CountWords()

    /// A number with its noun, and a verb if given: "1 case", "fewer than 5 cases were".
    public static func noun(_ singular: String, _ plural: String, verb: (singular: String, plural: String)? = nil, zero: String? = nil) -> CountWords {
        CountWords(singular: singular, plural: plural, verbSingular: verb?.singular, verbPlural: verb?.plural, zero: zero)
    }

    /// The same words beginning a sentence.
    public var sentenceStart: CountWords {
        var copy = self
        copy.capitalised = true
        return copy
    }

    public func render(_ label: CountLabel) -> String {
        if isFigure { return label.figure }
        let singular = self.singular.flatMap { $0.isEmpty ? nil : $0 }, plural = self.plural.flatMap { $0.isEmpty ? nil : $0 }
        func words(_ parts: String?...) -> String { parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") }
        let phrase = switch label {
        case .pending: "?"
        case .exact(0): zero ?? (plural != nil ? words("no", plural, verbPlural) : words("none", verbPlural))
        case .exact(1): words("1", singular, verbSingular)
        case let .exact(count): words(String(count), plural, verbPlural)
        case let .small(below): words("fewer than \(below)", plural, verbPlural)
        case .secondary: words("[c]", plural, verbPlural)
        }
        guard capitalised, let first = phrase.first else { return phrase }
        return first.uppercased() + phrase.dropFirst()
    }
}
