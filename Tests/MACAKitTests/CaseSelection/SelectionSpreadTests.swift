import MACAKit
import Testing

@Suite("Selection spread: ages, plans and agencies of the chosen cases")
struct SelectionSpreadTests {
    static let template = CandidateFixtures.neglect
    static func agencies(_ ids: String...) -> [Agency] { ids.map { template.agency($0)! } }

    static let lopsided = [
        Candidate(ref: "CAND-0001", ageBand: "0-4", planType: "child-protection", agencies: ["csc", "health-hv-sn"]),
        Candidate(ref: "CAND-0002", ageBand: "0-4", planType: "child-protection", agencies: ["csc", "health-gp"]),
        Candidate(ref: "CAND-0003", ageBand: "5-10", planType: "child-protection", agencies: ["csc", "education"]),
    ]

    @Test("counts follow the template's order and include what no case has")
    func counts() {
        let spread = SelectionSpread(cases: Self.lopsided, template: Self.template, attending: Self.agencies("csc", "police"))
        #expect(spread.cases == 3)
        #expect(spread.ageBands.map(\.id) == ["0-4", "5-10", "11-15", "16-17"])
        #expect(spread.ageBands.map(\.count) == [2, 1, 0, 0])
        #expect(spread.ageBands.first?.label == "0 to 4 (baby, toddler or pre-school)")
        #expect(spread.planTypes.map(\.count) == [0, 0, 3, 0, 0])
        #expect(spread.agencies.map(\.id) == Self.template.agencies.map(\.id))
        #expect(spread.agencies.first { $0.id == "csc" } == SelectionSpread.Count(id: "csc", label: "Children's social care", count: 3))
        #expect(spread.agencies.first { $0.id == "police" }?.count == 0)
        #expect(spread.ageBandNotKnown == 0)
    }

    @Test("a one-sided selection is warned about")
    func oneSided() {
        let spread = SelectionSpread(cases: Self.lopsided, template: Self.template, attending: Self.agencies("csc", "police", "education"))
        #expect(spread.warnings == [
            "every case is on a child protection plan: add early help, child in need or looked after cases for a spread",
            "no case is aged 11-15 or 16-17",
            "no case involves Police (attending)",
        ])
    }

    @Test("the lines for the projector show every band and plan, and the agencies involved or attending")
    func lines() {
        let spread = SelectionSpread(
            cases: Self.lopsided + [Candidate(ref: "CAND-0004")], template: Self.template, attending: Self.agencies("csc", "police")
        )
        #expect(spread.lines == [
            "Age bands: 0-4 ×2, 5-10 ×1, 11-15 ×0, 16-17 ×0, not known ×1",
            "Plan types: early-help ×0, child-in-need ×0, child-protection ×3, looked-after ×0, none ×0, not known ×1",
            "Agencies: Children's social care ×3, Police ×0, GP practice ×1, Health visiting and school nursing ×1, Education (schools and early years settings) ×1",
        ])
        // A plan type is not known for one case, so the plan types are not called one-sided.
        #expect(!spread.warnings.contains { $0.hasPrefix("every case") })
    }

    @Test("a balanced selection gives no warnings")
    func balanced() {
        let cases = [
            Candidate(ref: "CAND-0001", ageBand: "0-4", planType: "child-protection", agencies: ["csc", "health-hv-sn"]),
            Candidate(ref: "CAND-0002", ageBand: "5-10", planType: "child-in-need", agencies: ["education", "police"]),
            Candidate(ref: "CAND-0003", ageBand: "11-15", planType: "early-help", agencies: ["early-help", "education"]),
            Candidate(ref: "CAND-0004", ageBand: "16-17", planType: "looked-after", agencies: ["csc", "health-mh"]),
        ]
        let spread = SelectionSpread(cases: cases, template: Self.template, attending: Self.agencies("csc", "police", "education", "health-hv-sn"))
        #expect(spread.warnings == [])
    }

    @Test("one case is too few to be one-sided")
    func oneCase() {
        let spread = SelectionSpread(cases: [Self.lopsided[0]], template: Self.template, attending: Self.agencies("police"))
        #expect(spread.warnings.isEmpty)
        #expect(spread.planTypes.map(\.count) == [0, 0, 1, 0, 0])
    }

    @Test("every case of one other plan type, or without a plan, is named so", arguments: [
        ("looked-after", "every case is looked after: add early help, child in need or child protection cases for a spread"),
        ("early-help", "every case is receiving early help: add child in need, child protection or looked after cases for a spread"),
        ("none", "every case is without a plan: add early help, child in need, child protection or looked after cases for a spread"),
    ])
    func otherPlans(plan: String, warning: String) {
        let cases = ["0-4", "5-10", "11-15", "16-17"].enumerated().map {
            Candidate(ref: CandidateFixtures.ref($0.offset + 1), ageBand: $0.element, planType: plan, agencies: ["csc"])
        }
        let spread = SelectionSpread(cases: cases, template: Self.template, attending: Self.agencies("csc"))
        #expect(spread.warnings == [warning])
    }

    @Test("cases with nothing known about them are warned about once per kind")
    func nothingKnown() {
        let spread = SelectionSpread(cases: CandidateFixtures.numbered(3), template: Self.template, attending: Self.agencies("csc"))
        #expect(spread.warnings == ["no case has a known plan type", "no case has a known age band", "no case has its agencies recorded"])
    }

    @Test("an attending agency the template does not list is counted after the template's")
    func visitingAgency() {
        let visitor = Agency(id: "youth-club", name: "Youth club (invented)")
        let cases = [
            Candidate(ref: "CAND-0001", ageBand: "0-4", planType: "child-protection", agencies: ["csc", "youth-club"]),
            Candidate(ref: "CAND-0002", ageBand: "5-10", planType: "child-in-need", agencies: ["csc"]),
        ]
        let spread = SelectionSpread(cases: cases, template: Self.template, attending: [visitor])
        #expect(spread.agencies.last == SelectionSpread.Count(id: "youth-club", label: "Youth club (invented)", count: 1))
        #expect(!spread.warnings.contains { $0.contains("Youth club") })
    }
}
