import MACAKit
import Testing

@Suite("The disclosure engine")
struct DisclosureTests {
    /// One unit printing every key given, declaring the relations.
    static func decide(_ values: [CountKey: Int], _ relations: [CountRelation], threshold: Int = 5, more: [Disclosure.Unit] = []) -> Disclosure.Decision {
        Disclosure.decide(Disclosure.Problem(
            threshold: threshold, values: values,
            units: [Disclosure.Unit(prints: Set(values.keys), relations: relations, canWithhold: false)] + more
        ))
    }

    @Test("a small count is protected by hiding the smallest printed count of the relation that gives it away; other counts, zeros included, stay printed")
    func protectsWhereItLeaks() {
        // Overall grades printed in a summary (with the total) and in a table beside another domain.
        let values: [CountKey: Int] = ["total": 48, "overall/good": 35, "overall/inadequate": 13, "overall/ri": 0, "early/good": 44, "early/inadequate": 4]
        let decision = Self.decide(values, [
            .sum("total", of: ["overall/good", "overall/inadequate", "overall/ri"]),
            .sum("total", of: ["early/good", "early/inadequate"]),
        ])
        #expect(decision.label("early/inadequate") == .small(below: 5))
        // Its row partner hidden as [c]; the overall grades untouched, zero included.
        #expect(decision.label("early/good") == .secondary(atLeast: 5))
        #expect(decision.label("overall/inadequate") == .exact(13))
        #expect(decision.label("overall/ri") == .exact(0))
        #expect(decision.derivable.isEmpty)
    }

    @Test("four cells of 1 adding to a hidden 4 are each 1 whatever is hidden: the block is withheld instead")
    func withholdsWhatHidingCannotProtect() {
        let bands: [CountKey] = ["band/a", "band/b", "band/c", "band/d"]
        var values: [CountKey: Int] = ["total": 4]
        for band in bands { values[band] = 1 }
        let masthead = Disclosure.Unit(prints: ["total"], relations: [], canWithhold: false)
        let table = Disclosure.Unit(prints: Set(bands), relations: [.sum("total", of: bands)], canWithhold: true)
        let decision = Disclosure.decide(Disclosure.Problem(threshold: 5, values: values, units: [masthead, table]))
        #expect(decision.withheld == [1])
        #expect(decision.derivable.isEmpty)
        #expect(decision.label("total") == .small(below: 5))
    }

    @Test("the same problem gives the same labels, and the smallest printed cell is the one hidden")
    func deterministicSmallestFirst() {
        let values: [CountKey: Int] = ["total": 40, "a": 2, "b": 30, "c": 8]
        let first = Self.decide(values, [.sum("total", of: ["a", "b", "c"])])
        #expect(first == Self.decide(values, [.sum("total", of: ["a", "b", "c"])]))
        #expect(first.label("c") == .secondary(atLeast: 5))
        #expect(first.label("b") == .exact(30))
    }

    @Test("counts that are not of people are printed as they are, even small")
    func notPeople() {
        let decision = Disclosure.decide(Disclosure.Problem(
            threshold: 5, values: ["actions": 2], notPeople: ["actions"],
            units: [Disclosure.Unit(prints: ["actions"], relations: [], canWithhold: false)]
        ))
        #expect(decision.label("actions") == .exact(2))
    }

    @Test("a [c] whose only room is one value is hidden further: 1 + [c] = 6 would make the [c] 5")
    func secondaryNotPinnedByItsOwnFloor() {
        let decision = Self.decide(["total": 6, "a": 1, "b": 5], [.sum("total", of: ["a", "b"])])
        #expect(decision.derivable.isEmpty)
        #expect(decision.label("total") == .secondary(atLeast: 5))
    }
}
