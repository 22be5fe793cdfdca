import Foundation

/// The audit days a theme report is made from, each verified first.
public struct ReportInputs: Sendable {
    /// One audit day, folded, with the template it was recorded against.
    public struct Day: Sendable {
        public var folder: String
        public var day: AuditDay
        public var template: AuditTemplate
        /// Whether the day's records are signed, and whether that was checked.
        public var signatures: DayVerification.Signatures = .unsigned
        /// How many records the day's journals hold: of two copies of a day, the longer is kept.
        public var records: Int
        /// What a sealed day folder's report digest is keyed by (`ReportDigests.journalsKey`);
        /// nil for a day with no digest: not sealed, or an archive.
        public var journalsKey: String?

        public init(
            folder: String, day: AuditDay, template: AuditTemplate, signatures: DayVerification.Signatures = .unsigned, records: Int? = nil
        ) {
            self.folder = folder
            self.day = day
            self.template = template
            self.signatures = signatures
            self.records = records ?? day.recordCount
        }
    }

    /// A day left out of the report, and why.
    public struct LeftOut: Sendable, Equatable {
        public var folder: String
        public var reason: String
    }

    public var days: [Day]
    /// Days of the same theme dated before the period: the previous audit.
    public var previous: [Day]
    public var leftOut: [LeftOut]
    /// The same day found in more than one folder; counted once.
    public var duplicates: [String]

    public init(days: [Day], previous: [Day] = [], leftOut: [LeftOut] = [], duplicates: [String] = []) {
        self.days = days
        self.previous = previous
        self.leftOut = leftOut
        self.duplicates = duplicates
    }

    /// Reads and verifies day folders, keeps those of the theme in the period.
    /// A damaged day stops the report unless `skipInvalid`, which lists it
    /// instead; with a signer, so does a signed day whose signatures fail.
    /// An archived day (a `.age` file) is opened in memory with `identities`
    /// and verified the same way; one that cannot be opened (damaged, cut
    /// short, or for other identities) stops the report too, with the reason.
    /// `progress` is told each day read, as (days read, days in all).
    public static func gather(
        folders: [String], theme: String, from: String?, to: String?, skipInvalid: Bool, includeUnfinished: Bool,
        signer: RecordSigner? = nil, witness: SealWitness? = nil, identities: [AgeIdentity] = [], progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> ReportInputs {
        var inputs = ReportInputs(days: [], previous: [], leftOut: [], duplicates: [])
        var byID: [String: Day] = [:]
        // Days of one theme share a few template versions: read each once.
        var templates: [String: AuditTemplate] = [:]
        // Reading, verifying and folding each day is independent of the others: all cores share it,
        // a batch at a time, so only a batch of days is ever held whole (issue 18). Each day is cut down
        // to what a report reads as soon as it is folded, and a day of another theme is let go there.
        let sorted = folders.sorted()
        var index = 0
        for batchStart in stride(from: 0, to: sorted.count, by: batchSize) {
            let batch = Array(sorted[batchStart ..< min(batchStart + batchSize, sorted.count)])
            let read = batch.parallelMap { folder in readDay(folder, theme: theme, signer: signer, witness: witness, identities: identities) }
            for (folder, outcome) in zip(batch, read) {
                index += 1
                progress(index, folders.count)
                let day: AuditDay
                let signatures: DayVerification.Signatures
                let records: Int
                let journalsKey: String?
                switch outcome {
                case .otherTheme:
                    continue
                case let .folded(folded, signed, count, key):
                    day = folded
                    signatures = signed
                    records = count
                    journalsKey = key
                case let .unopened(reason):
                    guard skipInvalid else { throw ReportError.unopenedArchive(reason: reason) }
                    inputs.leftOut.append(LeftOut(folder: folder, reason: reason.replacingOccurrences(of: "\(folder): ", with: "")))
                    continue
                case let .damaged(problems, first):
                    guard skipInvalid else { throw ReportError.damagedDay(folder: folder, problems: problems) }
                    let reason = first.map { "damaged at line \($0.line) of \(($0.path as NSString).lastPathComponent): \($0.message)" }
                        ?? problems.first.map { "cannot be used: \($0)" } ?? "damaged"
                    inputs.leftOut.append(LeftOut(folder: folder, reason: reason))
                    continue
                }
                guard let stamp = day.template, let id = day.id else {
                    guard skipInvalid else { throw ReportError.damagedDay(folder: folder, problems: ["\(folder): no journal opens the day"]) }
                    inputs.leftOut.append(LeftOut(folder: folder, reason: "no journal opens the day"))
                    continue
                }
                let template: AuditTemplate
                if let known = templates[stamp.sha256] {
                    template = known
                } else {
                    do {
                        template = try TemplateLoader.parse(stamp.source, file: "\(folder) (template \(stamp.id) v\(stamp.version))")
                        templates[stamp.sha256] = template
                    } catch {
                        guard skipInvalid else {
                            throw ReportError.damagedDay(folder: folder, problems: ["\(folder): its embedded template cannot be read: \(error)"])
                        }
                        inputs.leftOut.append(LeftOut(folder: folder, reason: "its embedded template cannot be read"))
                        continue
                    }
                }
                if !day.isClosed && !includeUnfinished {
                    inputs.leftOut.append(LeftOut(folder: folder, reason: "unfinished (include it with --include-unfinished)"))
                    continue
                }
                // The template is parsed once per hash and shared: the day need not keep its source.
                var kept = day
                kept.template?.source = ""
                var entry = Day(folder: folder, day: kept, template: template, signatures: signatures, records: records)
                entry.journalsKey = journalsKey
                if let earlier = byID[id] {
                    // The same day copied: keep the copy with more records, then the first by path.
                    inputs.duplicates.append(folder)
                    if entry.records > earlier.records { byID[id] = entry }
                    continue
                }
                byID[id] = entry
            }
        }
        for entry in byID.values {
            let date = entry.day.date ?? ""
            if let to, date > to { continue }
            if let from, date < from {
                inputs.previous.append(entry)
            } else {
                inputs.days.append(entry)
            }
        }
        let order: (Day, Day) -> Bool = { ($0.day.date ?? "", $0.day.id ?? "") < ($1.day.date ?? "", $1.day.id ?? "") }
        inputs.days.sort(by: order)
        inputs.previous.sort(by: order)
        inputs.duplicates.sort()
        return inputs
    }

    /// How many days are read at once: enough to keep every core busy, few
    /// enough that the days held whole while they are read stay small.
    public static let batchSize = max(16, ProcessInfo.processInfo.activeProcessorCount * 8)

    /// One day folder, read, verified and folded on whichever core, and cut
    /// down to what a report reads.
    private static func readDay(
        _ folder: String, theme: String, signer: RecordSigner?, witness: SealWitness?, identities: [AgeIdentity]
    ) -> ReadDay {
        let verification: DayVerification
        let archived = DayArchive.isArchive(folder)
        do {
            if archived {
                do {
                    verification = try DayArchive.open(path: folder, identities: identities, signer: signer).verification
                } catch {
                    return .unopened(error.description)
                }
            } else {
                verification = try DayVerification.check(folder: folder, signer: signer, witness: witness)
            }
        } catch {
            // A day that cannot be read at all is reported like a damaged one, never passed over.
            return .damaged(problems: [(error as? any UserFacingError)?.description ?? "\(folder): cannot be read"], first: nil)
        }
        guard !verification.isDamaged else {
            return .damaged(problems: verification.problems, first: verification.journals.first(where: \.isDamaged)?.damage.first)
        }
        let day = DayFold.fold(verification.journals)
        // Checked here only for a day that opens: one that does not is reported whatever its theme.
        if let stamp = day.template, day.id != nil, stamp.id != theme { return .otherTheme }
        let key = archived ? nil : ReportDigests.journalsKey(verification)
        return .folded(day.forReport(), verification.signatures, records: day.recordCount, journalsKey: key)
    }

    /// One day folder as read on whichever core: folded, or why it cannot be.
    private enum ReadDay: Sendable {
        case folded(AuditDay, DayVerification.Signatures, records: Int, journalsKey: String?)
        /// A day that opens, of another theme: nothing of it is kept.
        case otherTheme
        case damaged(problems: [String], first: JournalDamage?)
        /// An archive that could not be opened, and why.
        case unopened(String)
    }

    /// Every day folder under a sessions folder, then every archived day there.
    public static func folders(in store: SessionStore) throws -> [String] {
        try store.dayFolders().map { "\(store.directory)/\($0)" } + store.archivedDays()
    }
}

public enum ReportError: UserFacingError, Equatable {
    case damagedDay(folder: String, problems: [String])
    /// An archived day that could not be opened: the reason names it.
    case unopenedArchive(reason: String)
    /// No day of the theme in the period; `searched` names the folder or days read.
    case noDays(theme: String, searched: String)

    public var exitStatus: ExitStatus {
        switch self {
        case .damagedDay, .unopenedArchive: .data
        case .noDays: .noInput
        }
    }

    public var description: String {
        switch self {
        case let .damagedDay(folder, problems):
            (problems + ["\(folder): this day is damaged, so no report was written; run 'maca verify', or leave it out with --skip-invalid"])
                .joined(separator: "\n")
        case let .unopenedArchive(reason):
            reason + "\nno report was written; check the archive with 'maca archive --check', or leave it out with --skip-invalid"
        case let .noDays(theme, searched):
            "no audit days of theme '\(theme)' in the period in \(searched): check --theme, --from, --to and --sessions"
        }
    }
}
