import Foundation
import MACAKit

/// `:editor`: a free-text answer written in the facilitator's own editor,
/// on a private file in the day folder that never outlives the edit.
///
/// The file is `.editing-PID.txt` (PID: this maca's). It is removed however
/// the edit ends. If maca itself is killed while the editor is open, the
/// next maca to open the day finds the file with no maca of that PID
/// running, keeps its text for the next `:editor`, says so, and removes it.
extension FacilitatorSession {
    /// The private file the editor is given, and every file an editor makes
    /// beside it (vi's `.swp`, a `~` backup) starts with this name.
    func editingFile(of pid: pid_t) -> String { "\(folder)/.editing-\(pid).txt" }

    /// Opens the editor on `text` (or on the draft kept from before) and
    /// returns what to save; nil when nothing is to be saved and the
    /// question is to be asked again.
    func edit(_ text: String) throws -> String? {
        guard ExternalEditor.hasTerminal else {
            console.problem(":editor needs a terminal, and this maca's input is not one: type the answer here (end a line with \\ to go on to the next)")
            return nil
        }
        let command: [String]
        switch ExternalEditor.command(environment: ProcessInfo.processInfo.environment) {
        case let .success(words): command = words
        case let .failure(problem):
            console.problem(problem.message)
            return nil
        }
        let path = editingFile(of: getpid())
        removeEditingFiles(of: getpid())
        defer { removeEditingFiles(of: getpid()) }
        if editorDraft != nil { console.note("The editor opens on the text kept from before, not yet saved.") }
        try OwnerOnlyFiles.writeAtomically(Data((editorDraft ?? text).utf8), to: path)
        console.note("Opening \(command[0]) on this answer: save and quit it to come back here.")
        let outcome = reader.lendTerminal { ExternalEditor.run(command, file: path) }
        let written = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { String(decoding: $0, as: UTF8.self).trimmed(.whitespacesAndNewlines) }

        let ending: String
        switch outcome {
        case let .notStarted(reason):
            console.problem("the editor '\(command[0])' could not be started (\(reason)): set VISUAL or EDITOR to an editor installed here; nothing was saved")
            return nil
        case .exited(status: 0):
            guard let written else {
                console.problem("the editor's file could not be read back; nothing was saved")
                return nil
            }
            guard !written.isEmpty else {
                console.problem("the editor's file came back empty: nothing was saved")
                editorDraft = nil
                return nil
            }
            editorDraft = nil
            showEdited(written)
            return written
        case let .exited(status): ending = "The editor exited with status \(status)"
        case .killed(signal: SIGINT): ending = "The editor was stopped by Ctrl-C"
        case let .killed(signal): ending = "The editor was stopped by signal \(signal) (\(String(cString: strsignal(signal))))"
        }
        // After the ^C or ^\ the terminal echoed.
        if case .killed = outcome { console.say() }
        guard let written, !written.isEmpty else {
            console.problem("\(ending.prefix(1).lowercased() + ending.dropFirst()) and its file is empty: nothing was saved")
            return nil
        }
        let lines = written.split(separator: "\n", omittingEmptySubsequences: false).count
        console.note("The file holds \(lines) line\(lines == 1 ? "" : "s"), \(written.count) characters.")
        // A yes/no question: anything else is refused and asked again; the end of input is no.
        while case let .line(answer) = reader.readLine(prompt: console.prompt("\(ending): save what the file holds? [y/N] ")) {
            guard let save = YesNo.answer(answer, default: false) else {
                console.problem(YesNo.refusal(answer, default: false))
                continue
            }
            if save {
                editorDraft = nil
                showEdited(written)
                return written
            }
            break
        }
        editorDraft = written
        console.note("Not saved. The text is kept while maca runs: :editor opens it again.")
        return nil
    }

    /// The most lines, and characters, of an edited answer shown back.
    static let editedLinesShown = 6
    static let editedCharactersShown = 480

    /// What the editor gave, shown before it is saved (issue 17: only "✓ saved"
    /// showed, so a slip made in the editor went in unseen): its first lines,
    /// wrapped to the terminal, and if there is more, "…" and its length.
    func showEdited(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var shown = lines.prefix(Self.editedLinesShown).joined(separator: "\n")
        if shown.count > Self.editedCharactersShown {
            // Cut at the last space before the limit, so no word is shown half.
            let cut = shown.prefix(Self.editedCharactersShown)
            shown = String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut)
        }
        let whole = shown.count == text.count
        console.note("From the editor:")
        for line in shown.split(separator: "\n", omittingEmptySubsequences: false) {
            console.say("    " + line)
        }
        if !whole {
            console.say("    …")
            console.note("(\(Plural.of(text.count, "character")) in all, over \(Plural.of(lines.count, "line")))")
        }
    }

    /// Removes the editing file of `pid` and whatever an editor left beside it.
    func removeEditingFiles(of pid: pid_t) {
        let name = (editingFile(of: pid) as NSString).lastPathComponent
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file.hasPrefix(name) {
            try? FileManager.default.removeItem(atPath: "\(folder)/\(file)")
        }
    }

    /// Editing files left by a maca that is no longer running (killed while
    /// its editor was open): their text is kept for the next `:editor`, and
    /// the files removed. A file whose maca still runs (an auditor's, on
    /// the same day) is left alone.
    func recoverAbandonedEdits() {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var recovered: [String] = []
        for name in names where name.hasPrefix(".editing-") && name.hasSuffix(".txt") {
            guard let pid = pid_t(name.dropFirst(".editing-".count).dropLast(".txt".count)), pid > 0 else { continue }
            // This process has opened no editor yet, so a file with its PID is an old one.
            if pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM) { continue }
            let text = (try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))).map { String(decoding: $0, as: UTF8.self) }
            if let text, !text.trimmed(.whitespacesAndNewlines).isEmpty { recovered.append(text.trimmed(.whitespacesAndNewlines)) }
            removeEditingFiles(of: pid)
        }
        guard !recovered.isEmpty else { return }
        editorDraft = recovered.joined(separator: "\n\n")
        console.warn("An answer was open in the editor when maca stopped, and was not saved (\(Plural.of(editorDraft!.count, "character"))): :editor at a free-text question opens it again.")
    }
}
