/// How a selection of cases spreads across the template's age bands, plan
/// types and agencies, and what it lacks, so the facilitator can see on the
/// projector whether the sample is one-sided before the day starts.
public struct SelectionSpread: Sendable, Equatable {
    /// How many cases have one age band, plan type or agency.
    public struct Count: Sendable, Equatable {
        public var id: String
        public var label: String
        public var count: Int

        public init(id: String, label: String, count: Int) {
            self.id = id
            self.label = label
            self.count = count
        }
    }

    public var cases: Int
    /// In the template's order, including bands no case is in.
    public var ageBands: [Count]
    /// Cases whose age band is not known.
    public var ageBandNotKnown: Int
    public var planTypes: [Count]
    public var planTypeNotKnown: Int
    /// The template's agencies, then any attending agency the template does not name.
    public var agencies: [Count]
    /// Ids of the agencies attending the day.
    public var attending: [String]
    /// One sentence each, only when the selection has at least two cases.
    public var warnings: [String]

    public init(cases: [Candidate], template: AuditTemplate, attending: [Agency]) {
        let terms = CaseProfileTerms(template: template)
        self.cases = cases.count
        ageBands = terms.ageBands.map { band in
            Count(id: band.id, label: band.label, count: cases.count { $0.ageBand == band.id })
        }
        let bandIDs = Set(terms.ageBands.map(\.id))
        ageBandNotKnown = cases.count { !bandIDs.contains($0.ageBand ?? "") }
        planTypes = terms.planTypes.map { plan in
            Count(id: plan.id, label: plan.label, count: cases.count { $0.planType == plan.id })
        }
        let planIDs = Set(terms.planTypes.map(\.id))
        planTypeNotKnown = cases.count { !planIDs.contains($0.planType ?? "") }
        var everyAgency = template.agencies
        everyAgency += attending.filter { visitor in !everyAgency.contains { $0.id == visitor.id } }
        agencies = everyAgency.map { agency in
            // The name the room knows the agency by (as it attends today), else the template's.
            let name = attending.first { $0.id == agency.id }?.name ?? agency.name
            return Count(id: agency.id, label: name, count: cases.count { $0.agencies.contains(agency.id) })
        }
        self.attending = attending.map(\.id)
        warnings = []
        if cases.count >= 2 {
            warnings = planWarnings() + ageWarnings() + agencyWarnings(attending)
        }
    }

    /// Short lines for a projector, e.g. `Age bands: 0-4 ×2, 5-10 ×1, 11-15 ×0, 16-17 ×0`.
    /// Agencies are shown when a case involves them or they are attending.
    public var lines: [String] {
        func line(_ title: String, _ counts: [Count], notKnown: Int) -> String? {
            guard !counts.isEmpty else { return nil }
            var items = counts.map { "\($0.id) ×\($0.count)" }
            if notKnown > 0 { items.append("not known ×\(notKnown)") }
            return "\(title): \(items.joined(separator: ", "))"
        }
        let shown = agencies.filter { $0.count > 0 || attending.contains($0.id) }
        return [
            line("Age bands", ageBands, notKnown: ageBandNotKnown),
            line("Plan types", planTypes, notKnown: planTypeNotKnown),
            "Agencies: " + (shown.isEmpty ? "none recorded" : shown.map { "\($0.label) ×\($0.count)" }.joined(separator: ", ")),
        ].compactMap { $0 }
    }

    // MARK: Warnings

    private func planWarnings() -> [String] {
        guard !planTypes.isEmpty else { return [] }
        let used = planTypes.filter { $0.count > 0 }
        if used.isEmpty { return ["no case has a known plan type"] }
        guard used.count == 1, let only = used.first, planTypeNotKnown == 0 else { return [] }
        let others = planTypes.filter { $0.id != only.id && $0.id != "none" }.map(Self.planNoun)
        let advice = others.isEmpty ? "" : ": add \(Self.alternatives(others)) cases for a spread"
        return ["every case is \(Self.planState(only))\(advice)"]
    }

    private func ageWarnings() -> [String] {
        guard !ageBands.isEmpty else { return [] }
        if ageBands.allSatisfy({ $0.count == 0 }) { return ["no case has a known age band"] }
        let missing = ageBands.filter { $0.count == 0 }.map(\.id)
        return missing.isEmpty ? [] : ["no case is aged \(Self.alternatives(missing))"]
    }

    private func agencyWarnings(_ attending: [Agency]) -> [String] {
        guard !attending.isEmpty else { return [] }
        if agencies.allSatisfy({ $0.count == 0 }) { return ["no case has its agencies recorded"] }
        return attending.filter { agency in agencies.first { $0.id == agency.id }?.count == 0 }
            .map { "no case involves \($0.name) (attending)" }
    }

    /// `every case is …`
    private static func planState(_ plan: Count) -> String {
        switch plan.id {
        case "child-protection": "on a child protection plan"
        case "child-in-need": "on a child in need plan"
        case "early-help": "receiving early help"
        case "looked-after": "looked after"
        case "none": "without a plan"
        default: "of plan type '\(plan.label)'"
        }
    }

    /// `add … cases`
    private static func planNoun(_ plan: Count) -> String {
        switch plan.id {
        case "child-protection": "child protection"
        case "child-in-need": "child in need"
        case "early-help": "early help"
        case "looked-after": "looked after"
        default: plan.label.lowercased()
        }
    }

    /// `a`, `a or b`, `a, b or c`.
    private static func alternatives(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
