import CSV
import Foundation

/// CSV for spreadsheets: RFC 4180 through CSV.swift, CRLF line ends, every
/// data field quoted, and a BOM so Excel opens it as UTF-8.
public enum SpreadsheetCSV {
    public static func data(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row, quotedAtIndex: { _ in true }) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return Data() }
        return Data([0xEF, 0xBB, 0xBF]) + data
    }
}
