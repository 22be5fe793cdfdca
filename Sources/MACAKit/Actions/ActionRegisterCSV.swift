import Foundation

/// The action tracker for spreadsheets.
public enum ActionRegisterCSV {
    public static func csv(_ register: ActionRegister, today: String) throws -> Data {
        try SpreadsheetCSV.data(
            header: ["Action id", "Theme", "Audit day", "Action", "Owner agency", "Lead role", "Due", "Measure of success", "Status", "Overdue", "Latest evidence", "Updated by"],
            rows: register.entries.map { entry in
                [
                    entry.id, entry.theme, entry.date, entry.action, entry.agency, entry.leadRole, entry.due, entry.measure,
                    entry.status.rawValue, entry.isOverdue(today: today) ? "yes" : "no", entry.latestEvidence, entry.updates.last?.update.by ?? "",
                ]
            }
        )
    }
}
