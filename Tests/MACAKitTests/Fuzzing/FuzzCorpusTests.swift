import Foundation
import MACAKit
import Testing

/// Replays the committed fuzz corpora through the fuzzers' own entry points,
/// so every seed and every crash once found stays a regression test in CI
/// (Documentation/Fuzzing.md).
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus").path

    /// The files of one corpus, by name; none if the folder is missing.
    static func seeds(_ name: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(corpus)/\(name)")) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func contents(_ name: String, _ file: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: "\(corpus)/\(name)/\(file)"))
    }

    @Test("both corpora are present and hold seeds", arguments: ["journal", "template"])
    func corpusIsPresent(name: String) {
        #expect(Self.seeds(name).count >= 10, "Fuzz/corpus/\(name) is missing or nearly empty")
    }

    @Test("every journal seed reads without a crash or a broken promise", arguments: seeds("journal"))
    func journal(file: String) throws {
        let violations = FuzzEntryPoints.journal(try Self.contents("journal", file))
        #expect(violations.isEmpty, "\(file): \(violations)")
    }

    @Test("every template seed loads or is refused without a crash", arguments: seeds("template"))
    func template(file: String) throws {
        let violations = FuzzEntryPoints.template(try Self.contents("template", file))
        #expect(violations.isEmpty, "\(file): \(violations)")
    }

    /// Seeds that stop reaching the code they were chosen for would let the replay pass for nothing.
    @Test("the journal seeds include whole, damaged and torn journals")
    func journalSeedsCoverTheReader() throws {
        let files = try Self.seeds("journal").map { JournalReader.parse(try Self.contents("journal", $0), path: $0) }
        #expect(files.contains { !$0.isDamaged && $0.tornTail == nil && $0.records.count > 20 })
        #expect(files.contains { $0.isDamaged })
        #expect(files.contains { $0.tornTail != nil })
        #expect(files.contains { $0.unterminatedLast })
    }

    @Test("the template seeds include templates that load and templates that are refused")
    func templateSeedsCoverTheLoader() throws {
        var loaded = 0, refused = 0
        for file in Self.seeds("template") {
            let text = String(decoding: try Self.contents("template", file), as: UTF8.self)
            if (try? TemplateLoader.parse(text, file: file)) != nil { loaded += 1 } else { refused += 1 }
        }
        #expect(loaded >= 5, "the shipped templates and the minimal fixture load")
        #expect(refused >= 5, "broken variants are refused")
    }
}
