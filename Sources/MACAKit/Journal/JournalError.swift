/// A problem with a day's journal files.
public enum JournalError: UserFacingError, Equatable, Sendable {
    /// Another maca process is writing this file.
    case inUse(path: String)
    /// The file has a damaged record; it can be read but not written.
    case damaged([JournalDamage])
    /// Writing or syncing failed; the answer was not recorded.
    case writeFailed(path: String, reason: String)
    /// An earlier write failed, so this journal takes no more answers until it is opened again.
    case closedAfterFailure(path: String)
    case alreadyExists(path: String)
    case encodingFailed(path: String)
    /// The journal is signed, and this maca has no partnership key to sign with.
    case keyNeeded(path: String)
    /// The day's journals do not verify together (each sentence names its file).
    case dayFails([String])

    public var exitStatus: ExitStatus {
        switch self {
        case .inUse, .alreadyExists: .usage
        case .damaged, .encodingFailed, .dayFails: .data
        case .writeFailed, .closedAfterFailure: .io
        case .keyNeeded: .noInput
        }
    }

    public var description: String {
        switch self {
        case let .inUse(path):
            "\(path): another maca is writing this file; close it there first (one writer per file)"
        case let .damaged(damage):
            (damage.map(\.description) + ["the journal is damaged and was opened read-only; run 'maca verify' for details"])
                .joined(separator: "\n")
        case let .writeFailed(path, reason):
            "\(path): the answer was NOT saved: \(reason)"
        case let .closedAfterFailure(path):
            "\(path): an earlier write failed, so nothing more is written until the day is opened again"
        case let .alreadyExists(path):
            "\(path): already exists"
        case let .encodingFailed(path):
            "\(path): the answer could not be encoded as a record"
        case let .dayFails(problems):
            (problems + ["nothing was written to this day, because it does not verify; run 'maca verify' for details"]).joined(separator: "\n")
        case let .keyNeeded(path):
            "\(path): its records are signed with the partnership key, and there is no key here, so nothing can be added to it or beside it; "
                + "run maca as the user whose 'maca init' made the key ('maca paths' shows where the key is looked for)"
        }
    }
}

/// A record that is not what the chain says it should be.
public struct JournalDamage: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): \(message)" }
}
