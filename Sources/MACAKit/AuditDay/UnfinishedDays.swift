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

    /// A day that is not closed (as far as its records can be read) but is
    /// damaged, so it cannot be carried on: listed, never hidden.
    public struct Damaged: Sendable, Equatable {
        public var name: String
        public var problem: String
    }

    /// Damaged days that were not closed, by name, each with its first problem.
    public static func damaged(_ store: SessionStore) throws -> [Damaged] {
        try store.dayFolders().compactMap { name -> Damaged? in
            let folder = "\(store.directory)/\(name)"
            guard let verification = try? DayVerification.check(folder: folder, signer: store.signer, witness: store.witness) else {
                return Damaged(name: name, problem: "\(folder): cannot be read")
            }
            let broken = verification.journals.contains(where: \.isDamaged) || !verification.dayProblems.isEmpty
            guard broken, !DayFold.fold(verification.journals).isClosed else { return nil }
            return Damaged(name: name, problem: verification.problems.first ?? "damaged")
        }
    }
}

