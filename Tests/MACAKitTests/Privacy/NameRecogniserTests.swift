import Foundation
import MACAKit
import Testing

/// The name rules of issue 15, each with invented sentences of its own (none
/// taken from the guard corpus), and clean sentences each rule must leave alone.
@Suite("The name recogniser's rules for text written by other hands")
struct NameRecogniserTests {
    static let guardian = IdentifierGuard(referenceYear: 2026)

    /// The words found as names in `text`.
    static func names(_ text: String, guardian: IdentifierGuard = guardian) -> [String] {
        guardian.scan(text).filter { $0.kind == .name }.map(\.text)
    }

    static func registered(_ names: [(String, String)], day: String = "2026-12-04-neglect") -> IdentifierGuard {
        IdentifierGuard(referenceYear: 2026, registered: names.map { NameRegistered.registering($0.1, role: $0.0, ref: nil, day: day) }, day: day)
    }

    // MARK: Registered names written without their marks

    @Test("a registered name is also hashed without its diacritics and apostrophe, and only then")
    func hashedForms() {
        #expect(NameRegistered.hashedForms(of: "Zoë O'Hara") == ["zoë", "zoe", "o'hara", "ohara"])
        #expect(NameRegistered.hashedForms(of: "Tomasz Łęcki") == ["tomasz", "łęcki", "lecki"])
        #expect(NameRegistered.hashedForms(of: "Kerry Smith") == NameRegistered.parts(of: "Kerry Smith"))
        #expect(NameRegistered.folded("Dąbrowska") == "dabrowska")
        #expect(NameRegistered.folded("Straße") == "strasse")
    }

    @Test("a name registered with diacritics is found written without them, and the other way round")
    func diacriticsOnEitherSide() {
        let guardian = Self.registered([("child", "Łucja Dąbrowska"), ("parent", "Renee Moreau")])
        let found = guardian.scan("Lucja Dabrowska was seen with mum Renée at the clinic.")
        #expect(found.map(\.placeholder) == ["[child]", "[child]", "[parent]"])
        #expect(found.map(\.text) == ["Lucja", "Dabrowska", "Renée"])
    }

    @Test("a name registered with an apostrophe is found written without it, and the other way round")
    func apostropheOnEitherSide() {
        let guardian = Self.registered([("child", "Siobhan O'Donnell"), ("sibling", "Darragh ODowd")])
        #expect(guardian.redact("ODonnell missed school; O’Dowd walked her home.").text == "[child] missed school; [sibling] walked her home.")
    }

    @Test("the folded forms are found under the partnership's key too")
    func foldedKeyed() throws {
        let key = NameKey(secret: Data(repeating: 7, count: 32), keyPath: "test")
        var guardian = IdentifierGuard(referenceYear: 2026, day: "d")
        guardian.nameKey = key
        guardian.partnershipRegistered = [NameRegistered.registeringForPartnership("Agnès Ferré", role: "carer", key: key)]
        #expect(guardian.redact("Agnes Ferre rang twice.").text == "[carer] [carer] rang twice.")
    }

    @Test("a registered name as a possessive without its apostrophe: with its capital, or in lower case when the name is no word")
    func possessiveWithoutApostrophe() {
        let guardian = Self.registered([("child", "Maddox Quill")])
        #expect(guardian.redact("Maddoxs bag and Quills coat were wet.").text == "[child] bag and [child] coat were wet.")
        #expect(guardian.scan("The quills were sharp.").isEmpty)
    }

    // MARK: Names nobody registered

    @Test("names with diacritics and apostrophes are looked up without them")
    func foldedGazetteer() {
        #expect(Self.names("Renée Peña, the lodger, moved out in June.") == ["Renée Peña"])
        #expect(Self.names("Ja'Kobe was sent home early.") == ["Ja'Kobe"])
        #expect(Self.names("D’Angelo was sent home early.") == ["D’Angelo"])
        // A contraction is no name: "Can't" is not "Cant", "We'll" not "Well".
        #expect(Self.names("Can't say more. We'll check. She'd left.").isEmpty)
    }

    @Test("a first name in lower case where the words around say a person")
    func lowerCaseFirstNames() {
        #expect(Self.names("the worker chatted with brayden after school") == ["brayden"])
        #expect(Self.names("we visited kaylee at home and she was fine") == ["kaylee"])
        #expect(Self.names("her friend marnie stayed over") == ["marnie"])
        #expect(Self.names("mum and tyrese went to the shop") == ["tyrese"])
        // A first name and a surname in lower case where a name may start.
        #expect(Self.names("the lodger, marnie ashworth, left in the spring") == ["marnie ashworth"])
        #expect(Self.names("worried about tyrese okonkwo's influence on him") == ["tyrese okonkwo"])
    }

    @Test("lower-case words that are English words, or without a person's context, are left alone")
    func lowerCaseClean() {
        for text in [
            "spoke with grace and dignity throughout", "spoke with staff at the school", "she talked to support workers",
            "went to bed late and missed breakfast", "brayden", "the file says kaylee", "saw the health visitor twice",
            "worried about money and rent arrears", "the lodger, a man in his forties, left",
            // Words joined by hyphens with an English word among them, after "for" or "about".
            "Invented answer for daily-care.", "funding for long-term care was agreed", "asked about self-harm and sleep",
            // An English word the lists lack, before an agency in brackets.
            "the first responder (police, social care and others) should refer", "the duty manager (csc) agreed",
        ] {
            #expect(Self.names(text).isEmpty, "\(text)")
        }
    }

    @Test("a word before an age is a person's name, even one usually capitalised for another reason")
    func ages() {
        #expect(Self.names("Virginia, aged 15, said she was scared.") == ["Virginia"])
        #expect(Self.names("Saffron, aged 9, was at home alone.") == ["Saffron"])
        #expect(Self.names("Constance (Connie) is 7.") == ["Constance", "Connie"])
        #expect(Self.names("Saffron was 4 when the referral came.") == ["Saffron"])
        // Not an age: a length of time, or a word with no name in it.
        #expect(Self.names("Summer is 3 weeks away.").isEmpty)
        #expect(Self.names("Virginia is 4 hours away by train.").isEmpty)
    }

    @Test("a virtue used as a noun starting a sentence is no one; as a person it still is")
    func virtues() {
        #expect(Self.names("Mercy was shown to the young person at the hearing.").isEmpty)
        #expect(Self.names("Faith and trust matter to this family.").isEmpty)
        #expect(Self.names("Faith and Charity were the themes of the assembly.").isEmpty)
        #expect(Self.names("Mercy and her brother were seen at home.") == ["Mercy"])
        #expect(Self.names("Faith said she was hungry.") == ["Faith"])
    }

    @Test("an all-capital word joined to digits is a reference of another kind")
    func capitalsWithDigits() {
        #expect(Self.names("The file JENKINS-19-044 was reopened.").isEmpty)
        #expect(Self.names("Reference JENKINS/2291 was closed.").isEmpty)
    }

    @Test("words after a town, in a title after 'of', or before a place noun name a place or a body")
    func places() {
        #expect(Self.names("Sheffield Hallam students ran the survey.").isEmpty)
        #expect(Self.names("Sheffield-Hallam did the outreach work.").isEmpty)
        #expect(Self.names("The Order of Bethany ran the shelter.").isEmpty)
        #expect(Self.names("He was seen at Clifford Moss bus station.").isEmpty)
        #expect(Self.names("Youth workers met him by the River Trent.").isEmpty)
        #expect(Self.names("The family came from Ireland in 2019.").isEmpty)
        // With no place word or article, the same names are people.
        #expect(Self.names("Clifford Moss was seen at the station.") == ["Clifford Moss"])
        #expect(Self.names("He was seen with River Trent at the station.") == ["River Trent"])
    }

    @Test("apps, record systems and firms from the shipped list are not names")
    func recordSystems() {
        #expect(Self.names("Reports came through CPOMS and MyConcern.").isEmpty)
        #expect(Self.names("Hoop and Tellonym were on her phone.").isEmpty)
        #expect(Self.names("Serco ran the hotel; Bromcom held the attendance.").isEmpty)
        // Initials before an English word are a firm's.
        #expect(Self.names("TJ Plumbing did the repairs.").isEmpty)
    }

    @Test("a name in brackets after a relation, or before a role in brackets, in either case")
    func bracketsAroundNames() {
        #expect(Self.names("dad (tomasz) was not at home") == ["tomasz"])
        #expect(Self.names("joint visit w/ okonkwo (sw) today") == ["okonkwo"])
        #expect(Self.names("B Achterberg (HV) saw the baby.") == ["Achterberg"])
        #expect(Self.names("phoned the school re kaylee, no answer") == ["kaylee"])
        #expect(Self.names("the visit (police) went ahead; Leeds (police) rang back").isEmpty)
    }

    @Test("two initials before a word make it a surname; one capital and a full stop may end a sentence")
    func initials() {
        #expect(Self.names("Chaired by K.R. Achterberg, service manager.") == ["Achterberg"])
        #expect(Self.names("The home was graded A. Summer holidays began.").isEmpty)
    }

    @Test("a place word after a verb only a person is the object of is a person")
    func personOnlyVerbs() {
        #expect(Self.names("Nobody asked Preston about the bruise.") == ["Preston"])
        #expect(Self.names("They drove to Preston after school.").isEmpty)
        #expect(Self.names("He was found near John Lennon Airport.").isEmpty)
    }

    @Test("a relation in brackets after a word makes it a name; a lettered child is a label")
    func relationsAndLabels() {
        #expect(Self.names("Lucky (her cousin) took her home.") == ["Lucky"])
        #expect(Self.names("Child B's mother attended the review.").isEmpty)
        #expect(Self.names("Pani Krzyżanowska rang the school.") == ["Krzyżanowska"])
    }
}
