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

        public init(folder: String, day: AuditDay, template: AuditTemplate, signatures: DayVerification.Signatures = .unsigned) {
            self.folder = folder
            self.day = day
            self.template = template
            self.signatures = signatures
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
        // Reading, verifying and folding each day is independent of the others: all cores share it.
        let sorted = folders.sorted()
        let read = sorted.parallelMap { folder -> ReadDay in
            let verification: DayVerification
            do {
                if DayArchive.isArchive(folder) {
                    do {
                        verification = try DayArchive.open(path: folder, identities: identities, signer: signer).verification
                    } catch {
                        return .unopened((error as? any UserFacingError)?.description ?? "\(folder): cannot be opened")
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
            return .folded(DayFold.fold(verification.journals), verification.signatures)
        }
        for (index, (folder, outcome)) in zip(sorted, read).enumerated() {
            progress(index + 1, folders.count)
            let day: AuditDay
            let signatures: DayVerification.Signatures
            switch outcome {
            case let .folded(folded, signed):
                day = folded
                signatures = signed
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
            guard stamp.id == theme else { continue }
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
            let entry = Day(folder: folder, day: day, template: template, signatures: signatures)
            if let earlier = byID[id] {
                // The same day copied: keep the copy with more records, then the first by path.
                inputs.duplicates.append(folder)
                if recordCount(entry) > recordCount(earlier) { byID[id] = entry }
                continue
            }
            byID[id] = entry
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

    /// One day folder as read on whichever core: folded, or why it cannot be.
    private enum ReadDay: Sendable {
        case folded(AuditDay, DayVerification.Signatures)
        case damaged(problems: [String], first: JournalDamage?)
        /// An archive that could not be opened, and why.
        case unopened(String)
    }

    private static func recordCount(_ day: Day) -> Int {
        day.day.writers.reduce(0) { $0 + $1.records }
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
