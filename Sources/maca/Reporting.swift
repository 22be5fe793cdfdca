import ArgumentParser
import Foundation
import MACAKit

/// Runs a command's work, turning a failure into `error: …` on standard
/// error and the exit status it calls for (64 usage, 65 data, 74 I/O).
func reportingErrors(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as any UserFacingError {
        printError(error.description)
        throw ExitCode(error.exitStatus.rawValue)
    }
}

// Everything maca prints leaves through the terminal exit (`TerminalText`):
// a message quotes answers, names and file contents, and a control character
// in them would be acted on by the terminal. Colour is added after.

func printError(_ message: String) {
    let lines = TerminalText.neutralised(message).split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines {
        FileHandle.standardError.write(Data("\(Terminal.errorLabel)\(line)\n".utf8))
    }
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("\(Terminal.warningLabel)\(TerminalText.neutralised(message))\n".utf8))
}

/// Text for standard output: a day's record, a list, a confirmation.
func printText(_ text: String, terminator: String = "\n") {
    print(TerminalText.neutralised(text), terminator: terminator)
}

/// A file's bytes for standard output (a CSV): as they are when piped into a
/// file or a program, which needs them unchanged, and through the terminal
/// exit when they land on a terminal, where a person reads them.
func writeOutput(_ data: Data) {
    guard isatty(STDOUT_FILENO) == 1 else { return FileHandle.standardOutput.write(data) }
    FileHandle.standardOutput.write(Data(TerminalText.neutralised(String(decoding: data, as: UTF8.self)).utf8))
}

/// Colour only on a terminal whose TERM is not `dumb`, with NO_COLOR unset.
enum Terminal {
    static let colour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDERR_FILENO) == 1, environment["NO_COLOR"] == nil else { return false }
        return environment["TERM"].map { $0 != "dumb" } ?? false
    }()

    static var errorLabel: String { colour ? "\u{1B}[1;31merror:\u{1B}[0m " : "error: " }
    static var warningLabel: String { colour ? "\u{1B}[1;33mwarning:\u{1B}[0m " : "warning: " }
}

/// Dates given as options must be real dates (yyyy-mm-dd): a usage error otherwise.
func validateDates(_ dates: String?...) throws {
    for date in dates.compactMap({ $0 }) {
        if case .failure = AnswerParser.date(date, today: date) {
            throw ValidationError("'\(date)' is not a date: write it as 2027-03-31")
        }
    }
}

/// A command used wrongly, found only once it runs (a closed day to resume):
/// one sentence and exit 64, without the usage block ArgumentParser adds to
/// a ValidationError.
struct UsageProblem: UserFacingError {
    var description: String
    var exitStatus: ExitStatus { .usage }

    init(_ description: String) { self.description = description }
}

/// After a listing, names each day it could not read (an archive no
/// identity here opens, a damaged day) and what that left out, then exits
/// 66 when only identities were missing, 65 otherwise: a list that leaves a
/// day out never ends as if it were whole.
func failUnread(_ unread: [UnreadDay], store: SessionStore, leftOut: String) throws {
    guard !unread.isEmpty else { return }
    for day in unread {
        printError("\(day.path): not read, so \(leftOut): \(day.why(archiveKey: store.archiveKey))")
    }
    throw ExitCode((unread.contains { $0.exitStatus == .data } ? ExitStatus.data : ExitStatus.noInput).rawValue)
}

/// A note for the person at the terminal, on standard error, so it never mixes into output meant for a file.
func printNote(_ message: String) {
    FileHandle.standardError.write(Data("\(TerminalText.neutralised(message))\n".utf8))
}
