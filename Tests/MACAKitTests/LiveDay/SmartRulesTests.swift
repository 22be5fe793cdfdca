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
        #expect(rules.action("Be aware of the guidance")?.message == "Specific: the action 'Be aware of the guidance' opens with 'be aware', which says what people should know, aim for or keep doing, not what they will do; start with what will be done, e.g. 'Audit 20 plans for a recorded Graded Care Profile', or follow it with a measurable outcome ('… so that 8 of 10 plans show it by June')")
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
        // A second room trial: "March" typed one prompt out of step was accepted as a recommendation's owner.
        ("March", false), ("next month", false), ("end of the quarter", false), ("Friday", false),
        ("Head of service, March and Sefton area", true),
    ])
    func owner(text: String, accepted: Bool) {
        let problem = rules.owner(text)
        #expect((problem == nil) == accepted, "\(text): \(problem?.message ?? "accepted")")
        #expect(problem.map { $0.letter == .assignable } ?? true)
    }

    @Test("Realistic: resources are stated, and 'none' is a statement", arguments: [
        ("none", true), ("None needed.", true), ("NONE REQUIRED", true), ("no additional resources", true), ("Within existing resources", true),
        ("Two training days", true), ("", false), ("?", false), ("TBC", false), ("To be agreed", false), ("As required", false), ("Various", false),
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
        let source = withoutSmartBlock(try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8))
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
        let source = withoutSmartBlock(try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8))
            .replacingOccurrences(of: "\naction-due-within-months: 12\n", with: "\naction-due-within-months: 12\n" + block)
        let template = try TemplateLoader.parse(source, file: "neglect.yaml")
        #expect(template.smart.questions == SmartRules.defaults.questions)
        #expect(template.smart.noResources.count == 6)
        #expect(template.smart.resources("none required")?.letter == nil)
        #expect(template.smart.examples[.resources] == "Two days of an advanced practitioner's time for the dip sample")
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

    @Test("Assignable: one role is accepted however it is written", arguments: [
        "Chief Executive", "Virtual School Head", "SENCO", "Lead Nurse Safeguarding", "Nurse Consultant, Looked After Children",
        "Team Manager (Disabled Children)", "MARAC Chair", "CAMHS Clinical Lead", "Deputy Designated Safeguarding Lead",
        "Assistant Director, Early Help and Prevention", "Chair of Governors", "Head of Operations", "Service Manager - Front Door",
        "Chair, Learning and Improvement Sub-group", "Police Sergeant, Schools Liaison", "Consultant Paediatrician, Child Protection",
        "Matron for Paediatrics", "Safeguarding Lead Nurse, Acute Trust", "Chair of the QA sub-group", "Head of Safeguarding",
        "Chief Officer", "Registered Manager, Oak House", "Dean of Students",
    ])
    func oneRole(text: String) {
        #expect(rules.owner(text) == nil, "\(text): \(rules.owner(text)?.message ?? "")")
    }

    @Test("Assignable: several people, an agency, a group or a name is not one role, and the refusal says which", arguments: [
        ("Health visitors", "is several people ('visitors')"), ("DSLs", "is several people ('DSLs')"), ("Ward Sisters", "is several people"),
        ("Probation", "names an agency or service"), ("Police / CSC", "names an agency or service"), ("Children's Social Care", "names an agency or service"),
        ("Youth Justice Service", "is a group, body or function ('service')"), ("Senior Leadership Team", "is a group, body or function ('team')"),
        ("Strategic Partnership Board", "is a group, body or function ('board')"), ("Neglect Steering Group", "is a group, body or function ('group')"),
        ("Learning and Development", "is a group, body or function ('development')"), ("Every DSL", "starts with 'every'"),
        ("Relevant managers", "starts with 'relevant'"), ("Both agencies' leads", "starts with 'both'"), ("K. Osei", "looks like a person's name"),
        ("Emma Clarke", "looks like a person's name"), ("Victoria Lewis-Grant", "looks like a person's name"), ("J. Smith.", "looks like a person's name"), ("Sarah", "looks like a person's name"), ("Mrs Okafor", "looks like a person's name"), ("Head of service, Emma Clarke", "looks like a person's name"),
    ])
    func notOneRole(text: String, why: String) throws {
        let problem = try #require(rules.owner(text), "\(text) accepted")
        #expect(problem.letter == .assignable)
        #expect(problem.message.contains(why), "\(problem.message)")
        #expect(problem.message.contains("e.g."), "the refusal suggests a fix: \(problem.message)")
    }

    @Test("Assignable: the day's own agencies, by name or id, are refused alone")
    func dayAgencies() {
        #expect(rules.owner("Barnardo's Hub Outreach") == nil)
        let agencies = ["Barnardo's outreach", "barnardos", "Virtual school", "virtual-school"]
        #expect(rules.owner("Barnardo's outreach", agencies: agencies)?.letter == .assignable)
        #expect(rules.owner("Virtual School and Police", agencies: agencies)?.letter == .assignable)
        #expect(rules.owner("Virtual School Head", agencies: agencies) == nil)
        // A template's agency names in parts, as the shipped templates write them.
        let shipped = ["Acute hospital (emergency department, paediatrics)", "Adult drug and alcohol service", "Placement provider (foster care or children's home)"]
        for owner in ["Paediatrics", "Emergency Department", "Acute hospital", "Alcohol service", "Foster care"] {
            #expect(rules.owner(owner, agencies: shipped)?.letter == .assignable, "\(owner)")
        }
        for owner in ["Consultant paediatrician", "Emergency department safeguarding nurse", "Placement provider's registered manager"] {
            #expect(rules.owner(owner, agencies: shipped) == nil, "\(owner)")
        }
    }

    @Test("Specific: effort words and hedges leave the action open, even with a number", arguments: [
        "Endeavour to hold strategy discussions within 24 hours", "Try to involve fathers in 10 assessments",
        "Hold strategy discussions where possible with health present", "Share chronologies with partners as required",
        "Review cases as necessary and escalate", "Develop robust links with housing", "Audit 12 plans if time allows",
    ])
    func hedge(text: String) throws {
        let problem = try #require(rules.action(text), "\(text) accepted")
        #expect(problem.letter == .specific)
        #expect(problem.message.contains("leaves open whether, or how well, it is done"))
    }

    @Test("Specific: an intention is refused unless a measurable outcome follows; digits in a name are not one", arguments: [
        ("Aim to see the child alone at each visit", false), ("Seek to improve information sharing", false), ("Reduce delays in conferences", false),
        ("Work to embed the toolkit", false), ("Look to improve recording of the child's voice", false), ("Consider a GCP2 in every neglect case", false),
        ("Increase S47 joint visits with police", false), ("Neglect strategy: better use", false), ("CIN plans - more consistent", false),
        ("Reduce the backlog of unallocated cases to under 10 by June", true), ("Increase the proportion of ICPCs held within 15 days to 90%", true),
        ("Schools: record each DA notification on the pupil's safeguarding file", true), ("Send the S175 template to every school DSL", true),
        ("Ensure every child on a CP plan has a completed chronology", true),
        ("Complete the section 11 return as required by the statutory guidance", true),
        ("Complete the section 11 return as required", false), ("Chronologies to be updated", false), ("Plans will be reviewed", false),
        ("Chronologies to be updated at every core group", true),
    ])
    func intention(text: String, accepted: Bool) {
        let problem = rules.action(text)
        #expect((problem == nil) == accepted, "\(text): \(problem?.message ?? "accepted")")
        #expect(problem.map { $0.letter == .specific } ?? true)
    }

    @Test("Measurable: a trend needs a figure or evidence beyond the thing that changes; notes and files are records", arguments: [
        ("Improved recording", false), ("More referrals", false), ("Reduced drift", false), ("Improved records", false),
        ("Increased use of GCP2", false), ("Higher attendance", false), ("Reviewed where appropriate", false), ("Robust oversight in place", false),
        ("Increased attendance recorded in the CP dataset", true), ("Fewer than 5% of referrals returned", true),
        ("Reduced re-referrals shown in the quarterly performance report", true), ("Improvement from 60% to 80% in the re-audit", true),
        ("Case notes show the visit", true), ("Signed agreement held on file", true), ("Read receipts kept by the school office", true),
    ])
    func trend(text: String, accepted: Bool) {
        let problem = rules.measure(text)
        #expect((problem == nil) == accepted, "\(text): \(problem?.message ?? "accepted")")
        #expect(problem.map { $0.letter == .measurable } ?? true)
    }

    @Test("Measurable: a trend's refusal says what is missing and suggests a figure and a record")
    func trendWording() throws {
        let message = try #require(rules.measure("Higher attendance")?.message)
        #expect(message == "Measurable: the measure 'Higher attendance' claims a change ('higher') without saying how it will be counted; give the figure to reach and where it is recorded, e.g. 'attendance register shows 8 of 10 conferences attended'")
    }

    @Test("Realistic: nothing needed, said any common way, is a statement", arguments: [
        "Nil", "nil.", "NIL", "Nothing needed", "No extra cost", "No additional", "Existing staff", "Within current capacity", "Within budget", "Zero",
    ])
    func noResources(text: String) {
        #expect(rules.resources(text) == nil, "\(text)")
    }

    @Test("a template's smart: block replaces the owner, hedge and trend lists")
    func templateOwnerLists() throws {
        let source = withoutSmartBlock(try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8))
            .replacingOccurrences(of: "\naction-due-within-months: 12\n", with: """

            action-due-within-months: 12
            smart:
              hedges: [in due course]
              trends: [uplift]
              owner-quantifiers: [whichever]
              group-owners: [cabinet]
              agency-names: [district council]

            """)
        let smart = try TemplateLoader.parse(source, file: "neglect.yaml").smart
        #expect(smart.action("Audit 10 plans in due course")?.letter == .specific)
        #expect(smart.action("Audit 10 plans as appropriate") == nil)
        #expect(smart.measure("Uplift in referrals")?.letter == .measurable)
        #expect(smart.owner("Whichever manager is free")?.letter == .assignable)
        #expect(smart.owner("Children's cabinet")?.letter == .assignable)
        #expect(smart.owner("Safeguarding team") == nil)
        #expect(smart.owner("District Council")?.letter == .assignable)
        #expect(smart.owner("Police") == nil)
    }

    @Test("Specific: a verb whose object is told what to do is the action; feeling and understanding are not", arguments: [
        ("Coach every duty social worker to test a parent's account against the chronology", true),
        ("Brief reception staff to log each missed appointment for an under-five", true),
        ("Require each provider to send its attendance figures monthly", true),
        ("Teach the sixth-form mentors to spot coercive control in peers", true),
        ("Staff to feel more able to escalate", false),
        ("Social workers to feel confident using the toolkit", false),
        ("Develop a better understanding of the needs of young carers", false),
        ("Gain an understanding of the impact of parental conflict", false),
        ("Build confidence among foster carers to report missing episodes", false),
    ])
    func causativesAndFeelings(action: String, accepted: Bool) {
        let problem = rules.action(action)
        #expect((problem == nil) == accepted, "\(action): \(problem?.description ?? "accepted")")
        if !accepted { #expect(problem?.letter == .specific) }
    }

    @Test("Specific: working together, links, 'think family', 'know how to' and timeliness without a measure are refused", arguments: [
        "Schools and police to work more closely on knife crime", "Health visiting to build stronger links with the food bank",
        "Adult services to think family at every assessment", "Ensure every midwife knows how to refer to the MASH",
        "Strategy meeting notes to be circulated promptly", "Referrals to be acknowledged in a timely manner",
        "Raise the profile of the neglect toolkit in primary schools",
    ])
    func relationshipsAndTimeliness(action: String) {
        #expect(rules.action(action)?.letter == .specific, "\(action)")
    }

    @Test("Realistic: 'TBC' with a reason but no figure is still not stated; with a figure it is", arguments: [
        ("TBC - awaiting the budget round", false), ("To be confirmed by finance", false), ("TBC, about £400", true),
    ])
    func provisionalResources(text: String, accepted: Bool) {
        #expect((rules.resources(text) == nil) == accepted, "\(text)")
    }

    @Test("Measurable: evidence is named in the plural as in the singular", arguments: [
        "Updated referral forms in use across the three surgeries", "Revised induction checklists held by the manager",
        "Signed safety plans on each child's file", "Minutes of the two panels record the decision",
    ])
    func pluralEvidence(measure: String) {
        #expect(rules.measure(measure) == nil, "\(measure): \(rules.measure(measure)?.description ?? "")")
    }

    @Test("Assignable: a role joined to several people, or a surgery or setting alone, is not one role", arguments: [
        ("Named GP and Practice Nurses", false), ("Designated Safeguarding Lead & Deputy DSLs", false),
        ("Nursery Manager and Room Leaders", false), ("The surgery", false), ("the setting", false),
        ("Head of Quality and Performance", true), ("Director of Education and Skills", true),
        ("Manager, Sure Start Children's Centres", true), ("Practice Manager", true), ("Head of Learning and Development", true),
    ])
    func joinedOwners(owner: String, accepted: Bool) {
        let problem = rules.owner(owner)
        #expect((problem == nil) == accepted, "\(owner): \(problem?.description ?? "accepted")")
        if !accepted { #expect(problem?.letter == .assignable) }
    }

    @Test("Realistic: 'n/a' and 'not applicable' say none is needed", arguments: ["n/a", "N/A", "Not applicable", "NA"])
    func notApplicableResources(resources: String) {
        #expect(rules.resources(resources) == nil)
    }

    @Test("the labelled sets: 90% agreement, no good action refused for its wording", arguments: [
        SmartActionSet.path, SmartActionSet.heldOutPath, SmartActionSet.heldOut2Path, SmartActionSet.heldOut3Path,
    ])
    func labelledSet(path: String) throws {
        let rows = try SmartActionSet.load(path)
        #expect(rows.count >= (path == SmartActionSet.path ? 150 : 120))
        #expect(rows.filter(\.isGood).count >= 60)
        let score = SmartActionSet.score(rows)
        #expect(score.agreement >= 0.9, "\(SmartActionSet.report(score, rows: rows, verbose: true))")
        #expect(score.wordingRefusals == 0, "\(SmartActionSet.report(score, rows: rows, verbose: true))")
        for letter in SmartLetter.allCases {
            #expect((score.perLetter[letter]?.labelled ?? 0) >= 8, "too few vague actions failing \(letter.word) to measure it")
        }
    }

    @Test("the labelled set's loader takes several letters a row, each scored, and refuses letters that are not SMART's")
    func severalLetters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smart-set-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "action\towner\tdue\tmeasure\tresources\tlabel\tfails\n"
        let file = folder.appendingPathComponent("set.tsv").path
        try (header + "Be aware of the guidance\tEveryone\t3\tAudit report\tNone\tvague\tSA\n"
            + "Audit 10 plans\tHead of MASH\t3\tStaff aware\tNone\tvague\tMR\n").write(toFile: file, atomically: true, encoding: .utf8)
        let rows = try SmartActionSet.load(file)
        #expect(rows.map(\.fails) == [[.specific, .assignable], [.measurable, .realistic]])
        let score = SmartActionSet.score(rows)
        #expect(score.agreed == 2)
        #expect(score.everyLetter == 1)
        #expect(score.perLetter[.assignable]?.found == 1)
        #expect(score.perLetter[.realistic]?.labelled == 1)
        #expect(score.perLetter[.realistic]?.found == 0)
        for bad in ["SX", "SS", ""] {
            try (header + "Be aware\tEveryone\t3\tAudit\tNone\tvague\t\(bad)\n").write(toFile: file, atomically: true, encoding: .utf8)
            #expect(throws: SmartSetError.self) { try SmartActionSet.load(file) }
        }
    }
}
