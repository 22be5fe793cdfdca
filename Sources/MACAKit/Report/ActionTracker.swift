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
        public var state: ActionStatus

        /// Due before `today` (yyyy-mm-dd) and not closed.
        public func isOverdue(today: String) -> Bool {
            !due.isEmpty && due < today && !state.isClosed
        }
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
                let state = report.actionProgress[action.id]?.status ?? .notStarted
                return Row(
                    id: action.id, date: day.day.date ?? "", action: action.fields["action"]?.summary ?? "",
                    agency: agency, leadRole: action.fields["lead-role"]?.summary ?? "", due: due,
                    measure: action.fields["outcome-measure"]?.summary ?? "",
                    status: state.rawValue.replacingOccurrences(of: "-", with: " "), state: state
                )
            }
        }
    }

    /// The action plan as CSV for spreadsheets.
    public static func csv(_ report: ThemeReport) throws -> Data {
        try SpreadsheetCSV.data(
            header: ["Action id", "Audit day", "Action", "Owner agency", "Lead role", "Due", "Measure of success", "Status"],
            rows: rows(report).map { [$0.id, $0.date, $0.action, $0.agency, $0.leadRole, $0.due, $0.measure, $0.status] }
        )
    }
}
