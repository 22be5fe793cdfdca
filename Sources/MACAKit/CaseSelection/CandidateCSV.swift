import CSV
import Foundation

/// A column maca reads from a candidate list. Every other column is ignored
/// and its values are never kept.
enum CandidateColumn: CaseIterable {
    case reference, age, ageBand, planType, agencies, lastInvolvement

    /// What the column is called in messages and the documentation.
    var title: String {
        switch self {
        case .reference: "case reference"
        case .age: "age"
        case .ageBand: "age band"
        case .planType: "plan type"
        case .agencies: "agencies"
        case .lastInvolvement: "last involvement"
        }
    }

    /// Header names accepted for the column, compared after
    /// ``CaseProfileTerms/normalised(_:)`` (case, spaces and punctuation ignored).
    var headers: [String] {
        switch self {
        case .reference: ["reference", "ref", "case ref", "case reference", "id", "case id", "case number"]
        case .age: ["age", "age years", "age in years", "current age"]
        case .ageBand: ["age band", "age group", "age range"]
        case .planType: ["plan type", "plan", "current plan", "plan status"]
        case .agencies: ["agencies", "agency", "agencies involved", "involved agencies", "agency involvement"]
        case .lastInvolvement: ["last involvement", "last involvement date", "date of last involvement"]
        }
    }

    init?(header: String) {
        let key = CaseProfileTerms.normalised(header)
        guard let column = Self.allCases.first(where: { $0.headers.map(CaseProfileTerms.normalised).contains(key) }) else { return nil }
        self = column
    }

    /// Headers that say a column holds who the child is, or free text that
    /// may name them: such a column is ignored like any other, and the
    /// facilitator is told why.
    static func identifies(_ header: String) -> Bool {
        let key = CaseProfileTerms.normalised(header)
        let exact: Set<String> = [
            "dob", "upn", "uln", "nino", "ninumber", "nhs", "nhsno", "nhsnumber", "gender", "sex", "ethnicity",
            "religion", "mobile", "dateofbirth", "birthdate", "uniquepupilnumber",
        ]
        let parts = [
            "name", "birth", "address", "postcode", "phone", "email", "nationalinsurance", "nhsnumber",
            "note", "comment", "description", "summary", "detail", "narrative",
        ]
        return exact.contains(key) || parts.contains { key.contains($0) }
    }
}

/// Reads one candidate list. Rows are numbered by the physical line they
/// start on, counting the line breaks inside quoted fields, so that
/// `candidates.csv:7` is line 7 in any text editor.
struct CandidateCSV {
    let file: String
    let terms: CaseProfileTerms

    /// A warning waiting to be written; the same problem on later lines is
    /// added to the first one rather than repeated.
    private struct Warning {
        var line: Int?
        var message: String
        var key: String?
        var laterLines: [Int] = []

        func text(file: String) -> String {
            let place = line.map { "\(file):\($0)" } ?? file
            let lines = laterLines.map(String.init).joined(separator: ", ")
            let also = laterLines.isEmpty ? "" : " (also line\(laterLines.count == 1 ? "" : "s") \(lines))"
            return "\(place): \(message)\(also)"
        }
    }

    private struct Columns {
        var index: [CandidateColumn: Int] = [:]
        var header: [CandidateColumn: String] = [:]
    }

    func read(_ text: String) throws(CandidateError) -> CandidateList {
        var body = text
        if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
        var line = 1
        var delimiter = Self.delimiter(guessedFrom: body)
        if let stated = Self.statedDelimiter(body) {
            // Excel's `sep=;` first line names the delimiter.
            delimiter = stated
            body = String(body.drop { !$0.isNewline }.dropFirst())
            line = 2
        }

        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw CandidateError(file: file, line: nil, message: "cannot be read as CSV")
        }

        var warnings: [Warning] = []
        var columns: Columns?
        var headerLine = line
        var candidates: [Candidate] = []
        var firstLine: [String: Int] = [:]

        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            let cells = row.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if cells.allSatisfy(\.isEmpty) { continue }

            guard let known = columns else {
                headerLine = rowLine
                columns = try readHeader(cells, line: rowLine, warnings: &warnings)
                continue
            }
            func cell(_ column: CandidateColumn) -> String {
                guard let index = known.index[column], index < cells.count else { return "" }
                return cells[index]
            }

            let ref = cell(.reference)
            guard !ref.isEmpty else {
                let header = known.header[.reference] ?? "case reference"
                throw CandidateError(
                    file: file, line: rowLine, message: "no case reference in column '\(header)'; every row needs one (or delete the row)"
                )
            }
            guard !ref.unicodeScalars.contains(where: CharacterSet.controlCharacters.contains) else {
                throw CandidateError(
                    file: file, line: rowLine, message: "the case reference holds a line break or a control character; a reference is one line of text"
                )
            }
            let key = ref.lowercased()
            if let first = firstLine[key] {
                warnings.append(Warning(line: rowLine, message: "case reference '\(ref)' repeats line \(first); the first is kept"))
                continue
            }
            firstLine[key] = rowLine

            func warn(_ message: String, key: String? = nil) {
                if let key, let index = warnings.firstIndex(where: { $0.key == key }) {
                    warnings[index].laterLines.append(rowLine)
                } else {
                    warnings.append(Warning(line: rowLine, message: message, key: key))
                }
            }
            var candidate = Candidate(ref: ref)
            candidate.ageBand = ageBand(band: cell(.ageBand), age: cell(.age), warn: warn)
            candidate.planType = planType(cell(.planType), warn: warn)
            candidate.agencies = agencies(cell(.agencies), warn: warn)
            candidate.lastInvolvement = date(cell(.lastInvolvement), warn: warn)
            candidates.append(candidate)
        }

        guard columns != nil else {
            throw CandidateError(
                file: file, line: nil, message: "is empty; a candidate list starts with a header row naming its columns, one of them 'Case reference'"
            )
        }
        if candidates.isEmpty {
            warnings.append(Warning(line: headerLine, message: "no candidates below the header row"))
        }
        return CandidateList(candidates: candidates, warnings: warnings.map { $0.text(file: file) })
    }

    // MARK: The header

    private func readHeader(_ cells: [String], line: Int, warnings: inout [Warning]) throws(CandidateError) -> Columns {
        var columns = Columns()
        var identifying: [String] = []
        var unused: [String] = []
        for (index, header) in cells.enumerated() where !header.isEmpty {
            guard let column = CandidateColumn(header: header) else {
                if CandidateColumn.identifies(header) { identifying.append(header) } else { unused.append(header) }
                continue
            }
            if let earlier = columns.header[column] {
                throw CandidateError(
                    file: file, line: line,
                    message: "columns '\(earlier)' and '\(header)' both give the \(column.title); keep one of them"
                )
            }
            columns.index[column] = index
            columns.header[column] = header
        }
        guard columns.index[.reference] != nil else {
            throw CandidateError(
                file: file, line: line,
                message: "the header row has no case reference column; name one 'Case reference', 'Reference', 'Ref', 'Case ref' or 'ID'"
            )
        }
        if !identifying.isEmpty {
            warnings.append(Warning(
                line: nil,
                message: "\(Self.columnList(identifying)) ignored: maca stores case references only"
            ))
        }
        if !unused.isEmpty {
            let read = CandidateColumn.allCases.map(\.title).joined(separator: ", ")
            warnings.append(Warning(line: nil, message: "\(Self.columnList(unused)) not used, so ignored (maca reads: \(read))"))
        }
        if terms.ageBands.isEmpty, let header = columns.header[.age] ?? columns.header[.ageBand] {
            warnings.append(Warning(line: line, message: "the template asks no age band, so column '\(header)' is ignored"))
        }
        if terms.planTypes.isEmpty, let header = columns.header[.planType] {
            warnings.append(Warning(line: line, message: "the template asks no plan type, so column '\(header)' is ignored"))
        }
        return columns
    }

    /// `column 'Name' is` or `columns 'Name', 'DOB' are`.
    private static func columnList(_ headers: [String]) -> String {
        let quoted = headers.map { "'\($0)'" }.joined(separator: ", ")
        return headers.count == 1 ? "column \(quoted) is" : "columns \(quoted) are"
    }

    // MARK: Cells

    private func ageBand(band: String, age: String, warn: (String, String?) -> Void) -> String? {
        guard !terms.ageBands.isEmpty else { return nil }
        let ids = terms.ageBands.map(\.id).joined(separator: ", ")
        var fromBand: String?
        if !band.isEmpty {
            fromBand = terms.ageBand(named: band)
            if fromBand == nil {
                warn("age band '\(band)' is not one of the template's (\(ids)); left blank", "age band \(CaseProfileTerms.normalised(band))")
            }
        }
        guard !age.isEmpty else { return fromBand }
        switch terms.ageBand(forAge: age) {
        case let .band(id):
            if let fromBand, fromBand != id {
                warn("age '\(age)' is not in age band '\(band)'; the age band is kept", nil)
                return fromBand
            }
            return id
        case let .outsideEveryBand(years):
            if fromBand == nil {
                warn("age '\(age)' is outside every age band (\(ids)); left blank", "age \(years)")
            }
        case .notAnAge:
            if fromBand == nil {
                warn("age '\(age)' is not a number of years; left blank", "age \(CaseProfileTerms.normalised(age))")
            }
        }
        return fromBand
    }

    private func planType(_ text: String, warn: (String, String?) -> Void) -> String? {
        guard !text.isEmpty, !terms.planTypes.isEmpty else { return nil }
        if let id = terms.planType(named: text) { return id }
        let ids = terms.planTypes.map(\.id).joined(separator: ", ")
        warn("plan type '\(text)' is not one of the template's (\(ids)); left blank", "plan \(CaseProfileTerms.normalised(text))")
        return nil
    }

    private func agencies(_ text: String, warn: (String, String?) -> Void) -> [String] {
        var ids: [String] = []
        for name in CaseProfileTerms.agencyNames(in: text) {
            if let id = terms.agency(named: name) {
                if !ids.contains(id) { ids.append(id) }
            } else {
                let known = terms.agencies.map(\.id).joined(separator: ", ")
                warn("agency '\(name)' is not one of the template's (\(known)); dropped", "agency \(CaseProfileTerms.normalised(name))")
            }
        }
        return ids
    }

    private func date(_ text: String, warn: (String, String?) -> Void) -> String? {
        guard !text.isEmpty else { return nil }
        if let date = Self.isoDate(text) { return date }
        warn("last involvement '\(text)' is not a date (yyyy-mm-dd or dd/mm/yyyy); left blank", nil)
        return nil
    }

    // MARK: Text

    /// `2026-03-14`, `14/03/2026`, `14-3-2026` or `14.03.2026` as `2026-03-14`;
    /// a time after the date (as spreadsheets add) is dropped.
    static func isoDate(_ text: String) -> String? {
        let day = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? text
        let parts = day.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        let (year, month, date): (Int, Int, Int)
        if parts[0].count == 4 {
            (year, month, date) = (numbers[0], numbers[1], numbers[2])
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            (year, month, date) = (numbers[2], numbers[1], numbers[0])
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(date) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, date)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Line breaks inside a field: `\r\n`, `\n` and a lone `\r` are one each.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n" {
                if !afterCR { count += 1 }
                afterCR = false
            } else {
                afterCR = scalar == "\r"
                if afterCR { count += 1 }
            }
        }
        return count
    }

    /// The `X` of a first line `sep=X`, as Excel writes it.
    private static func statedDelimiter(_ text: String) -> UnicodeScalar? {
        let first = Array(text.prefix { !$0.isNewline }.unicodeScalars)
        guard first.count == 5, String(String.UnicodeScalarView(first.prefix(4))).lowercased() == "sep=" else { return nil }
        return first[4]
    }

    /// Commas, unless the first line has none and does have semicolons (as
    /// Excel writes in some locales) or tabs.
    private static func delimiter(guessedFrom text: String) -> UnicodeScalar {
        let line = text.drop { $0.isNewline }.prefix { !$0.isNewline }
        var counts: [UnicodeScalar: Int] = [:]
        var quoted = false
        for scalar in line.unicodeScalars {
            if scalar == "\"" { quoted.toggle() } else if !quoted { counts[scalar, default: 0] += 1 }
        }
        let commas = counts[",", default: 0]
        let tabs = counts["\t", default: 0]
        let semicolons = counts[";", default: 0]
        guard commas == 0, tabs + semicolons > 0 else { return "," }
        return tabs >= semicolons ? "\t" : ";"
    }
}
