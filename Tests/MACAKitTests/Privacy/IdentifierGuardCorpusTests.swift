import MACAKit
import MACATestSupport
import Testing

/// The guard against its committed corpus (Scripts/make-guard-corpus): the
/// same figures and targets as Scripts/guard-eval, so CI holds them.
@Suite("The identifier guard's corpus")
struct IdentifierGuardCorpusTests {
    @Test("each corpus file reaches the targets: 98% recall per kind, 95% for names not registered, at most 2% of clean sentences flagged", arguments: [
        "tuned.jsonl", "heldout.jsonl", "adversarial.jsonl",
    ])
    func targets(file: String) throws {
        let lines = try GuardCorpus.load(file)
        let score = GuardCorpus.score(lines)
        print(GuardCorpus.table(score, title: file))
        #expect(score.missedTargets.isEmpty, "\(score.missedTargets); missed: \(score.misses.prefix(5).map(\.text)); flagged: \(score.falsePositives.prefix(5).map(\.line.text))")
    }

    @Test("children's first names not taken from faker, with no cue, are found at least as often as when measured (62%)")
    func gazetteerReach() throws {
        let score = GuardCorpus.score(try GuardCorpus.load(GuardCorpus.reachFile))
        print(GuardCorpus.table(score, title: GuardCorpus.reachFile))
        #expect(score.planted["name"] == 250)
        #expect(score.recall("name") >= GuardCorpus.reachFloor, "\(score.misses.prefix(10).map(\.text))")
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
