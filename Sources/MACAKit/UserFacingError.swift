/// How a failure should end the process, following sysexits(3).
public enum ExitStatus: Int32, Sendable {
    /// The command was used wrongly (EX_USAGE).
    case usage = 64
    /// A file's contents are wrong (EX_DATAERR).
    case data = 65
    /// A file, folder, day or template that was asked for does not exist (EX_NOINPUT).
    case noInput = 66
    /// Reading or writing a file failed (EX_IOERR).
    case io = 74
}

/// An error a facilitator can act on: its description is one sentence naming
/// the file, line and field where it applies, never a decoder dump.
public protocol UserFacingError: Error, CustomStringConvertible {
    var exitStatus: ExitStatus { get }
}
