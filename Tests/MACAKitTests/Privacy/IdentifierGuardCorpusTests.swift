import MACAKit
import MACATestSupport
import Testing

/// The guard against its committed corpus (Scripts/make-guard-corpus): the
/// same figures and targets as Scripts/guard-eval, so CI holds them.
@Suite("The identifier guard's corpus")
struct IdentifierGuardCorpusTests {
    @Test("each corpus file reaches the targets: 98% recall per kind, 95% for names not registered, at most 2% of clean sentences flagged", arguments: GuardCorpus.files)
    func targets(file: String) throws {
        let lines = try GuardCorpus.load(file)
        let score = GuardCorpus.score(lines)
        print(GuardCorpus.table(score, title: file))
        #expect(score.missedTargets.isEmpty, "\(score.missedTargets); missed: \(score.misses.prefix(5).map(\.text)); flagged: \(score.falsePositives.prefix(5).map(\.line.text))")
    }

    @Test("the sets of names nobody registered hold their planted names and clean sentences", arguments: [
        ("names.jsonl", 250, 0), ("names-heldout.jsonl", 360, 360), ("names-fresh.jsonl", 240, 240),
    ])
    func nameSets(file: String, planted: Int, clean: Int) throws {
        let lines = try GuardCorpus.load(file)
        #expect(lines.filter { $0.kind == "name" }.count == planted)
        #expect(lines.filter { $0.kind == "clean" }.count == clean)
        #expect(lines.allSatisfy { $0.kind == "name" || $0.kind == "clean" })
        for line in lines where line.kind == "name" {
            #expect(line.start < line.end && line.end <= line.text.utf16.count, "\(line.text)")
        }
    }

    @Test("the generated sets hold at least 500 planted sentences, 40 of every kind, and 500 clean ones; the hand-written set 60", arguments: [
        ("tuned.jsonl", 500), ("heldout.jsonl", 500), ("adversarial.jsonl", 60),
    ])
    func sizes(file: String, least: Int) throws {
        let lines = try GuardCorpus.load(file)
        let planted = lines.filter { $0.kind != "clean" }
        #expect(planted.count + (least == 60 ? lines.count - planted.count : 0) >= least)
        if least == 500 {
            #expect(lines.count - planted.count >= 500)
            for (id, _, _) in GuardCorpus.kinds {
                #expect(planted.filter { $0.kind == id }.count >= 40, "\(id)")
            }
        }
        // Every planted span is inside its sentence and holds something.
        for line in planted {
            #expect(line.start < line.end && line.end <= line.text.utf16.count, "\(line.text)")
        }
    }
}
