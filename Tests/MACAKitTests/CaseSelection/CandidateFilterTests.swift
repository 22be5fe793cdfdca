import MACAKit
import Testing

@Suite("Candidate filters: narrowing the list before choosing")
struct CandidateFilterTests {
    typealias Fixtures = CandidateFixtures

    static func parse(_ text: String) throws(CandidateError) -> CandidateFilter {
        try CandidateFilter.parse(text, template: Fixtures.neglect)
    }

    @Test("keys take ids, and several values mean any of them")
    func ids() throws {
        let filter = try Self.parse("plan=child-protection,child-in-need age=0-4 agency=police")
        #expect(filter == CandidateFilter(planTypes: ["child-protection", "child-in-need"], ageBands: ["0-4"], agencies: ["police"]))
        #expect(filter.description == "plan: child-in-need, child-protection; age: 0-4; agency: police")
    }

    @Test("values may be labels in any case, abbreviations, ages or ranges, and labels may have spaces", arguments: [
        ("plan=Child In Need", CandidateFilter(planTypes: ["child-in-need"])),
        ("PLAN=cp,LAC", CandidateFilter(planTypes: ["child-protection", "looked-after"])),
        ("age=5 to 10,16 or 17", CandidateFilter(ageBands: ["5-10", "16-17"])),
        ("age=13", CandidateFilter(ageBands: ["11-15"])),
        ("agency=GP practice,Education", CandidateFilter(agencies: ["health-gp", "education"])),
        ("agency:CAMHS plan:eh", CandidateFilter(planTypes: ["early-help"], agencies: ["health-mh"])),
        ("plan=cp plan=cin", CandidateFilter(planTypes: ["child-protection", "child-in-need"])),
        ("  ", CandidateFilter()),
    ])
    func spellings(text: String, expected: CandidateFilter) throws {
        #expect(try Self.parse(text) == expected)
    }

    @Test("no filter describes itself as all candidates")
    func emptyFilter() throws {
        let filter = try Self.parse("")
        #expect(filter.isEmpty)
        #expect(filter.description == "all candidates")
    }

    @Test("ages are described in the order of their bands")
    func describedInOrder() {
        let filter = CandidateFilter(ageBands: ["16-17", "0-4", "11-15", "5-10"])
        #expect(filter.description == "age: 0-4, 5-10, 11-15, 16-17")
    }

    @Test("a bad filter says what is wrong and what would be right", arguments: [
        ("plna=cp", "unknown filter key 'plna'; the keys are plan, age and agency"),
        ("plan=section 47", "unknown plan type 'section 47': the plan types are early-help, child-in-need, child-protection, looked-after, none"),
        ("age=19", "unknown age band '19': the age bands are 0-4, 5-10, 11-15, 16-17"),
        ("agency=police,youth club", "unknown agency 'youth club': the agencies are csc, early-help, police, health-gp, health-hv-sn, health-acute, health-mh, education, probation, housing, drug-alcohol"),
        ("plan=", "plan= needs a value: the plan types are early-help, child-in-need, child-protection, looked-after, none"),
        ("police", "'police' is not key=value; write plan=…, age=… or agency=…"),
        ("=cp", "'=cp' has no key before '='; write plan=…, age=… or agency=…"),
    ])
    func badFilters(text: String, message: String) {
        #expect(throws: CandidateError(file: nil, line: nil, message: message)) { try Self.parse(text) }
    }

    @Test("a typed filter's error is one sentence without a file")
    func errorDescription() {
        let error = CandidateError(file: nil, line: nil, message: "unknown filter key 'plna'; the keys are plan, age and agency")
        #expect(error.description == "unknown filter key 'plna'; the keys are plan, age and agency")
        #expect(error.exitStatus == .data)
    }

    static let list = CandidateList(candidates: [
        Candidate(ref: "CAND-0001", ageBand: "0-4", planType: "child-protection", agencies: ["csc", "police"]),
        Candidate(ref: "CAND-0002", ageBand: "5-10", planType: "child-in-need", agencies: ["education"]),
        Candidate(ref: "CAND-0003", ageBand: "0-4", planType: "early-help", agencies: ["health-hv-sn", "police"]),
        Candidate(ref: "CAND-0004", ageBand: nil, planType: nil, agencies: []),
        Candidate(ref: "CAND-0005", ageBand: "11-15", planType: "child-protection", agencies: ["csc"]),
    ])

    @Test("a filter keeps the candidates matching every key, in list order", arguments: [
        ("", ["CAND-0001", "CAND-0002", "CAND-0003", "CAND-0004", "CAND-0005"]),
        ("plan=cp", ["CAND-0001", "CAND-0005"]),
        ("plan=cp,cin", ["CAND-0001", "CAND-0002", "CAND-0005"]),
        ("age=0-4", ["CAND-0001", "CAND-0003"]),
        ("agency=police", ["CAND-0001", "CAND-0003"]),
        ("agency=police,education", ["CAND-0001", "CAND-0002", "CAND-0003"]),
        ("plan=cp age=0-4", ["CAND-0001"]),
        ("plan=cp agency=education", []),
        ("plan=none", []),
    ])
    func application(text: String, refs: [String]) throws {
        let filter = try Self.parse(text)
        #expect(Self.list.filtered(by: filter).map(\.ref) == refs)
    }
}
