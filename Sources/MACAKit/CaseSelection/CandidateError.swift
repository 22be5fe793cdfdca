/// A problem in a candidate list (`file:line`) or in a filter typed at the
/// REPL (no file): a sentence naming what is wrong and what would be right.
public struct CandidateError: UserFacingError, Equatable, Sendable {
    /// The candidate list, or nil for a typed filter.
    public var file: String?
    /// The physical line where the row starts (the header is line 1).
    public var line: Int?
    public var message: String

    public init(file: String?, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var exitStatus: ExitStatus { .data }

    public var description: String {
        switch (file, line) {
        case let (file?, line?): "\(file):\(line): \(message)"
        case let (file?, nil): "\(file): \(message)"
        case (nil, _): message
        }
    }
}
