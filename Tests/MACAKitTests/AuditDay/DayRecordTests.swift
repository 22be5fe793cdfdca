import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("The day's record")
struct DayRecordTests {
    static let minimal = "\(packageRoot)/Tests/MACAKitTests/Fixtures/minimal.yaml"

    @Test("a day recorded against version 1 reads with version 1's questions after version 2 ships")
    func oldVersionStillReads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let version1 = try TemplateLoader.load(path: Self.minimal)
        let store = SessionStore(directory: folder.file("sessions"))
        let journal = try store.startDay(template: version1, date: "2026-10-14", area: "Sampleshire", facilitator: "F")
        try journal.append(.caseAdded(CaseAdded(ref: "TEST-0001", reason: "sample")), author: "F")
        try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-0001", question: "lived-day"), value: .text("Invented answer."))), author: "F")
        journal.close()

        // Version 2 rewords the question and is now the one in the templates folder.
        let templates = folder.file("templates")
        try OwnerOnlyFiles.makeFolder(templates)
        let version2 = try String(contentsOfFile: Self.minimal, encoding: .utf8)
            .replacingOccurrences(of: "version: 1", with: "version: 2")
            .replacingOccurrences(of: "What was life like for this child?", with: "Describe a day in the child's life.")
        try version2.write(toFile: "\(templates)/minimal.yaml", atomically: true, encoding: .utf8)
        #expect(try TemplateLibrary(directory: templates).template(id: "minimal").version == 2)

        let day = DayFold.fold(try SessionStore.readDay((journal.path as NSString).deletingLastPathComponent))
        #expect(day.template?.version == 1)
        let record = DayRecord.markdown(day)
        #expect(record.contains("- **What was life like for this child?** Invented answer."))
        #expect(!record.contains("Describe a day"))
        #expect(record.contains("Template: minimal version 1"))
    }

    @Test("two days of the same theme and date get their own folders")
    func sameDayTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try TemplateLoader.load(path: Self.minimal)
        let store = SessionStore(directory: folder.path)
        let first = try store.startDay(template: template, date: "2026-10-14", area: "A", facilitator: "F")
        let second = try store.startDay(template: template, date: "2026-10-14", area: "A", facilitator: "F")
        #expect(first.path.hasSuffix("/2026-10-14-minimal/facilitator.jsonl"))
        #expect(second.path.hasSuffix("/2026-10-14-minimal-2/facilitator.jsonl"))
        #expect(try store.dayFolders() == ["2026-10-14-minimal", "2026-10-14-minimal-2"])
        #expect(first.day != second.day)
    }

    @Test("a folder a crash left empty before the day's first record is used again, not skipped")
    func emptyFolderReused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try TemplateLoader.load(path: Self.minimal)
        let store = SessionStore(directory: folder.path)
        try OwnerOnlyFiles.makeFolder(folder.file("2026-10-14-minimal"))
        let day = try store.startDay(template: template, date: "2026-10-14", area: "A", facilitator: "F")
        #expect(day.path.hasSuffix("/2026-10-14-minimal/facilitator.jsonl"))
        #expect(try store.dayFolders() == ["2026-10-14-minimal"])
    }

    @Test("a multi-line answer and a pipe in a rationale keep the Markdown intact")
    func markdownSafety() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try TemplateLoader.load(path: Self.minimal)
        let journal = try SessionStore(directory: folder.path).startDay(template: template, date: "2026-10-14", area: "A", facilitator: "F")
        try journal.append(.caseAdded(CaseAdded(ref: "TEST-0001", reason: "sample")), author: "F")
        try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-0001", question: "lived-day"), value: .text("line one\nline two"))), author: "F")
        try journal.append(.gradeAgreed(GradeAgreed(ref: "TEST-0001", domain: "overall", level: "good", rationale: "safe | seen\nand heard")), author: "F")
        let record = DayRecord.markdown(DayFold.fold([try JournalReader.read(path: journal.path)]))
        #expect(record.contains("line one\n  line two\n"))
        #expect(record.contains("| Overall | Good | safe \\| seen and heard |"))
    }
}
