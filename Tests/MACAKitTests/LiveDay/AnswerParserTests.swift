import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Parsing what the facilitator types")
struct AnswerParserTests {
    static let template = try! TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")
    static let context = AnswerContext(
        template: template,
        attending: [Agency(id: "csc", name: "Children's social care"), Agency(id: "police", name: "Police")],
        today: "2026-11-20"
    )

    func parse(_ text: String, _ question: String) -> Result<AnswerValue, AnswerProblem> {
        AnswerParser.parse(text, for: Self.template.question(question)!, context: Self.context)
    }

    /// A second facilitator trial typed `04/12/26` and `31/3/27` and was told
    /// they were not real dates: the year was cut short.
    @Test("a date with a two-digit year is refused as that, with the date written in full; a four-digit one is read")
    func twoDigitYears() {
        #expect(AnswerParser.date("04/12/26", today: "2026-12-04") == .failure(.init("'04/12/26' has a two-digit year: write the year in full, as in 04/12/2026")))
        #expect(AnswerParser.date("31/3/27", today: "2026-12-04") == .failure(.init("'31/3/27' has a two-digit year: write the year in full, as in 31/03/2027")))
        #expect(AnswerParser.date("31/3/2027", today: "2026-12-04") == .success("2027-03-31"))
        #expect(AnswerParser.date("31/02/2027", today: "2026-12-04") == .failure(.init("'31/02/2027' is not a real date")))
    }

    /// A second facilitator trial: `ok`, `yeah` and `sure` typed at the offer
    /// of a return, and `yep` at an ordinary question, were saved as findings.
    @Test("a reply said aloud is no finding at a free-text question; a finding that starts with one is", arguments: [
        ("ok", false), ("OK.", false), ("yeah", false), ("Sure!", false), ("yep yep", false), ("nope", false), ("no", false), ("Fine", false),
        ("ok, but late", true), ("No concerns were raised by the school", true), ("Yes: seen alone twice", true), ("none", true), ("n/a", true),
        ("Sure Start centre offered groups", true),
    ])
    func replies(typed: String, finding: Bool) {
        let result = parse(typed, "life-for-child")
        if finding {
            #expect(result == .success(.text(typed)), "\(typed)")
        } else {
            guard case let .failure(problem) = result else { Issue.record("\(typed) was taken as a finding"); return }
            #expect(problem.message.contains("reads as a reply"), "\(problem.message)")
        }
    }

    @Test("a choice by number, id, label or unique start", arguments: ["3", "child-protection", "Child protection plan", "child-p", "CHILD-PROTECTION"])
    func choice(typed: String) {
        #expect(parse(typed, "plan-type") == .success(.choice("child-protection")))
    }

    @Test("the initials a room says aloud choose the one option they belong to: cp, CIN; never when two share them, nor over a start")
    func initials() throws {
        #expect(parse("cp", "plan-type") == .success(.choice("child-protection")))
        #expect(parse("CIN", "plan-type") == .success(.choice("child-in-need")))
        let options = [Choice(id: "strategy-meeting", label: "Strategy meeting"), Choice(id: "section-meeting", label: "Section 47 meeting"),
                       Choice(id: "review", label: "Review conference"), Choice(id: "rc-other", label: "Other")]
        // "sm" is two options' initials: refused, naming them all as before.
        guard case let .failure(both) = AnswerParser.match("sm", in: options, what: "meeting") else { Issue.record("'sm' accepted"); return }
        #expect(both.message.hasPrefix("'sm' is not a meeting: use strategy-meeting, section-meeting"))
        // A start of an id or a label wins over initials ("rc" starts rc-other; it is also Review conference's initials).
        #expect(try AnswerParser.match("rc", in: options, what: "meeting").get().id == "rc-other")
        #expect(try AnswerParser.match("s4m", in: options, what: "meeting").get().id == "section-meeting")
        #expect(try AnswerParser.match("S4M", in: options, what: "meeting").get().id == "section-meeting")
    }

    @Test("a slip of the fingers is refused, naming the one option it is near; never accepted, never guessed between two")
    func nearMiss() throws {
        let levels = [Choice(id: "high", label: "High"), Choice(id: "medium", label: "Medium"), Choice(id: "standard", label: "Standard")]
        guard case let .failure(swapped) = AnswerParser.match("hihg", in: levels, what: "level") else { Issue.record("accepted"); return }
        #expect(swapped.message == "'hihg' is not a level: did you mean high (High)? Use high, medium, standard")
        guard case let .failure(dropped) = AnswerParser.match("stndrd", in: levels, what: "level") else { Issue.record("accepted"); return }
        #expect(dropped.message.contains("did you mean standard (Standard)?"))
        guard case let .failure(far) = AnswerParser.match("low", in: levels, what: "level") else { Issue.record("accepted"); return }
        #expect(!far.message.contains("did you mean"))
        // Two options as near: no guess.
        let two = [Choice(id: "cat", label: "Cat"), Choice(id: "cot", label: "Cot")]
        guard case let .failure(both) = AnswerParser.match("cut", in: two, what: "bed") else { Issue.record("accepted"); return }
        #expect(!both.message.contains("did you mean"))
        guard case let .failure(agency) = AnswerParser.agencies(["polcie"], from: Self.context.attending) else { Issue.record("accepted"); return }
        #expect(agency.message.contains("did you mean police (Police)?"))
    }

    @Test("an ambiguous or unknown choice says what it could be")
    func badChoice() throws {
        guard case let .failure(ambiguous) = parse("child", "plan-type") else { Issue.record("accepted"); return }
        #expect(ambiguous.message == "'child' could be child-in-need or child-protection; type more of it")
        guard case let .failure(unknown) = parse("9", "plan-type") else { Issue.record("accepted"); return }
        #expect(unknown.message == "'9' is not one of the numbers shown: choose a number from 1 to 5, or a name")
    }

    @Test("numbers at the ends of Int are refused, never trapped on (the argument fuzzer found --agency=-9223372036854775808)",
          arguments: ["-9223372036854775808", "9223372036854775807", "0", "-1"])
    func extremeNumbers(typed: String) {
        guard case .failure = parse(typed, "plan-type") else { Issue.record("'\(typed)' accepted"); return }
        #expect(throws: Never.self) { _ = AnswerParser.match(typed, in: [Choice(id: "a", label: "A")], what: "x") }
    }

    @Test("dates of extreme numbers are refused", arguments: ["9223372036854775807-01-01", "2027-9223372036854775807-01", "2027-01--9223372036854775808", "1/9223372036854775807/2027"])
    func extremeDates(typed: String) {
        guard case .failure = AnswerParser.date(typed, today: "2026-11-20") else { Issue.record("'\(typed)' accepted"); return }
    }

    @Test("several choices, separated by commas, without repeats")
    func multiChoice() {
        #expect(parse("csc, 3,police ; csc", "agencies-involved") == .success(.choices(["csc", "police"])))
    }

    @Test("yes, partly or no, with evidence after a colon, comma or space", arguments: [
        ("yes: seen at school", YesPartlyNo.yes, "seen at school"),
        ("Partly, only at home", .partly, "only at home"),
        ("n", .no, ""),
        ("no - not recorded", .no, "not recorded"),
    ])
    func yesPartlyNo(typed: String, answer: YesPartlyNo, evidence: String) {
        #expect(parse(typed, "seen-alone") == .success(.yesPartlyNo(answer, evidence: evidence)))
    }

    @Test("an agency answer must be attending")
    func agency() {
        #expect(parse("pol", "lead-agency") == .success(.choice("police")))
        guard case .failure = parse("education", "lead-agency") else { Issue.record("accepted an agency not attending"); return }
    }

    @Test("dates in either order, real ones only", arguments: [
        ("2027-03-31", "2027-03-31"), ("31/03/2027", "2027-03-31"), ("today", "2026-11-20"),
    ])
    func dates(typed: String, expected: String) {
        #expect(parse(typed, "due-date") == .success(.date(expected)))
    }

    @Test("not a date, or a refused answer", arguments: ["2027-02-30", "next week", "31/13/2027", "ongoing", "TBC"])
    func badDates(typed: String) {
        guard case .failure = parse(typed, "due-date") else { Issue.record("accepted \(typed)"); return }
    }

    @Test("tags: suggested ones by number or name, new ones made into ids")
    func tags() {
        #expect(parse("1, Information sharing, Weekend cover", "worked-well-tags") == .success(.tags(["timely-response", "information-sharing", "weekend-cover"])))
    }

    @Test("a grade level by number or name; its rationale is asked next")
    func grade() {
        #expect(parse("4", "overall") == .success(.grade(level: "inadequate", rationale: "")))
        #expect(parse("requires", "overall") == .success(.grade(level: "requires-improvement", rationale: "")))
    }

    @Test("text must say something")
    func text() {
        guard case .failure = parse(" ", "life-for-child"), case .failure = parse("x", "life-for-child") else {
            Issue.record("accepted an empty finding")
            return
        }
        #expect(parse("Hungry most afternoons.", "life-for-child") == .success(.text("Hungry most afternoons.")))
    }
}

@Suite("SMART action points")
struct ActionPointRulesTests {
    let context = AnswerParserTests.context
    let template = AnswerParserTests.template

    func problem(_ value: AnswerValue, _ question: String) -> String? {
        ActionPointRules.problem(with: value, for: template.question(question)!, context: context)?.message
    }

    @Test("vague actions are refused as not Specific", arguments: ["Ongoing", "in progress", "TBC.", "Continue to monitor", "continue with the plan", "as needed", "all agencies"])
    func vague(text: String) {
        #expect(problem(.text(text), "action")?.hasPrefix("Specific: the action") == true)
    }

    @Test("each action-point question is held to its letter", arguments: [
        ("lead-role", "all agencies", "Assignable: the lead role 'all agencies'"),
        ("outcome-measure", "In progress.", "Measurable: the outcome measure 'In progress.'"),
        ("resources", "TBC", "Realistic: the resources 'TBC'"),
    ])
    func letters(question: String, text: String, saying: String) {
        #expect(problem(.text(text), question)?.hasPrefix(saying) == true)
    }

    @Test("a lead role that is only an agency of the template or of the day is refused; a role in one is accepted")
    func agencyAsOwner() throws {
        let added = Agency(id: "outreach-plus", name: "Barnardo's outreach")
        let context = AnswerContext(template: template, attending: self.context.attending + [added], today: "2026-11-20")
        let question = try #require(template.question("lead-role"))
        func problem(_ text: String) -> String? { ActionPointRules.problem(with: .text(text), for: question, context: context)?.message }
        let firstAgency = try #require(template.agencies.first { $0.id != "csc" && $0.id != "police" })
        for owner in [firstAgency.name, firstAgency.id, "Barnardo's outreach", "outreach-plus", "Barnardo's Outreach and Police"] {
            #expect(problem(owner)?.hasPrefix("Assignable: the lead role '\(owner)'") == true, "\(owner): \(problem(owner) ?? "accepted")")
        }
        for owner in ["Barnardo's outreach team leader", "Named GP for safeguarding", "Head of \(firstAgency.name)"] {
            #expect(problem(owner) == nil, "\(owner): \(problem(owner) ?? "")")
        }
    }

    @Test("'none' is resources stated")
    func noneIsStated() {
        #expect(problem(.text("None"), "resources") == nil)
        #expect(problem(.text("none required."), "resources") == nil)
    }

    @Test("a specific action is accepted")
    func specific() {
        #expect(problem(.text("Repeat the Graded Care Profile before any step-down."), "action") == nil)
    }

    @Test("a due date must be after the audit day and within the template's limit")
    func dueDates() {
        #expect(problem(.date("2026-11-20"), "due-date")?.contains("not after the audit day") == true)
        #expect(problem(.date("2025-01-01"), "due-date") != nil)
        #expect(problem(.date("2027-11-20"), "due-date") == nil)
        #expect(problem(.date("2027-11-21"), "due-date")?.hasPrefix("Time-related: the due date 2027-11-21 is more than 12 months away") == true)
        #expect(ActionPointRules.latestDueDate(context) == "2027-11-20")
    }

    @Test("the owning agency must be attending")
    func owner() {
        #expect(problem(.choice("police"), "lead-agency") == nil)
        #expect(problem(.choice("housing"), "lead-agency") != nil)
    }

    @Test("the required fields an action still lacks")
    func missing() throws {
        let section = try #require(template.section(.actionPoints))
        let missing = ActionPointRules.missing(["action": .text("Do a thing by a date.")], in: section).map(\.id)
        #expect(missing == ["lead-role", "lead-agency", "outcome-measure", "due-date"])
    }
}

@Suite("Case references")
struct CaseReferenceTests {
    @Test("references are accepted", arguments: ["NEG-0042", "CP/2026/118", "1234567", "case_12.a", "2026-118-4", "14/2026/88", "NEG-2016-03-12"])
    func good(reference: String) {
        #expect(CaseReference.problem(reference) == nil)
    }

    @Test("names, dates and other text are refused", arguments: [
        "Jane Example", "JaneExample", "NE", "Zoë-12", String(repeating: "9", count: 41),
        "12/03/2016", "2016-03-12", "3.12.16", "03/12/2016", "12-3-2016",
    ])
    func bad(text: String) {
        #expect(CaseReference.problem(text) != nil)
    }
}

extension AnswerParserTests {
    static let agencyOptions = [Agency(id: "csc", name: "Children's social care"), Agency(id: "police", name: "Police"), Agency(id: "education", name: "Education")]

    @Test("agencies by number, id, name or +Name, each once, in the order given", arguments: [
        (["2", "csc"], ["police", "csc"]),
        (["police", "Police", "2"], ["police"]),
        (["educ", "+Youth justice service"], ["education", "youth-justice-service"]),
        ([], []),
    ])
    func agencies(items: [String], ids: [String]) throws {
        #expect(try AnswerParser.agencies(items, from: Self.agencyOptions).get().map(\.id) == ids)
    }

    @Test("agencies typed with spaces between numbers or ids, or without a comma before +Name, are the same list as with commas", arguments: [
        ("1 3 +Youth justice service", ["1", "3", "+Youth justice service"]),
        ("2  1,+Fire and rescue", ["2", "1", "+Fire and rescue"]),
        ("csc police +Youth justice +Fire service", ["csc", "police", "+Youth justice", "+Fire service"]),
        ("1-2 3", ["1-2", "3"]),
        ("Children's social care, 3", ["Children's social care", "3"]),
        ("csc, police, +Youth service", ["csc", "police", "+Youth service"]),
        ("police station", ["police station"]),
        ("", []),
    ])
    func agencyItems(typed: String, items: [String]) {
        #expect(AnswerParser.agencyItems(typed, options: Self.agencyOptions) == items)
    }

    @Test("an agency not listed, or +Name with no plain letters, is refused with the rule", arguments: [
        (["fire"], "'fire' is not an agency listed above"), (["+"], "plain letters and digits"), (["+ ¿¿"], "plain letters and digits"), (["9"], "'9' is not"),
    ])
    func agenciesRefused(items: [String], message: String) {
        guard case let .failure(problem) = AnswerParser.agencies(items, from: Self.agencyOptions) else {
            Issue.record("accepted \(items)")
            return
        }
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test("a tag of the room's own is a word or phrase: an email or an address with punctuation is refused", arguments: ["mum@example.com", "12 High St.", "a/b"])
    func tagRefused(typed: String) {
        guard case let .failure(problem) = parse("delay, \(typed)", "improvement-tags") else { Issue.record("'\(typed)' accepted"); return }
        #expect(problem.message.contains("is not a tag"))
    }
}
