import CSV
import Foundation

/// Every action point of a report's days, for the board's action plan and
/// for agencies that track actions in a spreadsheet.
public enum ActionTracker {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var date: String
        public var action: String
        public var agency: String
        public var leadRole: String
        public var due: String
        public var measure: String
        public var status: String
    }

    /// The actions in day order, then in the order they were agreed.
    public static func rows(_ report: ThemeReport) -> [Row] {
        report.inputs.days.flatMap { day in
            let section = day.template.section(.actionPoints)
            func field(_ action: ActionPoint, _ type: QuestionType, _ fallback: String) -> AnswerValue? {
                action.fields[fallback] ?? section?.questions.first { $0.type == type && action.fields[$0.id] != nil }.flatMap { action.fields[$0.id] }
            }
            return day.day.cases.flatMap(\.actions).map { action in
                var agency = ""
                if case let .choice(id)? = field(action, .agency, "lead-agency") { agency = report.agencyName(id) }
                var due = ""
                if case let .date(date)? = field(action, .date, "due-date") { due = date }
                return Row(
                    id: action.id, date: day.day.date ?? "", action: action.fields["action"]?.summary ?? "",
                    agency: agency, leadRole: action.fields["lead-role"]?.summary ?? "", due: due,
                    measure: action.fields["outcome-measure"]?.summary ?? "",
                    status: (report.actionProgress[action.id]?.status ?? .notStarted).rawValue.replacingOccurrences(of: "-", with: " ")
                )
            }
        }
    }

    /// RFC 4180 CSV with a header, CRLF line ends and a BOM, so Excel opens it as UTF-8.
    public static func csv(_ report: ThemeReport) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: ["Action id", "Audit day", "Action", "Owner agency", "Lead role", "Due", "Measure of success", "Status"])
        for row in rows(report) {
            try writer.write(row: [row.id, row.date, row.action, row.agency, row.leadRole, row.due, row.measure, row.status], quotedAtIndex: { _ in true })
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return Data() }
        return Data([0xEF, 0xBB, 0xBF]) + data
    }
}
