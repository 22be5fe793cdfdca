import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The template's `examples:` (issue 17): one good example for each part
/// of an action point, quoted when the room's action is refused, so the
/// suggestion fits the day's theme.
@Suite("SMART examples from the template")
struct SmartExamplesTests {
    static let ids = ["neglect", "domestic-abuse", "child-exploitation", "children-missing"]

    func template(_ id: String) throws -> AuditTemplate {
        try TemplateLoader.load(path: "\(packageRoot)/audit-templates/\(id).yaml")
    }

    @Test("every shipped template gives an example for each part, and each passes the template's own rules", arguments: ids)
    func shippedExamples(id: String) throws {
        let smart = try template(id).smart
        for part in [SmartRules.Part.action, .owner, .measure, .resources] {
            let example = try #require(smart.examples[part], "\(id) has no \(part.rawValue) example")
            let problem: SmartProblem? = switch part {
            case .action: smart.action(example)
            case .owner: smart.owner(example)
            case .measure: smart.measure(example)
            default: smart.resources(example)
            }
            #expect(problem == nil, "\(id)'s \(part.rawValue) example: \(problem?.message ?? "")")
        }
    }

    @Test("the examples differ between themes, so no theme is shown another's")
    func examplesFitTheme() throws {
        let actions = try Self.ids.map { try #require(try template($0).smart.examples[.action]) }
        #expect(Set(actions).count == Self.ids.count)
    }

    @Test("a refused action, measure, owner and resources quote the day's template's examples, not neglect's")
    func refusalQuotesTheme() throws {
        let smart = try template("domestic-abuse").smart
        let action = try #require(smart.action("Staff to be more aware of coercive control"))
        #expect(action.letter == .specific)
        #expect(action.message.contains("e.g. '\(try #require(smart.examples[.action]))'"), "\(action.message)")
        #expect(!action.message.contains("Graded Care Profile"))
        let measure = try #require(smart.measure("Ongoing"))
        #expect(measure.message.contains("e.g. '\(try #require(smart.examples[.measure]))'"))
        let owner = try #require(smart.owner("All agencies"))
        #expect(owner.message.contains("e.g. '\(try #require(smart.examples[.owner]))'"))
        let resources = try #require(smart.resources("TBC"))
        #expect(resources.message.contains("e.g. '\(try #require(smart.examples[.resources]))'"))
        #expect(resources.message.hasSuffix("or 'none needed' when it needs nothing"))
    }

    @Test("without examples the defaults are quoted, and the resources refusal has no example")
    func defaultsWithoutExamples() {
        let rules = SmartRules.defaults
        #expect(rules.action("Consider the guidance")?.message.contains("e.g. 'Audit 20 plans for a recorded Graded Care Profile'") == true)
        #expect(rules.resources("TBC")?.message == "Realistic: the resources 'TBC' do not say what it needs; say what it needs (time, training, money, systems), or 'none needed' when it needs nothing")
    }

    @Test("a template giving only some examples keeps the defaults for the others")
    func partialExamples() throws {
        let source = withoutSmartBlock(try String(contentsOfFile: "\(packageRoot)/audit-templates/children-missing.yaml", encoding: .utf8))
            .replacingOccurrences(of: "\naction-due-within-months: 12\n", with: """

                action-due-within-months: 12
                smart:
                  examples:
                    owner: Missing persons coordinator, police

                """)
        let smart = try TemplateLoader.parse(source, file: "children-missing.yaml").smart
        #expect(smart.owner("Everyone")?.message.contains("e.g. 'Missing persons coordinator, police'") == true)
        #expect(smart.action("Consider the guidance")?.message.contains("e.g. 'Audit 20 plans for a recorded Graded Care Profile'") == true)
    }
}
