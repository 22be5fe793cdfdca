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

    public var exitStatus: ExitStatus {
        switch self {
        case .inUse, .alreadyExists: .usage
        case .damaged, .encodingFailed: .data
        case .writeFailed, .closedAfterFailure: .io
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
