import Foundation

/// The pre-flight a report runs, for every other command that writes the
/// days' action points out of maca (`maca actions export`): each field of
/// each action point and its latest evidence is read again with the guard
/// of its day, and an identifier kept at the guard's prompt (or written
/// before the guard knew its kind) is refused, or replaced with `--redact`,
/// exactly as `maca report` does (issue 15).
extension ActionRegister {
    /// The text of an entry that leaves maca, with the name a person would use for it.
    static func exported(_ entry: Entry) -> [(field: String, text: String)] {
        [("action", entry.action), ("owner agency", entry.agency), ("lead role", entry.leadRole),
         ("measure of success", entry.measure), ("latest evidence of progress", entry.latestEvidence)]
    }

    func guardian(for entry: Entry, privacy: GuardSettings) -> IdentifierGuard {
        IdentifierGuard(for: days[entry.day] ?? AuditDay(), privacy: privacy)
    }

    /// Every likely identifier in the action points' text, by day, case and field.
    public func identifierFindings(privacy: GuardSettings) -> [ReportPrivacy.Finding] {
        entries.flatMap { entry in
            let guardian = guardian(for: entry, privacy: privacy)
            return Self.exported(entry).flatMap { field, text in
                guardian.scan(text).map { ReportPrivacy.Finding(day: entry.day, ref: entry.ref, question: "\(entry.id) \(field)", kind: $0.kind) }
            }
        }
    }

    /// The register with every likely identifier replaced by its placeholder.
    public func redacted(privacy: GuardSettings) -> ActionRegister {
        var out = self
        for index in out.entries.indices {
            let guardian = guardian(for: out.entries[index], privacy: privacy)
            let clean = { (text: String) in guardian.redact(text).text }
            out.entries[index].action = clean(out.entries[index].action)
            out.entries[index].agency = clean(out.entries[index].agency)
            out.entries[index].leadRole = clean(out.entries[index].leadRole)
            out.entries[index].measure = clean(out.entries[index].measure)
            for update in out.entries[index].updates.indices {
                out.entries[index].updates[update].update.evidence = clean(out.entries[index].updates[update].update.evidence)
            }
        }
        return out
    }
}
