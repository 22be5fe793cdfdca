/// The identifier check every report passes before it is written: each
/// piece of free text that could reach the report is scanned, and either
/// the report is refused with every finding listed, or (with `--redact`)
/// each finding is replaced by its placeholder and listed. Never silently.
public enum ReportPrivacy {
    /// Where an identifier was found, for the person who must fix it.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var day: String
        public var ref: String
        public var question: String
        public var kind: IdentifierFinding.Kind

        public var description: String { "\(day): case \(ref), \(question): looks like \(kind.described)" }
    }

    /// Every likely identifier in the days' free text.
    public static func scan(_ inputs: ReportInputs, privacy: GuardSettings = GuardSettings()) -> [Finding] {
        scan(inputs, privacy: privacy, digests: nil).findings
    }

    /// Every likely identifier in the days' free text; with `digests`, a
    /// sealed day's findings are taken from its report digest when one
    /// stands for its journals, and each day scanned gets a new one.
    public static func scan(_ inputs: ReportInputs, privacy: GuardSettings, digests: ReportDigests?) -> (findings: [Finding], digests: DigestUse) {
        // Days are scanned on every core; their findings keep the days' order.
        let perDay = (inputs.days + inputs.previous).parallelMap { day -> ([Finding], DigestUse) in
            let guardian = IdentifierGuard(for: day.day, privacy: privacy)
            guard let digests, let journals = day.journalsKey else { return (scan(day, guardian: guardian), DigestUse()) }
            // A day without a date is read with this year's rules for dates of birth: that year is part of the key.
            let key = "\(journals) \(guardian.referenceYear)"
            var refusal: String?
            switch digests.read(folder: day.folder, journals: key) {
            case let .found(stored):
                var use = DigestUse()
                use.reused = 1
                return (stored.compactMap { kept in
                    kept.identifierKind.map { Finding(day: name(day), ref: kept.ref, question: kept.question, kind: $0) }
                }, use)
            case let .refused(reason): refusal = reason
            case .missing, .otherContext: break
            }
            let findings = scan(day, guardian: guardian)
            var use = DigestUse()
            do throws(FileError) {
                try digests.write(folder: day.folder, journals: key, findings: findings.map { ReportDigests.Finding(ref: $0.ref, question: $0.question, kind: $0.kind) })
                use.made = 1
            } catch {
                use.unwritten = [DigestUse.Note(folder: day.folder, reason: error.description)]
            }
            // A digest refused is said, and whether a new one took its place.
            if let refusal { use.refused = [DigestUse.Note(folder: day.folder, reason: refusal, remade: use.made == 1)] }
            return (findings, use)
        }
        let use = perDay.map { $0.1 }.reduce(into: DigestUse()) { total, day in
            total.reused += day.reused
            total.made += day.made
            total.refused += day.refused
            total.unwritten += day.unwritten
        }
        return (perDay.flatMap { $0.0 }, use)
    }

    /// What became of the days' report digests in one report.
    public struct DigestUse: Sendable, Equatable {
        /// A day and a sentence about its digest.
        public struct Note: Sendable, Equatable {
            public var folder: String
            public var reason: String
            /// For a digest refused: whether a new one was written in its place.
            public var remade = true
        }

        /// Days whose findings were taken from their digest.
        public var reused = 0
        /// Days scanned whose digest was written.
        public var made = 0
        /// Digests that were there but not used, and why: made again.
        public var refused: [Note] = []
        /// Digests that could not be written, and why.
        public var unwritten: [Note] = []

        public init() {}
    }

    /// One day's findings, scanned.
    private static func scan(_ day: ReportInputs.Day, guardian: IdentifierGuard) -> [Finding] {
        var findings: [Finding] = []
        _ = transform(day) { text, ref, question in
            findings += guardian.scan(text).map { Finding(day: name(day), ref: ref, question: question, kind: $0.kind) }
            return text
        } tag: { tag, ref, question in
            findings += guardian.scanTag(tag).map { Finding(day: name(day), ref: ref, question: "\(question) (a tag of the room's own)", kind: $0.kind) }
            return tag
        }
        return findings
    }

    /// The inputs with every likely identifier replaced by its placeholder.
    public static func redacted(_ inputs: ReportInputs, privacy: GuardSettings = GuardSettings()) -> ReportInputs {
        var out = inputs
        let redact = { (day: ReportInputs.Day) -> ReportInputs.Day in
            var copy = day
            let guardian = IdentifierGuard(for: day.day, privacy: privacy)
            copy.day = transform(day) { text, _, _ in guardian.redact(text).text } tag: { tag, _, _ in
                guardian.scanTag(tag).isEmpty ? tag : IdentifierGuard.withheldTag
            }
            return copy
        }
        out.days = inputs.days.map(redact)
        out.previous = inputs.previous.map(redact)
        return out
    }

    /// Applies `change` to every free-text value of a day that a report may
    /// show, and `tag` to each tag of the room's own (one its question does
    /// not list), read whole and un-slugged: a slug has lost the shape of
    /// what was typed (`kayden-smith`), so a tag is never read only as
    /// words.
    static func transform(
        _ day: ReportInputs.Day, _ change: (String, String, String) -> String, tag: (String, String, String) -> String
    ) -> AuditDay {
        let listed = Dictionary(
            day.template.sections.flatMap(\.questions).map { ($0.id, Set($0.choices.map(\.id))) }, uniquingKeysWith: { first, _ in first }
        )
        var result = day.day
        if let area = result.area { result.area = change(area, "-", "area") }
        result.agencies = result.agencies.map { Agency(id: $0.id, name: change($0.name, "-", "agency name")) }
        for caseIndex in result.cases.indices {
            let ref = result.cases[caseIndex].ref
            result.cases[caseIndex].reasonSelected = change(result.cases[caseIndex].reasonSelected, ref, "reason the case was chosen")
            // Kept as the day keeps them: a report's packed answers stay packed (issue 18).
            result.cases[caseIndex].answers = result.cases[caseIndex].answers.replacingAnswers { key, answer in
                guard let value = answer.value else { return answer }
                var recorded = answer
                if case let .tags(tags) = value {
                    let own = listed[key.question] ?? []
                    recorded.value = .tags(tags.map { own.contains($0) ? $0 : tag($0, ref, key.question) })
                } else {
                    recorded.value = value.mappingFreeText { change($0, ref, key.question) }
                }
                return recorded
            }
            for (domain, grade) in result.cases[caseIndex].agreedGrades {
                result.cases[caseIndex].agreedGrades[domain]?.rationale = change(grade.rationale, ref, "\(domain) rationale")
            }
            for actionIndex in result.cases[caseIndex].actions.indices {
                for (field, value) in result.cases[caseIndex].actions[actionIndex].fields {
                    result.cases[caseIndex].actions[actionIndex].fields[field] = value.mappingFreeText { change($0, ref, "action \(field)") }
                }
            }
            for concernIndex in result.cases[caseIndex].concerns.indices {
                for (field, value) in result.cases[caseIndex].concerns[concernIndex].fields {
                    result.cases[caseIndex].concerns[concernIndex].fields[field] = value.mappingFreeText { change($0, ref, "concern \(field)") }
                }
                if var acknowledgement = result.cases[caseIndex].concerns[concernIndex].acknowledgement {
                    acknowledgement.note = change(acknowledgement.note, ref, "acknowledgement note")
                    acknowledgement.by = change(acknowledgement.by, ref, "who acknowledged the concern")
                    acknowledgement.previous = acknowledgement.previous.map { change($0, ref, "who acknowledged the concern before the correction") }
                    result.cases[caseIndex].concerns[concernIndex].acknowledgement = acknowledgement
                }
            }
        }
        return result
    }

    /// Every likely identifier in the evidence of the actions' progress, which
    /// the report's action tracker shows: each is read with the guard of the
    /// day its action belongs to.
    public static func scan(
        progress: [String: ThemeReport.ActionProgress], of inputs: ReportInputs, privacy: GuardSettings = GuardSettings()
    ) -> [Finding] {
        var findings: [Finding] = []
        for day in inputs.days + inputs.previous {
            let guardian = IdentifierGuard(for: day.day, privacy: privacy)
            for audit in day.day.cases {
                for action in audit.actions {
                    guard let evidence = progress[action.id]?.evidence else { continue }
                    findings += guardian.scan(evidence).map {
                        Finding(day: name(day), ref: audit.ref, question: "evidence of progress on \(action.id)", kind: $0.kind)
                    }
                }
            }
        }
        return findings
    }

    /// The progress with every likely identifier in its evidence replaced by its placeholder.
    public static func redacted(
        progress: [String: ThemeReport.ActionProgress], of inputs: ReportInputs, privacy: GuardSettings = GuardSettings()
    ) -> [String: ThemeReport.ActionProgress] {
        var out = progress
        for day in inputs.days + inputs.previous {
            let guardian = IdentifierGuard(for: day.day, privacy: privacy)
            for action in day.day.cases.flatMap(\.actions) {
                guard let tracked = progress[action.id] else { continue }
                out[action.id]?.evidence = guardian.redact(tracked.evidence).text
            }
        }
        return out
    }

    static func name(_ day: ReportInputs.Day) -> String {
        String(day.folder.split(separator: "/").last ?? Substring(day.folder))
    }
}
