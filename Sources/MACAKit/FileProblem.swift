/// A problem in a file's contents (an audit template, a return form, the
/// partnership config), located at `file:line`.
public struct FileProblem: UserFacingError, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var exitStatus: ExitStatus { .data }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Every problem found in one file, in file order.
public struct FileProblems: UserFacingError, Equatable, Sendable {
    public var errors: [FileProblem]

    public init(_ errors: [FileProblem]) { self.errors = errors }

    public var exitStatus: ExitStatus { .data }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
