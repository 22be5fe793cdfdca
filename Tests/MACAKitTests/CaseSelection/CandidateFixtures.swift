import MACAKit
import MACATestSupport

/// What the case-selection tests share: the shipped neglect template and invented candidates.
enum CandidateFixtures {
    /// Age bands 0-4, 5-10, 11-15, 16-17; plan types early-help, child-in-need,
    /// child-protection, looked-after, none; eleven agencies from csc to drug-alcohol.
    static let neglect: AuditTemplate = {
        do {
            return try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")
        } catch {
            fatalError("the shipped neglect template does not load: \(error)")
        }
    }()

    static let folder = "\(packageRoot)/Tests/MACAKitTests/Fixtures/candidates"

    /// `CAND-0001` … with no profile.
    static func numbered(_ count: Int) -> [Candidate] {
        (0..<count).map { Candidate(ref: ref($0 + 1)) }
    }

    static func ref(_ number: Int) -> String {
        "CAND-" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
    }

    /// Parses CSV text as `candidates.csv` against the neglect template.
    static func parse(_ text: String) throws(CandidateError) -> CandidateList {
        try CandidateList.parse(text, file: "candidates.csv", template: neglect)
    }
}
