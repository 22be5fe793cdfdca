/// A problem in a file's contents (an audit template, a return form, the
/// partnership config), located at `file:line`.
public struct FileProblem: UserFacingError, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var message: String
    /// The character in the line where the problem is, from 1, when it is known to the character.
    public var column: Int?

    public init(file: String, line: Int?, message: String, column: Int? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.column = column
    }

    public var exitStatus: ExitStatus { .data }

    /// `file:line: message`, or `file:line:column: message`, as editors read it to go there.
    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): \(message)" }
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

extension FileProblem {
    /// Text from a file as a message quotes it: whole when short, else its
    /// start and an ellipsis, so a message never repeats a huge value.
    public static func excerpt(_ text: String, limit: Int = 60) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A count as a message writes it, in thousands whatever the locale: 262,144.
    public static func number(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in String(digits[max(0, end - 3)..<end]) }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}

/// Every problem found in one file, in file order.
public struct FileProblems: UserFacingError, Equatable, Sendable {
    public var errors: [FileProblem]

    public init(_ errors: [FileProblem]) { self.errors = errors }

    public var exitStatus: ExitStatus { .data }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
