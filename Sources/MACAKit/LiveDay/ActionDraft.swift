import Foundation

/// An action point being typed, kept beside the journals as each of its
/// fields is accepted, so a session that dies mid-way (kill -9, a closed
/// terminal, the input ended) loses none of it: `.action-draft.json` in the
/// day's folder, owner-only like the journals, and never part of the day.
/// Its text has been through the identifier guard (what it found replaced by
/// placeholders) before it is written. It is removed when the action is
/// saved or abandoned.
public struct ActionDraft: Codable, Sendable, Equatable {
    public static let fileName = ".action-draft.json"

    /// The case the action point is for.
    public var ref: String
    /// The fields accepted so far, by question id.
    public var fields: [String: AnswerValue]
    /// The optional fields the room passed over (Enter), so a draft taken up
    /// again goes on after them instead of asking them again. Absent in a
    /// draft written before this was kept.
    public var passed: [String]?

    public init(ref: String, fields: [String: AnswerValue], passed: [String] = []) {
        self.ref = ref
        self.fields = fields
        self.passed = passed.isEmpty ? nil : passed
    }

    public static func path(in folder: String) -> String { "\(folder)/\(fileName)" }

    /// The draft in a day's folder; nil when there is none, or it cannot be read
    /// (a draft is a convenience: a damaged one is never a reason to stop).
    public static func read(in folder: String) -> ActionDraft? {
        guard let data = FileManager.default.contents(atPath: path(in: folder)) else { return nil }
        return try? JSONDecoder().decode(ActionDraft.self, from: data)
    }

    /// Writes the draft, its text first through `guardian` (each identifier
    /// replaced by its placeholder), owner-only and whole or not at all.
    public func write(in folder: String, guardian: IdentifierGuard) throws(FileError) {
        let guarded = ActionDraft(ref: ref, fields: fields.mapValues { guardian.redact($0) }, passed: passed ?? [])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(guarded)) ?? Data()
        try OwnerOnlyFiles.writeAtomically(data, to: Self.path(in: folder))
    }

    public static func remove(in folder: String) {
        try? FileManager.default.removeItem(atPath: path(in: folder))
    }
}
