import Foundation
import MACAKit
import Testing

/// The forms two independent corpora showed people really type (slashes and
/// doubled spaces in NHS numbers, a letter O for a zero, lower-case streets
/// and schools, a house's name before its street, systems named without
/// "ID"), each with a near-miss that must stay clean. The examples are
/// written here, not taken from those corpora.
@Suite("The identifier guard: forms people type in haste")
struct IdentifierFormsTests {
    static func kinds(_ text: String) -> Set<IdentifierFinding.Kind> {
        Set(IdentifierGuard(referenceYear: 2026, day: "forms").scan(text).map(\.kind))
    }

    @Test("NHS numbers with slashes, doubled spaces, a bracketed first group, or pairs after 'NHS'", arguments: [
        "GP letter gives 943/476/5919 for the boy", "pasted from the PDF: 943  476  5919", "NHS number (943) 476 5919 held",
        "Child's NHS: 943 476 59 19", "NHS#943_476_5919 from SystmOne",
    ])
    func nhsForms(text: String) {
        #expect(Self.kinds(text).contains(.nhsNumber), "\(text)")
    }

    @Test("a number after a reference's words is that reference, not an NHS number", arguments: [
        "linked to occurrence number 4410298837 from May", "incident ref 5521093318 refers",
    ])
    func referenceNotNHS(text: String) {
        #expect(Self.kinds(text) == [.reference], "\(text)")
    }

    @Test("references named as the police and case systems write them", arguments: [
        "crime reference number 44021187733 was given", "Crime Reference Number: 14/55321/25", "storm ref 2231-120525 shows it",
        "LCS 4412290 holds the assessment", "Mosaic 99812 shows a prior plan", "see MASH ref MASH-221904", "Case number: 40021773",
        "Log 2210 12/05/25 refers to the call", "Op Encompass log 7781 reached school late",
    ])
    func referenceForms(text: String) {
        #expect(Self.kinds(text).contains(.reference), "\(text)")
    }

    @Test("a year after a system's name, an audit's case reference, and a case count are not references", arguments: [
        "Mosaic 2019 data were incomplete", "Case NEG-2024-03 was chosen", "case number 3 of 6 was the hardest",
        "the log 2023 return was late",
    ])
    func notReferences(text: String) {
        #expect(!Self.kinds(text).contains(.reference), "\(text)")
    }

    @Test("dates of birth: a birthday without its year, a year or month and year after DOB, an EDD", arguments: [
        "his birthday is 14th July, mum said", "Stepfather (DOB 1979) has a record", "dad's d.o.b. 07/1985 checked",
        "EDD 02/09/2026, pre-birth assessment booked", "year of birth 2012 on the referral",
    ])
    func dateOfBirthForms(text: String) {
        #expect(Self.kinds(text).contains(.dateOfBirth), "\(text)")
    }

    @Test("a date without a birth's words, and a year in a chronology, are not dates of birth", arguments: [
        "Seen on 14th July at the clinic", "The 2019 plan ended in March", "due date for the action is 02/09/2026",
    ])
    func notDatesOfBirth(text: String) {
        #expect(!Self.kinds(text).contains(.dateOfBirth), "\(text)")
    }

    @Test("phones read out digit by digit, emails with a plain 'at' before a provider or a bracketed @", arguments: [
        ("mob 0 7 9 1 1 1 2 3 4 5 6", IdentifierFinding.Kind.phone), ("she uses kittykat99 at hotmail.co.uk", .email),
        ("write to bluebird at outlook.com", .email), ("j.okoro[@]example.org", .email), ("jo (@) example.net", .email),
    ])
    func phoneAndEmailForms(text: String, kind: IdentifierFinding.Kind) {
        #expect(Self.kinds(text).contains(kind), "\(text)")
    }

    @Test("'at' in prose with a full stop after a word is no email", arguments: [
        "seen at home.It was cold", "met at school. Communication was poor", "left at 3pm.",
    ])
    func notEmails(text: String) {
        #expect(!Self.kinds(text).contains(.email), "\(text)")
    }

    @Test("NI numbers in lower case with their last letter, or after 'NI as'", arguments: [
        "her NI as jt 44 21 90 b on the form", "ni given as ce 123456 c", "forms hold tw123456c for dad",
    ])
    func niForms(text: String) {
        #expect(Self.kinds(text).contains(.niNumber), "\(text)")
    }

    @Test("a lower-case date, a measurement or a word before six digits is no NI number", arguments: [
        "seen on 120325 a follow-up was booked", "at 123456 a new log was opened", "dose 5 ml 12 34 56 times",
    ])
    func notNINumbers(text: String) {
        #expect(!Self.kinds(text).contains(.niNumber), "\(text)")
    }

    @Test("postcodes: a letter O for a zero in capitals, a district where someone was found, an 0th inward code", arguments: [
        "last address SWO 1AA per the form", "child was found in BD5 by officers", "pcode ls11 0th on the referral",
        "the refuge is in S10, so no address",
    ])
    func postcodeForms(text: String) {
        #expect(Self.kinds(text).contains(.postcode), "\(text)")
    }

    @Test("year groups, ordinals and grades are still not postcodes", arguments: [
        "she is in Y10 now", "came 2nd in the race", "SO 2ND attempt failed", "working at level B2 in English",
    ])
    func notPostcodes(text: String) {
        #expect(!Self.kinds(text).contains(.postcode), "\(text)")
    }

    @Test("addresses: lower case, a house's name before its street, a plot on a site, a flat in a named block", arguments: [
        "visited 22 beech grove, no answer", "home visit to 7b kestrel close", "Ivy Cottage, Mill Lane is the address",
        "The Laurels, Park Road was searched", "family moved to Plot 12, Oakfield Park", "Flat 9, Carlton Towers",
    ])
    func addressForms(text: String) {
        #expect(Self.kinds(text).contains(.address), "\(text)")
    }

    @Test("distances, friends and courts are not lower-case addresses", arguments: [
        "lives 2 miles down the road", "has 3 close friends in class", "a 20 minute walk to school", "2 family court hearings",
        "attended 2 very close", "High Court, Oxford Row heard it",
    ])
    func notAddresses(text: String) {
        #expect(!Self.kinds(text).contains(.address), "\(text)")
    }

    @Test("schools typed in lower case, and names holding 'Head' or 'Park'", arguments: [
        "on roll at greenfield primary academy", "excluded from ash grove high school", "nursery at brookside c of e primary",
        "dsl at st cuthbert's school called", "Birch Head Primary School shared nothing", "Lister Park High School rang",
    ])
    func schoolForms(text: String) {
        #expect(Self.kinds(text).contains(.school), "\(text)")
    }

    @Test("a school in general, in any case, names no school", arguments: [
        "went to the local high school", "moved to a new primary school", "after boxing club then high school",
        "the receiving secondary school was told", "Head of the Primary phase", "his previous primary academy",
    ])
    func notSchools(text: String) {
        #expect(!Self.kinds(text).contains(.school), "\(text)")
    }

    @Test("dates of birth in words, and a baby's age in weeks on a day", arguments: [
        "born on the fourteenth of June twenty eighteen", "birthday: the thirty-first of May two thousand and nine",
        "the baby (6 weeks on 2 Feb 2026) was unsettled", "new birth visit: baby 11 days on 9th March",
    ])
    func wordDates(text: String) {
        #expect(!Self.kinds(text).isDisjoint(with: [.dateOfBirth]), "\(text)")
    }

    @Test("a pre-birth meeting's date, an exclusion's length and a date in words without a birth are events", arguments: [
        "Pre-birth conference on 14/01/2026 at 30 weeks", "excluded for 5 days on 3rd March", "the fourteenth of June was the review",
        "complete the pre-birth assessment by 9 July 2026",
    ])
    func birthEvents(text: String) {
        #expect(Self.kinds(text).isDisjoint(with: [.dateOfBirth]), "\(text)")
    }

    @Test("a date or a time after a system's name is when, not which", arguments: [
        "CPOMS 12/02/2025 9am: no coat again", "Police log 0730hrs: shouting heard", "Mosaic 14/3 shows the visit",
    ])
    func datesAreNotReferences(text: String) {
        #expect(!Self.kinds(text).contains(.reference), "\(text)")
    }

    @Test("early help references, short log numbers with their date, spaced emails, lower-case 'st' streets", arguments: [
        ("opened as EH ref EH-44190", IdentifierFinding.Kind.reference), ("add log 512 of 02/05/2025 please", .reference),
        ("mum: lola.b @ yahoo . co . uk", .email), ("visit to 3a carr st, no answer", .address),
    ])
    func moreForms(text: String, kind: IdentifierFinding.Kind) {
        #expect(Self.kinds(text).contains(kind), "\(text)")
    }

    @Test("schools named with church words, or a lower-case name before a bare 'primary'; a medicine before 'Infant' is none", arguments: [
        ("On roll at Holy Family Catholic Primary", true), ("the DSL at beckfield primary rang", true), ("moved from ashbrook academy", true),
        ("takes Calpol Infant at night", false), ("went to sixth form college", false), ("joined a football academy", false),
    ])
    func churchAndBareSchools(text: String, school: Bool) {
        #expect(Self.kinds(text).contains(.school) == school, "\(text)")
    }

    @Test("an NI number without its last letter after a comma following the cue, or with the cue after it in the same clause", arguments: [
        "Mum's National Insurance number, JT 44 21 90, was on the referral", "PR 31 22 07 is dad's NI no. according to the DWP letter",
        "wr 10 45 88, his national insurance, was copied in",
    ])
    func niCueAround(text: String) {
        #expect(Self.kinds(text).contains(.niNumber), "\(text)")
    }

    @Test("six digits after two letters with no NI cue near, or the cue in another clause, are no NI number", arguments: [
        "room JT 44 21 90 was booked. The NI team was not told", "AB 12 34 56 was the locker used",
    ])
    func niCueFar(text: String) {
        #expect(!Self.kinds(text).contains(.niNumber), "\(text)")
    }

    @Test("a dispatch log's number straight after CAD, storm or occurrence counts even when it looks like a year; after other words it is a year", arguments: [
        ("CAD 1987 records the first call", true), ("see storm 2011 for the attendance", true), ("occurrence 2024 was linked", true),
        ("CAD in 2019 showed three calls", false), ("the Mosaic 2021 upgrade lost notes", false),
    ])
    func dispatchYears(text: String, reference: Bool) {
        #expect(Self.kinds(text).contains(.reference) == reference, "\(text)")
    }

    @Test("a school named in brackets after its kind, or by a church's name in lower case; a grade or a key stage in brackets is none", arguments: [
        ("moved to the pupil referral unit (Northgate House) in May", true), ("the PRU ( Beckside Centre ) offered mornings", true),
        ("a place at sacred heart primary from September", true), ("she starts at our lady college", true),
        ("his school (Ofsted Good) asked for help", false), ("the school (KS2) was informed", false), ("the PRU (see above) took him", false),
    ])
    func bracketedAndChurchSchools(text: String, school: Bool) {
        #expect(Self.kinds(text).contains(.school) == school, "\(text)")
    }

    // What a fifth cold corpus (independent-5) found on its first run; the
    // examples are written here, not taken from it.

    @Test("dates of birth with the month as a word between hyphens, or the year first with slashes or dots, after a birth's cue", arguments: [
        "DOB 3-Mar-2017 on the MASH form", "date of birth - 27-October-2009 per the GP", "youngest d.o.b. 9-sept-2020",
        "Dad's DOB 1986/11/30 was checked", "DOB 2018.04.07 (from the school census)", "Tyler (21-Jan-2014) was seen alone",
    ])
    func hyphenedAndYearFirstBirths(text: String) {
        #expect(Self.kinds(text).contains(.dateOfBirth), "\(text)")
    }

    @Test("those forms without a birth's cue are events", arguments: [
        "Strategy meeting held 3-Mar-2025 with police", "The plan was reviewed 2025/06/30 and closed", "Version 2024.1.3 of the form was used",
    ])
    func hyphenedEvents(text: String) {
        #expect(!Self.kinds(text).contains(.dateOfBirth), "\(text)")
    }

    @Test("NI numbers with their digits in threes", arguments: [
        "Mum's NI number is JT 204 871 B", "NINO: ce-590-213-a recorded on the benefit letter", "ZR 118 442 D was on the payslip",
    ])
    func niInThrees(text: String) {
        #expect(Self.kinds(text).contains(.niNumber), "\(text)")
    }

    @Test("a dispatch system's three-digit number straight after its name", arguments: [
        ("see storm 512 for the first call", true), ("CAD 207 was graded as an emergency", true), ("occurrence 388 linked the two", true),
        ("the log 512 return", false), ("Mosaic 207 shows", false),
    ])
    func shortDispatchNumbers(text: String, reference: Bool) {
        #expect(Self.kinds(text).contains(.reference) == reference, "\(text)")
    }

    @Test("a full postcode after a reference's words is a postcode", arguments: [
        "MASH contact: LS9 7QT is the refuge's", "Address on the police log: BD3 8HN",
    ])
    func postcodeAfterReferenceCue(text: String) {
        #expect(Self.kinds(text) == [.postcode], "\(text)")
    }

    @Test("addresses written so a machine would not read them, with any domain ending", arguments: [
        "mail went to tkerr88[at]mailbox[dot]lan", "from skater_boi (at) outlook.invalid", "use jj.dunne at hotmail dot example",
        "address: p_ward at inbox dot test",
    ])
    func obfuscatedAnyDomain(text: String) {
        #expect(Self.kinds(text).contains(.email), "\(text)")
    }

    @Test("'at' and 'dot' in prose with an unknown ending are no email", arguments: [
        "she was at home dot on time", "seen at clinic dot matrix printer", "mum at school.Then she left",
    ])
    func proseAtDot(text: String) {
        #expect(!Self.kinds(text).contains(.email), "\(text)")
    }

    @Test("an unknown surname before 'family' opening a sentence", arguments: [
        "The Quarmby family were known to early help", "The Dunkerley children were seen at home", "The Yarwoods household was visited",
    ])
    func familyAtSentenceStart(text: String) {
        #expect(Self.kinds(text).contains(.name), "\(text)")
    }

    @Test("an article opening a sentence before a team or a service is no family", arguments: [
        "The Harbour team were told", "The Willows centre was closed", "The Family Court agreed",
    ])
    func articleNotFamily(text: String) {
        #expect(!Self.kinds(text).contains(.name), "\(text)")
    }

    @Test("ten digits grouped any way just after 'NHS' are an NHS number; grouped so without the cue they are not", arguments: [
        ("NHS no. is 401 023 213 7 per the GP", true), ("NHS number: 40 10 23 21 37", true), ("nhs 4-0102-32137 on the letter", true),
        ("seen 401 023 213 7 times", false), ("scores 40 10 23 21 37 across the year", false),
    ])
    func nhsAnyGrouping(text: String, nhs: Bool) {
        #expect(Self.kinds(text).contains(.nhsNumber) == nhs, "\(text)")
    }

    @Test("an address at a mail provider with its ending left off is an email", arguments: [
        ("her email is tiggs_22@hotmail", true), ("reply went to R.Ashby@gmail by mistake", true),
        ("tagged @gmail in the post", false), ("the gmail account was closed", false),
    ])
    func providerWithoutEnding(text: String, email: Bool) {
        #expect(Self.kinds(text).contains(.email) == email, "\(text)")
    }

    // What a sixth cold corpus (independent-6) and its trial found; the examples are written here.

    @Test("a date with spaces and a four-digit year after a birth's cue; without one it is an event", arguments: [
        ("dob 4 11 2016 on the GP letter", true), ("Born 27 2 2021 at the LGI", true), ("Met on 4 11 2016 with the school", false),
    ])
    func spacedBirthDates(text: String, birth: Bool) {
        #expect(Self.kinds(text).contains(.dateOfBirth) == birth, "\(text)")
    }

    @Test("an NI number without its letter before '(NI)' in brackets", arguments: [
        "TM 52 80 17 (NI) was on the housing form", "mum gave JR 40 22 19 [NINO] at the desk",
    ])
    func niBeforeBracketedCue(text: String) {
        #expect(Self.kinds(text).contains(.niNumber), "\(text)")
    }

    @Test("a LADO reference is a reference; LADO alone before a number is not", arguments: [
        ("LADO ref 40927 was opened in May", true), ("the LADO referral 55120 closed", true), ("LADO met 3 times in 2024", false),
    ])
    func ladoReferences(text: String, reference: Bool) {
        #expect(Self.kinds(text).contains(.reference) == reference, "\(text)")
    }
}
