import CSV
import Foundation

/// CSV for spreadsheets, and the one way any text reaches one: RFC 4180
/// through CSV.swift, CRLF line ends, every data field quoted, a BOM so Excel
/// opens it as UTF-8, and every cell neutralised against formula injection.
public enum SpreadsheetCSV {
    public static func data(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: header.map(cell))
        for row in rows { try writer.write(row: row.map(cell), quotedAtIndex: { _ in true }) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return Data() }
        return Data([0xEF, 0xBB, 0xBF]) + data
    }

    /// A cell a spreadsheet shows as text, never runs as a formula (OWASP,
    /// "CSV Injection"): one whose first character, after any spaces, is
    /// `=`, `+`, `-`, `@`, a tab or a carriage return, or the full-width
    /// ＝ ＋ － ＠ that some spreadsheets read as the same, gets a leading
    /// apostrophe. Excel, LibreOffice and Google Sheets take `'` as "this is
    /// text". So `=HYPERLINK(…)` arrives as `'=HYPERLINK(…)`, and a
    /// legitimate `-` or `-2` too: none of maca's columns holds a negative
    /// number (counts, dates and ids never start with a minus), so the rule
    /// has no exception to get wrong. Idempotent: a neutralised cell starts
    /// with `'`, which is not a trigger.
    public static func cell(_ value: String) -> String {
        guard let first = value.unicodeScalars.first(where: { $0 != " " }), triggers.contains(first) else { return value }
        return "'" + value
    }

    /// The characters that make a spreadsheet read a cell as a formula.
    public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]
}
