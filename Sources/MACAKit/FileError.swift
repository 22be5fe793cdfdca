import Foundation

/// Reading or writing a file failed for a reason outside the file's contents.
public enum FileError: UserFacingError, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case notFound(path: String, what: String)
    /// Nothing suitable in any of the places searched, each given with why it
    /// was searched; `hint` says how to name one.
    case notFoundAnywhere(what: String, searched: [String], hint: String)
    /// Something asked for is not there, said in a whole sentence that names
    /// where maca looked and why.
    case missing(String)
    /// The file was read, and what it holds is not what it should be.
    case badContents(path: String, reason: String)

    public var exitStatus: ExitStatus {
        switch self {
        case .notFound, .notFoundAnywhere, .missing: .noInput
        case .unreadable, .unwritable: .io
        case .badContents: .data
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot be read: \(reason)"
        case let .unwritable(path, reason): "\(path): cannot be written: \(reason)"
        case let .notFound(path, what): "\(path): no \(what) there"
        case let .missing(sentence): sentence
        case let .badContents(path, reason): "\(path): \(reason)"
        case let .notFoundAnywhere(what, searched, hint):
            "no \(what) found; maca looked in:\n" + searched.map { "  \($0)" }.joined(separator: "\n") + "\n\(hint)"
        }
    }

    /// A short reason from a Foundation or POSIX error, without the dump.
    public static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code)))
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileReadInapplicableStringEncodingError: return "not UTF-8 text"
        default: return nsError.localizedDescription
        }
    }

    /// The reason for a failed system call, from `errno`.
    public static func reason(errno code: Int32) -> String {
        String(cString: strerror(code))
    }
}
