import CSV
import Foundation

/// The action tracker for spreadsheets: RFC 4180, CRLF, a BOM so Excel reads UTF-8.
public enum ActionRegisterCSV {
    public static func csv(_ register: ActionRegister, today: String) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: ["Action id", "Theme", "Audit day", "Action", "Owner agency", "Lead role", "Due", "Measure of success", "Status", "Overdue", "Latest evidence", "Updated by"])
        for entry in register.entries {
            try writer.write(row: [
                entry.id, entry.theme, entry.date, entry.action, entry.agency, entry.leadRole, entry.due, entry.measure,
                entry.status.rawValue, entry.isOverdue(today: today) ? "yes" : "no", entry.latestEvidence, entry.updates.last?.update.by ?? "",
            ], quotedAtIndex: { _ in true })
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return Data() }
        return Data([0xEF, 0xBB, 0xBF]) + data
    }
}
