/// A problem in an audit template, located at `file:line`.
public struct TemplateError: UserFacingError, Equatable, Sendable {
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

/// Every problem found in one template file, in file order.
public struct TemplateErrors: UserFacingError, Equatable, Sendable {
    public var errors: [TemplateError]

    public init(_ errors: [TemplateError]) { self.errors = errors }

    public var exitStatus: ExitStatus { .data }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
