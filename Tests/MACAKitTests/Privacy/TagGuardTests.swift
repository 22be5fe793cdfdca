import MACAKit
import Testing

/// A tag of the room's own is read as typed and, capitalised, as a name
/// would be written; a name found only by capitalising counts when one of
/// its words is no English word. The tags are invented here.
@Suite("Tags of the room's own and the guard")
struct TagGuardTests {
    static let guardian = IdentifierGuard(referenceYear: 2026)

    @Test("ordinary words that are also surnames or first names, capitalised, are no name", arguments: [
        "sibling link spotted", "sibling-link-spotted", "missed-dentist-again", "head-lice-ignored", "young-carer-role",
        "bishop-visit-helped", "mason-jar-hoarding", "hope-for-change", "early-help-stepped-down", "carpenter-repairs-delayed",
    ])
    func ordinaryTags(tag: String) {
        #expect(Self.guardian.scanTag(tag).isEmpty, "\(Self.guardian.scanTag(tag).map(\.text))")
    }

    @Test("a person's name in a tag is found, typed in any case or slugged", arguments: [
        "kayden-smith", "Tiegan Marchbank", "concern-re-jayden", "oluwaseun missed school",
    ])
    func namesInTags(tag: String) {
        #expect(Self.guardian.scanTag(tag).contains { $0.kind == .name }, "\(tag)")
    }

    /// An information-governance trial typed `flat 3` as a tag and it was
    /// stored as `flat-3`: capitalised, a flat's number and a school are read.
    @Test("an address or a school in a tag, typed in lower case, is found", arguments: [
        ("flat 3", IdentifierFinding.Kind.address), ("flat-12b", .address), ("apartment 40", .address),
        ("brookfield primary", .school), ("went-to-larkhill-academy", .school),
    ])
    func addressesAndSchoolsInTags(tag: String, kind: IdentifierFinding.Kind) {
        #expect(Self.guardian.scanTag(tag).contains { $0.kind == kind }, "\(tag): \(Self.guardian.scanTag(tag).map(\.kind))")
    }

    /// A second trial typed `information-sharing, dob 12-03-2019` at a tags
    /// prompt: read with its hyphens as spaces the date was no date, and it
    /// was printed in the board paper.
    @Test("a date of birth in a tag, typed with hyphens or stored as a slug, is found", arguments: [
        "dob 21-06-2018", "dob-21-06-2018", "born 3-9-17", "d.o.b 2018-06-21",
    ])
    func birthDatesInTags(tag: String) {
        #expect(Self.guardian.scanTag(tag).contains { $0.kind == .dateOfBirth }, "\(tag): \(Self.guardian.scanTag(tag).map(\.kind))")
    }

    @Test("tags about flats, schools and plans that name none are no identifier", arguments: [
        "flat-affect", "school-refusal", "primary-school-transition", "virtual-school-involved", "academy-exclusion",
        "plan-drift", "flat-too-small", "secondary-transfer-missed",
    ])
    func ordinaryPlaceTags(tag: String) {
        #expect(Self.guardian.scanTag(tag).isEmpty, "\(tag): \(Self.guardian.scanTag(tag).map(\.text))")
    }
}
