import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Every string every event stores is either free text the guard reads
/// (``EventText``) or named, with why, in ``EventText/notFreeText``. The
/// events are walked by reflection, so a field added to an event fails this
/// test until it is decided; an event added to the model fails to compile
/// here (the switch in `sample(of:)` has no default) until it has a sample.
@Suite("The free text of every event")
struct EventTextTests {
    /// Each string a distinct marker, so a field can be traced from reflection to `EventText`.
    final class Markers: @unchecked Sendable {
        private var count = 0
        func next() -> String {
            count += 1
            return "marker\(count)text"
        }
    }

    /// One event of each kind, with every string set (answers in each of their shapes).
    static func samples() -> [Event] {
        let markers = Markers()
        var events: [Event] = []
        for kind in Self.kinds {
            events += sample(of: kind, markers)
        }
        return events
    }

    /// The events, one a case: a new case of `Event` must be added here.
    static let kinds: [Event] = [
        .dayOpened(DayOpened(day: "", template: TemplateStamp(id: "", version: 1, sha256: "", source: ""), date: "", area: "", facilitator: "")),
        .writerJoined(WriterJoined(name: "", agency: nil)), .agencyAttending(AgencyAttending(agency: Agency(id: "", name: ""))),
        .auditorAdded(AuditorAdded(name: "", agency: "")), .caseAdded(CaseAdded(ref: "", reason: "")),
        .answerGiven(AnswerGiven(key: AnswerKey(ref: "", question: ""), value: .text(""))),
        .answerCorrected(AnswerCorrected(key: AnswerKey(ref: "", question: ""), old: nil, new: nil)),
        .answerSkipped(AnswerSkipped(key: AnswerKey(ref: "", question: ""))),
        .gradeAgreed(GradeAgreed(ref: "", domain: "", level: "", rationale: "")),
        .gradeWithdrawn(GradeWithdrawn(ref: "", domain: "", previous: "")),
        .actionAdded(CaseEntry(ref: "", id: "", fields: [:])), .concernRaised(CaseEntry(ref: "", id: "", fields: [:])),
        .concernAcknowledged(ConcernAcknowledged(id: "", by: "", note: "")), .stepFinished(StepFinished(step: "")),
        .identifierChoice(IdentifierChoice(key: AnswerKey(ref: "", question: ""), kinds: [], replaced: false)),
        .nameRegistered(NameRegistered(ref: nil, role: "", hashes: [])),
        .actionUpdated(ActionUpdated(id: "", status: .done, evidence: "", by: "")),
        .findingsShared(FindingsShared(day: "", sharedWith: "")), .dayClosed(DayClosed(journals: nil)),
        .dayReopened(DayReopened(reason: "")), .sealWitnessed(SealWitnessed(day: "", folder: "", closing: 1, hash: "")),
        .recordRedacted(RecordRedacted(file: "", sequence: 1, hash: "", bodyHash: "", removedTextHash: "", reason: "")),
        .dayDeleted(DayDeleted(day: nil, folder: "", archived: false, date: "", template: nil, cases: nil, retentionMonths: 1, keepUntil: "", condition: "", by: "")),
        .answerStarred(AnswerStarred(key: AnswerKey(ref: "", question: ""))),
        .agencyNotInvolved(AgencyNotInvolved(ref: "", agency: "")),
        .recommendationMade(RecommendationMade(id: "", theme: "", text: "", owner: "", due: "", measure: "", resources: "", status: .amber, by: "")),
        .recommendationUpdated(RecommendationUpdated(id: "", status: .green, evidence: "", by: "")),
    ]

    static func values(_ m: Markers) -> [AnswerValue] {
        [.text(m.next()), .choice(m.next()), .choices([m.next(), m.next()]), .yesPartlyNo(.partly, evidence: m.next()),
         .grade(level: m.next(), rationale: m.next()), .date(m.next()), .tags([m.next(), m.next()])]
    }

    static func key(_ m: Markers) -> AnswerKey { AnswerKey(ref: m.next(), question: m.next(), agency: m.next()) }

    static func sample(of kind: Event, _ m: Markers) -> [Event] {
        switch kind {
        case .dayOpened:
            [.dayOpened(DayOpened(day: m.next(), template: TemplateStamp(id: m.next(), version: 1, sha256: m.next(), source: m.next()), date: m.next(), area: m.next(), facilitator: m.next()))]
        case .writerJoined: [.writerJoined(WriterJoined(name: m.next(), agency: m.next()))]
        case .agencyAttending: [.agencyAttending(AgencyAttending(agency: Agency(id: m.next(), name: m.next())))]
        case .auditorAdded: [.auditorAdded(AuditorAdded(name: m.next(), agency: m.next()))]
        case .caseAdded: [.caseAdded(CaseAdded(ref: m.next(), reason: m.next()))]
        case .answerGiven: values(m).map { .answerGiven(AnswerGiven(key: key(m), value: $0, fromReturn: m.next())) }
        case .answerCorrected: zip(values(m), values(m)).map { .answerCorrected(AnswerCorrected(key: key(m), old: $0, new: $1)) }
        case .answerSkipped: [.answerSkipped(AnswerSkipped(key: key(m)))]
        case .gradeAgreed: [.gradeAgreed(GradeAgreed(ref: m.next(), domain: m.next(), level: m.next(), rationale: m.next(), previous: m.next()))]
        case .gradeWithdrawn: [.gradeWithdrawn(GradeWithdrawn(ref: m.next(), domain: m.next(), previous: m.next()))]
        case .actionAdded: [.actionAdded(CaseEntry(ref: m.next(), id: m.next(), fields: Dictionary(uniqueKeysWithValues: values(m).map { (m.next(), $0) })))]
        case .concernRaised: [.concernRaised(CaseEntry(ref: m.next(), id: m.next(), fields: Dictionary(uniqueKeysWithValues: values(m).map { (m.next(), $0) })))]
        case .concernAcknowledged: [.concernAcknowledged(ConcernAcknowledged(id: m.next(), by: m.next(), note: m.next()))]
        case .stepFinished: [.stepFinished(StepFinished(step: m.next()))]
        case .identifierChoice: [.identifierChoice(IdentifierChoice(key: key(m), kinds: [m.next()], replaced: false, reason: m.next()))]
        case .nameRegistered: [.nameRegistered(NameRegistered(ref: m.next(), role: m.next(), hashes: [m.next()], keyed: true, key: m.next()))]
        case .actionUpdated: [.actionUpdated(ActionUpdated(id: m.next(), status: .done, evidence: m.next(), by: m.next()))]
        case .findingsShared: [.findingsShared(FindingsShared(day: m.next(), sharedWith: m.next()))]
        case .dayClosed: [.dayClosed(DayClosed(journals: [SealedJournal(file: m.next(), records: 1, head: m.next())]))]
        case .dayReopened: [.dayReopened(DayReopened(reason: m.next()))]
        case .sealWitnessed: [.sealWitnessed(SealWitnessed(day: m.next(), folder: m.next(), closing: 1, hash: m.next()))]
        case .recordRedacted:
            [.recordRedacted(RecordRedacted(file: m.next(), sequence: 1, hash: m.next(), bodyHash: m.next(), removedTextHash: m.next(), reason: m.next()))]
        case .dayDeleted:
            [.dayDeleted(DayDeleted(
                day: m.next(), folder: m.next(), archived: true, date: m.next(), template: m.next(), cases: 2, reason: m.next(),
                retentionMonths: 24, keepUntil: m.next(), condition: m.next(), by: m.next()
            ))]
        case .answerStarred: [.answerStarred(AnswerStarred(key: key(m)))]
        case .agencyNotInvolved: [.agencyNotInvolved(AgencyNotInvolved(ref: m.next(), agency: m.next()))]
        case .recommendationMade:
            [.recommendationMade(RecommendationMade(
                id: m.next(), theme: m.next(), text: m.next(), owner: m.next(), due: m.next(), measure: m.next(), resources: m.next(), status: .red, by: m.next()
            ))]
        case .recommendationUpdated: [.recommendationUpdated(RecommendationUpdated(id: m.next(), status: .complete, evidence: m.next(), by: m.next()))]
        case .unrecognised: []
        }
    }

    /// Every string in a value, with the path of members that reaches it.
    static func strings(in value: Any, path: [String] = []) -> [(path: [String], text: String)] {
        if let text = value as? String { return [(path, text)] }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .dictionary {
            // A dictionary's keys are question ids (never free text); its values are walked.
            return mirror.children.flatMap { child -> [(path: [String], text: String)] in
                let pair = Mirror(reflecting: child.value).children.map(\.value)
                return pair.count == 2 ? strings(in: pair[1], path: path + ["[value]"]) : []
            }
        }
        return mirror.children.enumerated().flatMap { index, child in
            strings(in: child.value, path: path + [child.label ?? "\(index)"])
        }
    }

    @Test("the samples cover every kind of event, and every string of each is free text or named as not")
    func everyStringDecided() {
        let samples = Self.samples()
        #expect(Set(samples.map(\.type)).count == Self.kinds.count - 0, "an event kind has no sample")
        for event in samples {
            // The payload's members: the enum's one associated value.
            guard let payload = Mirror(reflecting: event).children.first?.value else { continue }
            let free = Set(EventText.fields(event).map(\.text))
            let excluded = EventText.notFreeText[event.type] ?? [:]
            for (path, text) in Self.strings(in: payload) where text.hasPrefix("marker") {
                let member = path.first ?? ""
                let dotted = path.filter { $0 != "some" }.prefix(2).joined(separator: ".")
                // Within an answer (value, new, or a repeating entry's field), its own parts.
                let inAnswer = Array(path.drop { ["value", "new", "old", "some", "fields", "[value]"].contains($0) })
                let answerPart = [inAnswer.first ?? "", inAnswer.prefix(2).joined(separator: ".")]
                let decided = free.contains(text) || excluded[member] != nil || excluded[dotted] != nil
                    || (inAnswer.count < path.count && answerPart.contains { EventText.notFreeTextInAnswers[$0] != nil })
                #expect(decided, "\(event.type): '\(path.joined(separator: "."))' is neither free text in EventText nor in EventText.notFreeText")
                #expect(!(free.contains(text) && excluded[member] != nil && excluded[dotted] != nil), "\(event.type): '\(member)' is both")
            }
        }
    }

    @Test("mapping changes the free text and nothing else, and fields lists exactly what mapping sees")
    func mappingIsExact() {
        for event in Self.samples() {
            let changed = EventText.mapping(event) { _, text in "CHANGED(\(text))" }
            let before = Self.strings(in: event).map(\.text)
            let after = Self.strings(in: changed).map(\.text)
            let free = Set(EventText.fields(event).map(\.text))
            #expect(before.count == after.count)
            for (old, new) in zip(before, after) {
                #expect(new == (free.contains(old) ? "CHANGED(\(old))" : old), "\(event.type): \(old)")
            }
        }
    }

    @Test("every event the REPL, enter, import or a command writes is read by the one guard: an NHS number in each free-text field is found and replaced")
    func guardReadsEveryField() {
        let guardian = IdentifierGuard(referenceYear: 2026)
        let nhs = "943 476 5919"
        for event in Self.samples() {
            let planted = EventText.mapping(event) { _, _ in "seen at nursery, NHS number \(nhs)" }
            let fields = EventText.fields(event)
            let found = guardian.scan(planted)
            #expect(Set(found.map(\.field)) == Set(fields.map(\.name)), "\(event.type)")
            let redacted = guardian.redact(planted)
            #expect(EventText.fields(redacted).allSatisfy { !$0.text.contains(nhs) }, "\(event.type)")
            #expect(guardian.scan(redacted).isEmpty)
        }
    }

    @Test("a tag is read as words: an identifier cannot hide in its slug")
    func tagsReadAsWords() {
        let guardian = IdentifierGuard(referenceYear: 2026)
        let event = Event.answerGiven(AnswerGiven(key: AnswerKey(ref: "C-1", question: "tags"), value: .tags(["delay", "sw1a-1aa", "943-476-5919"])))
        let kinds = Set(guardian.scan(event).map(\.finding.kind))
        #expect(kinds.contains(.postcode))
        #expect(kinds.contains(.nhsNumber))
        guard case let .answerGiven(given) = guardian.redact(event), case let .tags(tags) = given.value else { Issue.record("not tags"); return }
        #expect(tags.first == "delay")
        #expect(!tags.contains("sw1a-1aa") && !tags.contains("943-476-5919"))
    }
}
