import ArgumentParser
import MACAKit

/// The candidate list and the sample's seed, for `run` and `resume`.
struct CaseSelectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A candidate list exported from a case system, to filter and sample from, and to offer its profile answers as defaults.", valueName: "file.csv"), completion: .file(extensions: ["csv"]))
    var candidates: String?

    @Option(name: .long, help: ArgumentHelp("The seed of the random sample, to draw the same sample again (default: a new one, recorded with each case).", valueName: "n"))
    var seed: UInt64?

    func candidateList(for template: AuditTemplate) throws -> CandidateList? {
        try candidates.map { try CandidateList.load(path: $0, template: template) }
    }

    var sampleSeed: UInt64 { seed ?? UInt64.random(in: 1...999_999) }
}
