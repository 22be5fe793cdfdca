import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Candidate lists: reading a case system's CSV export")
struct CandidateListTests {
    typealias Fixtures = CandidateFixtures
    static let agencyIDs = "csc, early-help, police, health-gp, health-hv-sn, health-acute, health-mh, education, probation, housing, drug-alcohol"

    // MARK: Columns

    @Test("the reference column may be called any of its names", arguments: [
        "Case reference", "reference", "REF", "Case ref", "ID", "case_ref", "Case-Reference", "  Case Reference ",
    ])
    func referenceHeader(header: String) throws {
        let list = try Fixtures.parse("\"\(header)\"\nCAND-0001\n")
        #expect(list.candidates == [Candidate(ref: "CAND-0001")])
        #expect(list.warnings.isEmpty)
    }

    @Test("every column may be called any of its names", arguments: [
        ("Age", "3", Candidate(ref: "CAND-0001", ageBand: "0-4")),
        ("age_years", "12", Candidate(ref: "CAND-0001", ageBand: "11-15")),
        ("Age band", "5-10", Candidate(ref: "CAND-0001", ageBand: "5-10")),
        ("AGE-GROUP", "16 or 17", Candidate(ref: "CAND-0001", ageBand: "16-17")),
        ("Plan type", "child-in-need", Candidate(ref: "CAND-0001", planType: "child-in-need")),
        ("plan", "CP", Candidate(ref: "CAND-0001", planType: "child-protection")),
        ("Agencies", "police", Candidate(ref: "CAND-0001", agencies: ["police"])),
        ("Agencies involved", "Police", Candidate(ref: "CAND-0001", agencies: ["police"])),
        ("agency", "Housing", Candidate(ref: "CAND-0001", agencies: ["housing"])),
        ("Last involvement", "2026-03-14", Candidate(ref: "CAND-0001", lastInvolvement: "2026-03-14")),
        ("Last_Involvement_Date", "14/03/2026", Candidate(ref: "CAND-0001", lastInvolvement: "2026-03-14")),
    ])
    func columnHeaders(header: String, value: String, expected: Candidate) throws {
        let list = try Fixtures.parse("Ref,\(header)\nCAND-0001,\(value)\n")
        #expect(list.candidates == [expected])
        #expect(list.warnings.isEmpty, "\(list.warnings)")
    }

    @Test("a whole row is read into one candidate, the column order does not matter")
    func wholeRow() throws {
        let text = """
            Last involvement,Agencies involved,Plan type,Age,Case reference
            30/09/2026,"csc; police; health-hv-sn",Child protection plan,2,CAND-0007
            """
        let list = try Fixtures.parse(text)
        #expect(list.candidates == [
            Candidate(ref: "CAND-0007", ageBand: "0-4", planType: "child-protection", agencies: ["csc", "police", "health-hv-sn"], lastInvolvement: "2026-09-30"),
        ])
    }

    // MARK: Ages and age bands

    @Test("an age in years goes to the band whose id holds it", arguments: [
        ("0", "0-4"), ("4", "0-4"), ("5", "5-10"), ("10", "5-10"), ("11", "11-15"), ("15", "11-15"), ("16", "16-17"),
        ("17", "16-17"), ("7 years", "5-10"), ("12.5", "11-15"), ("8 months", "0-4"), ("unborn", "0-4"), ("04", "0-4"),
    ])
    func ageToBand(age: String, band: String) throws {
        let list = try Fixtures.parse("Ref,Age\nCAND-0001,\(age)\n")
        #expect(list.candidates.first?.ageBand == band)
        #expect(list.warnings.isEmpty)
    }

    @Test("an age outside every band is left blank with a warning on its line")
    func ageOutsideBands() throws {
        let list = try Fixtures.parse("Ref,Age\nCAND-0001,3\nCAND-0002,19\n")
        #expect(list.candidates.map(\.ageBand) == ["0-4", nil])
        #expect(list.warnings == ["candidates.csv:3: age '19' is outside every age band (0-4, 5-10, 11-15, 16-17); left blank"])
    }

    @Test("an age that is not a number is left blank with a warning")
    func ageNotANumber() throws {
        let list = try Fixtures.parse("Ref,Age\nCAND-0001,about three\n")
        #expect(list.candidates.first?.ageBand == nil)
        #expect(list.warnings == ["candidates.csv:2: age 'about three' is not a number of years; left blank"])
    }

    @Test("an age band is read from its id, its label or a range, in any case", arguments: [
        ("0-4", "0-4"), ("11-15", "11-15"), ("0 to 4 (baby, toddler or pre-school)", "0-4"), ("16 OR 17", "16-17"),
        ("5 to 10", "5-10"), ("11 – 15", "11-15"), ("9", "5-10"),
    ])
    func ageBandColumn(cell: String, band: String) throws {
        let list = try Fixtures.parse("Ref,Age band\nCAND-0001,\"\(cell)\"\n")
        #expect(list.candidates.first?.ageBand == band)
        #expect(list.warnings.isEmpty)
    }

    @Test("an age band column wins over an age that disagrees, with a warning")
    func ageBandAndAge() throws {
        let list = try Fixtures.parse("Ref,Age,Age band\nCAND-0001,12,0-4\nCAND-0002,3,0-4\nCAND-0003,7,teen\n")
        #expect(list.candidates.map(\.ageBand) == ["0-4", "0-4", "5-10"])
        #expect(list.warnings == [
            "candidates.csv:2: age '12' is not in age band '0-4'; the age band is kept",
            "candidates.csv:4: age band 'teen' is not one of the template's (0-4, 5-10, 11-15, 16-17); left blank",
        ])
    }

    // MARK: Plan types

    @Test("plan types are read from ids, labels and the usual abbreviations", arguments: [
        ("child-protection", "child-protection"), ("Child protection plan", "child-protection"), ("CP", "child-protection"),
        ("cpp", "child-protection"), ("CIN", "child-in-need"), ("Child In Need", "child-in-need"), ("child_in_need", "child-in-need"),
        ("LAC", "looked-after"), ("CLA", "looked-after"), ("Looked After Child", "looked-after"), ("looked after", "looked-after"),
        ("EH", "early-help"), ("Early Help", "early-help"), ("No plan", "none"), ("none", "none"),
    ])
    func planSynonyms(cell: String, plan: String) throws {
        let list = try Fixtures.parse("Ref,Plan type\nCAND-0001,\(cell)\n")
        #expect(list.candidates.first?.planType == plan)
        #expect(list.warnings.isEmpty)
    }

    @Test("an unknown plan type is left blank, warned once with every line it is on")
    func unknownPlan() throws {
        let list = try Fixtures.parse("Ref,Plan\nCAND-0001,Section 47\nCAND-0002,CP\nCAND-0003,section 47\n")
        #expect(list.candidates.map(\.planType) == [nil, "child-protection", nil])
        #expect(list.warnings == [
            "candidates.csv:2: plan type 'Section 47' is not one of the template's (early-help, child-in-need, child-protection, looked-after, none); left blank (also line 4)",
        ])
    }

    // MARK: Agencies

    @Test("agencies are split at ; | and , and matched by id, name or common name")
    func agencySeparators() throws {
        let text = """
            Ref,Agencies
            CAND-0001,"Police; GP | Education, CAMHS"
            CAND-0002,"Acute hospital (emergency department, paediatrics, maternity); csc"
            CAND-0003,"CSC;children's social care;Health Visiting and School Nursing"
            """
        let list = try Fixtures.parse(text)
        #expect(list.candidates.map(\.agencies) == [
            ["police", "health-gp", "education", "health-mh"],
            ["health-acute", "csc"],
            ["csc", "health-hv-sn"],
        ])
        #expect(list.warnings.isEmpty)
    }

    @Test("an unknown agency is dropped and warned once, naming every line and the template's agencies")
    func unknownAgency() throws {
        let list = try Fixtures.parse("Ref,Agencies\nCAND-0001,Police;Youth club\nCAND-0002,youth club\nCAND-0003,Youth Club;Housing\n")
        #expect(list.candidates.map(\.agencies) == [["police"], [], ["housing"]])
        #expect(list.warnings == [
            "candidates.csv:2: agency 'Youth club' is not one of the template's (\(Self.agencyIDs)); dropped (also lines 3, 4)",
        ])
    }

    // MARK: Dates

    @Test("last involvement is kept as yyyy-mm-dd", arguments: [
        ("2026-03-14", "2026-03-14"), ("14/03/2026", "2026-03-14"), ("4/3/2026", "2026-03-04"), ("14/03/2026 00:00", "2026-03-14"),
        ("29/02/2028", "2028-02-29"), ("14.03.2026", "2026-03-14"),
    ])
    func dates(cell: String, date: String) throws {
        let list = try Fixtures.parse("Ref,Last involvement\nCAND-0001,\(cell)\n")
        #expect(list.candidates.first?.lastInvolvement == date)
        #expect(list.warnings.isEmpty)
    }

    @Test("a date that is not one is left blank with a warning", arguments: ["31/02/2026", "03/14/2026", "last spring", "29/02/2026", "14/03/26"])
    func badDates(cell: String) throws {
        let list = try Fixtures.parse("Ref,Last involvement\nCAND-0001,\(cell)\n")
        #expect(list.candidates.first?.lastInvolvement == nil)
        #expect(list.warnings == ["candidates.csv:2: last involvement '\(cell)' is not a date (yyyy-mm-dd or dd/mm/yyyy); left blank"])
    }

    // MARK: What is never kept

    @Test("a name, a date of birth and other identifying columns are never kept anywhere in the result")
    func identifyingColumnsIgnored() throws {
        let text = """
            Name,DOB,Case reference,Address,NHS number,Age,Plan type,Notes
            Zephyrina Testcase,01/02/2021,CAND-0001,"1 Invented Row, Nowhere Town",999 000 1111,5,CP,"Mum Quillonia says Zephyrina is fine"
            Orlan Madeupson,05/05/2009,CAND-0002,2 Fictional Lane,999 000 2222,16,EH,
            """
        let list = try Fixtures.parse(text)
        #expect(list.candidates == [
            Candidate(ref: "CAND-0001", ageBand: "5-10", planType: "child-protection"),
            Candidate(ref: "CAND-0002", ageBand: "16-17", planType: "early-help"),
        ])
        #expect(list.warnings == ["candidates.csv: columns 'Name', 'DOB', 'Address', 'NHS number', 'Notes' are ignored: maca stores case references only"])
        let everything = String(reflecting: list) + list.warnings.joined() + list.candidates.map { String(reflecting: $0) }.joined()
        for value in ["Zephyrina", "Testcase", "01/02/2021", "2021", "Invented Row", "Nowhere", "999 000", "Quillonia", "Orlan", "Madeupson", "05/05/2009", "Fictional"] {
            #expect(!everything.contains(value), "'\(value)' was kept")
        }
    }

    @Test("a column maca does not read is ignored with one warning naming the columns it reads")
    func unusedColumn() throws {
        let list = try Fixtures.parse("Ref,Team,Plan type\nCAND-0001,North,CP\n")
        #expect(list.candidates == [Candidate(ref: "CAND-0001", planType: "child-protection")])
        #expect(list.warnings == [
            "candidates.csv: column 'Team' is not used, so ignored (maca reads: case reference, age, age band, plan type, agencies, last involvement)",
        ])
        #expect(!String(reflecting: list).contains("North"))
    }

    // MARK: The file itself

    @Test("Excel's byte order mark does not hide the first column")
    func byteOrderMark() throws {
        let list = try Fixtures.parse("\u{FEFF}Case reference,Age\r\nCAND-0001,3\r\n")
        #expect(list.candidates == [Candidate(ref: "CAND-0001", ageBand: "0-4")])
        #expect(list.warnings.isEmpty)
    }

    @Test("quoted fields keep their commas and line breaks, and line numbers count the breaks")
    func quotedFields() throws {
        let text = "Ref,Agencies,Notes\n"
            + "CAND-0001,\"Police, Education\",\"first line\nsecond, with a comma\nthird\"\n"
            + "CAND-0002,\"Youth club\",\n"
            + "\"CAND-0001\",Housing,\"a\r\nb\"\n"
            + "CAND-0003,Housing,\n"
            + ",Police,\n"
        do throws(CandidateError) {
            _ = try Fixtures.parse(text)
            Issue.record("a row without a reference was accepted")
        } catch {
            #expect(error == CandidateError(
                file: "candidates.csv", line: 9,
                message: "no case reference in column 'Ref'; every row needs one (or delete the row)"
            ))
        }
        let list = try Fixtures.parse(String(text.dropLast(",Police,\n".count)))
        #expect(list.candidates.map(\.ref) == ["CAND-0001", "CAND-0002", "CAND-0003"])
        #expect(list.candidates.first?.agencies == ["police", "education"])
        #expect(list.warnings.contains { $0.hasPrefix("candidates.csv:5: agency 'Youth club'") })
        #expect(list.warnings.contains("candidates.csv:6: case reference 'CAND-0001' repeats line 2; the first is kept"))
    }

    @Test("an Excel export with a BOM, CRLF lines, quoted line breaks and a name column is read from disk")
    func excelExport() throws {
        let path = "\(Fixtures.folder)/excel-export.csv"
        let list = try CandidateList.load(path: path, template: Fixtures.neglect)
        #expect(list.candidates == [
            Candidate(ref: "CAND-0001", ageBand: "5-10", planType: "child-protection", agencies: ["police", "health-gp"], lastInvolvement: "2026-03-14"),
            Candidate(ref: "CAND-0002", ageBand: "11-15", planType: "child-in-need", agencies: ["education"], lastInvolvement: "2026-01-02"),
            Candidate(ref: "CAND-0003", ageBand: "0-4", planType: "looked-after", agencies: ["health-hv-sn", "csc"], lastInvolvement: "2026-04-30"),
            Candidate(ref: "CAND-0004", ageBand: "16-17", planType: "early-help", agencies: ["housing"]),
        ])
        #expect(list.warnings == [
            "\(path): columns 'Name', 'DOB', 'Notes' are ignored: maca stores case references only",
            "\(path):4: agency 'Youth club' is not one of the template's (\(Self.agencyIDs)); dropped",
        ])
        let everything = String(reflecting: list)
        for value in ["Zephyrina", "Quillon", "Marigold", "Orlan", "foster carers", "01/02/2021"] {
            #expect(!everything.contains(value))
        }
    }

    @Test("Excel's plain CSV (Windows-1252) is read, with a warning")
    func windows1252() throws {
        let path = "\(Fixtures.folder)/windows-1252.csv"
        let list = try CandidateList.load(path: path, template: Fixtures.neglect)
        #expect(list.candidates.map(\.planType) == ["child-protection", "child-in-need"])
        #expect(list.warnings.first?.hasPrefix("\(path): not UTF-8 text; read as Windows-1252") == true)
    }

    @Test("semicolons or tabs are read when the header has no commas, and Excel's sep= line is obeyed", arguments: [
        ("Ref;Age;Agencies\nCAND-0001;3;Police, GP\n", 2),
        ("Ref\tAge\tAgencies\nCAND-0001\t3\tPolice; GP\n", 2),
        ("sep=;\nRef;Age;Agencies\nCAND-0001;3;Police, GP\n", 3),
    ])
    func otherDelimiters(text: String, rowLine: Int) throws {
        let list = try Fixtures.parse(text + "CAND-0001\n")
        #expect(list.candidates == [Candidate(ref: "CAND-0001", ageBand: "0-4", agencies: ["police", "health-gp"])])
        #expect(list.warnings == ["candidates.csv:\(rowLine + 1): case reference 'CAND-0001' repeats line \(rowLine); the first is kept"])
    }

    @Test("old Mac line endings (a lone CR) count as lines too")
    func carriageReturns() throws {
        let list = try Fixtures.parse("Ref,Notes\rCAND-0001,\"one\rtwo\"\r,\rCAND-0001,\r")
        #expect(list.candidates == [Candidate(ref: "CAND-0001")])
        #expect(list.warnings.last == "candidates.csv:5: case reference 'CAND-0001' repeats line 2; the first is kept")
    }

    // MARK: Errors and warnings about rows

    @Test("a list without a reference column is refused at its header line")
    func missingReferenceColumn() {
        #expect(throws: CandidateError(
            file: "candidates.csv", line: 1,
            message: "the header row has no case reference column; name one 'Case reference', 'Reference', 'Ref', 'Case ref' or 'ID'"
        )) {
            try Fixtures.parse("Name,Age,Plan type\nZephyrina Testcase,3,CP\n")
        }
        // Blank lines above the header move it down.
        #expect(throws: CandidateError.self) { try Fixtures.parse("\n\nAge,Plan\n3,CP\n") }
        do throws(CandidateError) {
            _ = try Fixtures.parse("\n\nAge,Plan\n3,CP\n")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("candidates.csv:3: the header row has no case reference column"))
            #expect(error.exitStatus == .data)
        }
    }

    @Test("the error for a missing reference column does not repeat the first row, which may be a child's details")
    func missingReferenceDoesNotEcho() throws {
        do throws(CandidateError) {
            _ = try Fixtures.parse("Zephyrina Testcase,3,CP\n")
            Issue.record("a list without a header was accepted")
        } catch {
            #expect(!error.description.contains("Zephyrina"))
        }
    }

    @Test("a row with no reference is refused with its line")
    func emptyReference() {
        #expect(throws: CandidateError(
            file: "candidates.csv", line: 3,
            message: "no case reference in column 'Case ref'; every row needs one (or delete the row)"
        )) {
            try Fixtures.parse("Case ref,Age\nCAND-0001,3\n  ,4\n")
        }
    }

    @Test("a reference over two lines is refused: it could not be typed or shown as one")
    func referenceWithLineBreak() {
        #expect(throws: CandidateError(
            file: "candidates.csv", line: 3,
            message: "the case reference holds a line break or a control character; a reference is one line of text"
        )) {
            try Fixtures.parse("Ref,Age\nCAND-0001,3\n\"CAND\n0002\",4\n")
        }
    }

    @Test("blank rows, such as Excel leaves at the end, are skipped")
    func blankRows() throws {
        let list = try Fixtures.parse("Ref,Age\n\nCAND-0001,3\n,\n , \n")
        #expect(list.candidates == [Candidate(ref: "CAND-0001", ageBand: "0-4")])
        #expect(list.warnings.isEmpty)
    }

    @Test("a repeated reference is warned about, in any case, and the first row kept")
    func duplicateReference() throws {
        let list = try Fixtures.parse("Ref,Age\nCAND-0001,3\nCAND-0002,7\ncand-0001,12\n")
        #expect(list.candidates == [Candidate(ref: "CAND-0001", ageBand: "0-4"), Candidate(ref: "CAND-0002", ageBand: "5-10")])
        #expect(list.warnings == ["candidates.csv:4: case reference 'cand-0001' repeats line 2; the first is kept"])
    }

    @Test("two columns for the same thing are refused")
    func duplicateColumns() {
        #expect(throws: CandidateError(
            file: "candidates.csv", line: 1, message: "columns 'Ref' and 'Case reference' both give the case reference; keep one of them"
        )) {
            try Fixtures.parse("Ref,Case reference\nCAND-0001,CAND-0001\n")
        }
    }

    @Test("an empty file is refused; a header alone gives no candidates and says so")
    func emptyLists() throws {
        #expect(throws: CandidateError.self) { try Fixtures.parse("") }
        #expect(throws: CandidateError.self) { try Fixtures.parse("\u{FEFF}\r\n\r\n") }
        let list = try Fixtures.parse("Case reference,Age\n")
        #expect(list.candidates.isEmpty)
        #expect(list.warnings == ["candidates.csv:1: no candidates below the header row"])
    }

    @Test("a missing file is a file error, not a data error")
    func missingFile() {
        #expect(throws: FileError.notFound(path: "/nonexistent/candidates.csv", what: "candidate list")) {
            try CandidateList.load(path: "/nonexistent/candidates.csv", template: Fixtures.neglect)
        }
    }

    @Test("the shipped example list reads without warnings and spreads over every age band and plan type")
    func shippedExample() throws {
        let list = try CandidateList.load(path: "\(packageRoot)/examples/candidates.csv", template: Fixtures.neglect)
        #expect(list.warnings == [])
        #expect(list.candidates.count >= 20)
        #expect(Set(list.candidates.compactMap(\.ageBand)) == ["0-4", "5-10", "11-15", "16-17"])
        #expect(Set(list.candidates.compactMap(\.planType)).isSuperset(of: ["early-help", "child-in-need", "child-protection", "looked-after"]))
        #expect(list.candidates.allSatisfy { !$0.agencies.isEmpty && $0.lastInvolvement != nil })
    }

    @Test("a candidate is found by reference in any case")
    func findByReference() throws {
        let list = try Fixtures.parse("Ref\nCAND-0001\nCAND-0002\n")
        #expect(list.candidate("cand-0002")?.ref == "CAND-0002")
        #expect(list.candidate("CAND-0003") == nil)
    }
}
