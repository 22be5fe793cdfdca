/// The days in a sessions folder that are not closed, for `maca resume`.
public enum UnfinishedDays {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var folder: String
        public var title: String
        public var cases: Int
        /// When the last answer was recorded (UTC).
        public var lastAnswer: String
    }

    /// Unfinished days, most recently answered first. Damaged days are left out.
    public static func list(_ store: SessionStore) throws -> [Entry] {
        try store.foldedDays().compactMap { name, day -> Entry? in
            guard !day.isClosed, day.id != nil else { return nil }
            return Entry(name: name, folder: "\(store.directory)/\(name)", title: day.template?.id ?? "?", cases: day.cases.count, lastAnswer: day.lastActivity ?? "")
        }.sorted { $0.lastAnswer > $1.lastAnswer }
    }
}
