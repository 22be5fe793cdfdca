import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The SMART rules, one letter at a time, with the sentences they refuse
/// with; the template's `smart:` block; and the labelled set's figures.
@Suite("SMART rules")
struct SmartRulesTests {
    let rules = SmartRules.defaults

    @Test("Specific: knowing, feeling and carrying on are refused unless a measurable outcome follows", arguments: [
        "Be aware of the guidance", "Staff more aware", "Consider the use of the Graded Care Profile", "Ensure awareness of the escalation policy",
        "Raise awareness of private fostering", "Remind staff to record the child's voice", "Continue to monitor", "Staff to be aware of the pathway",
        "Ensure that staff understand the threshold document", "Practitioners should be more curious about who lives at home", "TBC", "Review",
    ])
    func vagueAction(text: String) throws {
        let problem = try #require(rules.action(text))
        #expect(problem.letter == .specific)
        #expect(problem.message.hasPrefix("Specific: the action '\(text)'"))
    }

    @Test("Specific: observable actions, and vague openings followed by a number or a 'so that … by' clause, are accepted", arguments: [
        "Audit 20 child protection plans for a completed Graded Care Profile",
        "Raise awareness of the toolkit through briefings attended by 80% of health visitors",
        "Remind staff of the policy so that the dip sample finds escalation recorded by June",
        "Test awareness of the neglect strategy with a questionnaire",
        "GP practices to code children on a plan within two working days",
        "By June every school DSL will have completed level 3 training",
        "Keep a register of children whose attendance is below 90%",
    ])
    func specificAction(text: String) {
        #expect(rules.action(text) == nil)
    }

    @Test("the refusal names the letter and the field, says why, and suggests a fix, in one sentence")
    func refusalWording() throws {
        #expect(rules.action("Be aware of the guidance")?.message == "Specific: the action 'Be aware of the guidance' opens with 'be aware', which says what people should know or keep doing, not what they will do; start with what will be done, e.g. 'Audit 20 plans for a recorded Graded Care Profile', or follow it with a measurable outcome ('… so that 8 of 10 plans show it by June')")
        #expect(rules.measure("Staff more aware")?.message == "Measurable: the measure 'Staff more aware' names no evidence; say what will be counted or checked (a number, a percentage, an audit or dip sample, or a record such as minutes or a report), e.g. 'a dip sample of 10 plans finds a GCP in 8'")
        #expect(rules.owner("Mr Patel")?.message == "Assignable: the owner 'Mr Patel' looks like a person's name; give their role instead, e.g. 'Early help service manager', so the action outlives a change of staff")
        #expect(rules.resources("TBC")?.message == "Realistic: the resources 'TBC' do not say what it needs; say what it needs (time, training, money, systems), or 'none needed' when it needs nothing")
        for message in [rules.action("Consider it all")?.message, rules.measure("ongoing")?.message, rules.owner("all agencies")?.message, rules.resources("")?.message] {
            let message = try #require(message)
            // One sentence: no full stop inside it but the one of "e.g.".
            #expect(!message.replacingOccurrences(of: "e.g. ", with: "").contains(". "), "\(message)")
            #expect(!message.contains("\n"))
        }
    }

    @Test("Measurable: a state is refused in every capitalisation and with punctuation", arguments: [
        "ongoing", "Ongoing.", "ON-GOING", "In progress!", "in-progress", "Continuous", "as required", "TBC", "t.b.c", "N/A", "n/a.", "Ongoing - to be reviewed",
    ])
    func notAMeasure(text: String) throws {
        #expect(try #require(rules.measure(text)).letter == .measurable)
    }

    @Test("Measurable: a measure names evidence", arguments: [
        ("Staff more aware", false), ("Practitioners feel more confident", false), ("Better joint working", false),
        ("Re-audit of 20 plans finds a GCP in 16", true), ("Minutes of the May sub-group record approval", true),
        ("Awareness survey shows 75% know the pathway", true), ("Dip-sample log", true), ("Ongoing: 8 of 10 cases audited so far", true),
    ])
    func measure(text: String, accepted: Bool) {
        #expect((rules.measure(text) == nil) == accepted, "\(text)")
    }

    @Test("Assignable: one role, not a group or a person's name", arguments: [
        ("all agencies", false), ("Everyone", false), ("TBC", false), ("Sarah Thompson", false), ("Dr Helen Ward", false), ("", false),
        ("Named nurse for safeguarding children", true), ("Head of MASH", true), ("Detective inspector, public protection unit", true),
        ("Designated safeguarding lead", true),
    ])
    func owner(text: String, accepted: Bool) {
        let problem = rules.owner(text)
        #expect((problem == nil) == accepted, "\(text): \(problem?.message ?? "accepted")")
        #expect(problem.map { $0.letter == .assignable } ?? true)
    }

    @Test("Realistic: resources are stated, and 'none' is a statement", arguments: [
        ("none", true), ("None needed.", true), ("NONE REQUIRED", true), ("no additional resources", true), ("Within existing resources", true),
        ("Two training days", true), ("", false), ("?", false), ("TBC", false), ("n/a", false), ("As required", false), ("Various", false),
    ])
    func resources(text: String, accepted: Bool) {
        #expect((rules.resources(text) == nil) == accepted, "\(text)")
    }

    @Test("Time-related: after the audit day, within the limit")
    func due() {
        #expect(SmartRules.due("2026-03-10", today: "2026-03-10", withinMonths: 12)?.message == "Time-related: the due date 2026-03-10 is not after the audit day (2026-03-10); give a date still to come")
        #expect(SmartRules.due("2027-03-10", today: "2026-03-10", withinMonths: 12) == nil)
        #expect(SmartRules.due("2027-03-11", today: "2026-03-10", withinMonths: 12)?.letter == .timeRelated)
    }

    @Test("a template's smart: block replaces the lists it gives and names its questions")
    func templateBlock() throws {
        let source = try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8)
        #expect(try TemplateLoader.parse(source, file: "neglect.yaml").smart == .defaults)
        let changed = source.replacingOccurrences(of: "\naction-due-within-months: 12\n", with: """

            action-due-within-months: 12
            smart:
              questions: {owner: resources}
              vague-openings: [signpost]
              not-measures: [business as usual]

            """)
        let template = try TemplateLoader.parse(changed, file: "neglect.yaml")
        #expect(template.smart.part(of: "resources") == .owner)
        #expect(template.smart.action("Signpost families to the food bank")?.letter == .specific)
        #expect(template.smart.action("Consider the use of the Graded Care Profile") == nil)
        #expect(template.smart.measure("Business as usual!")?.letter == .measurable)
        #expect(template.smart.evidence == SmartRules.defaults.evidence)
    }

    @Test("the smart: block shown in Documentation/Templates.md loads, and its lists take effect")
    func documentedBlock() throws {
        let page = try String(contentsOfFile: "\(packageRoot)/Documentation/Templates.md", encoding: .utf8)
        let start = try #require(page.range(of: "```yaml\nsmart:\n"))
        let end = try #require(page.range(of: "```", range: start.upperBound..<page.endIndex))
        let block = "smart:\n" + page[start.upperBound..<end.lowerBound]
        let source = try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\naction-due-within-months: 12\n", with: "\naction-due-within-months: 12\n" + block)
        let template = try TemplateLoader.parse(source, file: "neglect.yaml")
        #expect(template.smart.questions == SmartRules.defaults.questions)
        #expect(template.smart.noResources.count == 5)
        #expect(template.smart.resources("none required")?.letter == nil)
    }

    @Test("recommendations are held to the same rules, each field named by its option")
    func recommendations() {
        let problems = Recommendations.problems(
            text: "Be aware of the guidance", owner: "Staff", due: "2027-01-31", measure: "Staff more aware", resources: "none", today: "2026-12-03"
        )
        #expect(problems.count == 3)
        #expect(problems[0].hasPrefix("Specific: the recommendation (--text) 'Be aware of the guidance' opens with 'be aware'"))
        #expect(problems[1].hasPrefix("Assignable: the owner (--owner) 'Staff' is not one role"))
        #expect(problems[2].hasPrefix("Measurable: the measure of success (--measure) 'Staff more aware' names no evidence"))
    }

    @Test("the labelled set: at least 150 action points, 90% agreement, no good action refused for its wording")
    func labelledSet() throws {
        let rows = try SmartActionSet.load()
        #expect(rows.count >= 150)
        #expect(rows.filter { $0.fails == nil }.count >= 60)
        let score = SmartActionSet.score(rows)
        #expect(score.agreement >= 0.9, "\(SmartActionSet.report(score, rows: rows, verbose: true))")
        #expect(score.wordingRefusals == 0, "\(SmartActionSet.report(score, rows: rows, verbose: true))")
        for letter in SmartLetter.allCases {
            #expect((score.perLetter[letter]?.labelled ?? 0) >= 8, "too few vague actions failing \(letter.word) to measure it")
        }
    }
}
