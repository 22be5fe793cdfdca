@testable import MACAKit
import Testing

/// An answer keeps who gave it, when, what it replaced and which return it
/// came from in one box, absent when all are empty (issue 18: a report's
/// cut-down day holds thousands of these). The box must be invisible: each
/// field reads back what was set, setting one leaves the others, and
/// equality is over the fields, never over whether a box exists.
@Suite("An answer's provenance, boxed")
struct RecordedAnswerTests {
    static let revision = AnswerRevision(value: .text("before"), author: "Ann Auditor", timestamp: "2026-11-01T10:00:00Z")

    @Test("every field reads back what was given, and setting one leaves the rest")
    func fieldsReadBack() {
        var answer = RecordedAnswer(value: .text("now"), author: "A", writer: "w", timestamp: "t", history: [Self.revision])
        #expect(answer.author == "A" && answer.writer == "w" && answer.timestamp == "t" && answer.history == [Self.revision])
        #expect(answer.fromReturn == nil)
        answer.fromReturn = "police"
        answer.author = "B"
        #expect(answer.author == "B" && answer.writer == "w" && answer.timestamp == "t" && answer.history == [Self.revision])
        #expect(answer.fromReturn == "police")
        answer.history.append(Self.revision)
        #expect(answer.history.count == 2 && answer.fromReturn == "police" && answer.author == "B")
        answer.timestamp = ""
        answer.writer = ""
        #expect(answer.timestamp.isEmpty && answer.writer.isEmpty && answer.author == "B")
    }

    @Test("a copy changed does not change the original (the box is shared, never written through)")
    func copiesAreIndependent() {
        let original = RecordedAnswer(value: .choice("yes"), author: "A", writer: "w", timestamp: "t")
        var copy = original
        copy.author = "Z"
        copy.fromReturn = "health"
        #expect(original.author == "A" && original.fromReturn == nil)
        #expect(copy.author == "Z" && copy.writer == "w" && copy.fromReturn == "health")
    }

    @Test("equality is over the fields: empty fields equal no box, and each field counts")
    func equality() {
        let empty = RecordedAnswer(value: .text("x"), author: "", writer: "", timestamp: "")
        var emptied = RecordedAnswer(value: .text("x"), author: "A", writer: "", timestamp: "")
        emptied.author = ""
        #expect(empty == emptied)
        let full = RecordedAnswer(value: .text("x"), author: "A", writer: "w", timestamp: "t", history: [Self.revision])
        var other = full
        #expect(full == other)
        other.history = []
        #expect(full != other)
        other = full
        other.fromReturn = "education"
        #expect(full != other)
        other = full
        other.value = .text("y")
        #expect(full != other)
        other = full
        other.writer = "v"
        #expect(full != other)
    }

    @Test("a grade's level and rationale read back through its box")
    func gradeBoxed() {
        let value = AnswerValue.grade(level: "requires-improvement", rationale: "Drift after the second review.")
        guard case let .grade(level, rationale) = value else { Issue.record("not a grade"); return }
        #expect(level == "requires-improvement" && rationale == "Drift after the second review.")
        #expect(value == .grade(level: "requires-improvement", rationale: "Drift after the second review."))
        #expect(value != .grade(level: "good", rationale: "Drift after the second review."))
    }

    /// What a slot of a case's table of answers costs, whether it holds an
    /// answer or not. Not a speed figure: the layout the memory figures in
    /// Documentation/Performance.md rest on, so a field added back inline
    /// is seen here rather than only in a benchmark.
    @Test("an answer is at most 48 bytes wide, so a slot of a case's answers is at most 96")
    func width() {
        #expect(MemoryLayout<RecordedAnswer>.stride <= 48)
        #expect(MemoryLayout<AnswerKey>.stride + MemoryLayout<RecordedAnswer>.stride <= 96)
    }
}
