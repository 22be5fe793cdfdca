import ArgumentParser
import Foundation
import MACAKit

/// Tab completions that know the partnership's data: template ids, day
/// folders, action ids and agency ids. The shell runs maca with the words
/// typed so far; a `--sessions` or `--templates` among them is honoured, so
/// completion offers what the command itself would find. Nothing here ever
/// fails loudly: a completion that cannot be worked out offers nothing.
enum Completions {
    static let templates = CompletionKind.custom { words, _, prefix in
        offer(prefix: prefix) {
            try library(words).all().map { Candidate($0.id, $0.title) }
        }
    }

    /// Days for the subcommand being typed: unfinished days for `resume`,
    /// `enter` and `returns`; closed days for `show`, `report` and `archive`; every day
    /// for the others (`verify`, `register note`). Archived days (by name,
    /// not opened) for the commands that read them: `show`, `report`,
    /// `verify` and `register note`.
    static let days = CompletionKind.custom { words, index, prefix in
        offer(prefix: prefix) {
            let store = try store(words)
            let wanted: Bool?
            switch subcommand(words) {
            case "resume", "enter", "returns": wanted = false
            case "show", "report", "archive": wanted = true
            default: wanted = nil
            }
            // A day already on the line (report takes several) is not offered again.
            let typed = Set(words.indices.filter { $0 != index }.map { unquoted(words[$0]) })
            let folders = try store.foldedDays().compactMap { name, day -> Candidate? in
                guard wanted.map({ day.isClosed == $0 }) ?? true, !typed.contains(name) else { return nil }
                let state = day.isClosed ? "closed" : "unfinished"
                return Candidate(name, "\(day.template?.id ?? "?"), \(day.cases.count) case\(day.cases.count == 1 ? "" : "s"), \(state)")
            }
            guard ["show", "report", "verify", "register"].contains(subcommand(words) ?? "") else { return folders }
            let names = Set(folders.map(\.value))
            let archived = try store.archivedDays().map(DayArchive.dayName(of:)).filter { !names.contains($0) && !typed.contains($0) }
            return folders + archived.map { Candidate($0, "archived (\($0).age)") }
        }
    }

    /// Action ids, each described by its status and due date; those of
    /// archived days too, when the partnership's archive key opens them.
    static let actions = CompletionKind.custom { words, _, prefix in
        offer(prefix: prefix) {
            let identities = ((try? Partnership.archiveIdentity()) ?? nil).map { [$0] } ?? []
            return try ActionRegister.load(store(words), identities: identities).entries.map { entry in
                Candidate(entry.id, "\(entry.status.rawValue), due \(entry.due.isEmpty ? "not set" : entry.due), \(entry.agency)")
            }
        }
    }

    /// Agency ids: the day's (with `--day`), else the partnership's and every template's.
    static let agencies = CompletionKind.custom { words, _, prefix in
        offer(prefix: prefix) {
            var agencies: [Agency] = []
            if let day = value(of: "--day", in: words) {
                let folder = try store(words).folder(of: day)
                let (template, auditDay) = try ReturnJournal.day(in: folder, signer: try? Partnership.signer())
                agencies = auditDay.agencies + template.agencies
            } else {
                agencies = try Partnership.config().agencies
                agencies += ((try? library(words).all()) ?? []).flatMap(\.agencies)
            }
            var seen: Set<String> = []
            return agencies.filter { seen.insert($0.id).inserted }.map { Candidate($0.id, $0.name) }
        }
    }

    /// One completion and what it is, shown by zsh and fish beside it.
    struct Candidate {
        var value: String
        var about: String

        init(_ value: String, _ about: String) {
            self.value = value
            self.about = about
        }
    }

    /// The candidates that start with `prefix`, as the requesting shell reads
    /// them (`SAP_SHELL`): zsh `value:about`, fish `value<TAB>about`, bash the value.
    static func offer(prefix: String, _ candidates: () throws -> [Candidate]) -> [String] {
        let shell = ProcessInfo.processInfo.environment["SAP_SHELL"] ?? "bash"
        let found = (try? candidates()) ?? []
        // Candidates come from templates and days' journals, and the shell
        // shows them on the terminal: a value the terminal would act on is
        // not offered (it could not be typed back as shown), and every
        // description goes through the terminal exit.
        let safe = found.filter { TerminalText.neutralised($0.value) == $0.value }
        return safe.filter { $0.value.hasPrefix(unquoted(prefix)) }.map { candidate in
            let about = TerminalText.neutralised(candidate.about.replacingOccurrences(of: "\n", with: " "))
            switch shell {
            case "zsh": return candidate.value.replacingOccurrences(of: ":", with: "\\:") + ":" + about
            case "fish": return candidate.value + "\t" + about
            default: return candidate.value
            }
        }
    }

    /// The subcommand typed after `maca`.
    static func subcommand(_ words: [String]) -> String? {
        words.dropFirst().first { !$0.hasPrefix("-") }
    }

    /// An option's value among the typed words: `--name VALUE` or `--name=VALUE`.
    static func value(of option: String, in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == option, index + 1 < words.count, !words[index + 1].isEmpty { return unquoted(words[index + 1]) }
            if word.hasPrefix(option + "=") { return unquoted(String(word.dropFirst(option.count + 1))) }
        }
        return nil
    }

    /// A shell word as the command will see it: quotes and backslashes removed.
    static func unquoted(_ word: String) -> String {
        var result = "", quote: Character?, escaped = false
        for character in word {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
            } else if let open = quote, character == open {
                quote = nil
            } else if quote == nil && (character == "'" || character == "\"") {
                quote = character
            } else {
                result.append(character)
            }
        }
        return result
    }

    static func store(_ words: [String]) throws -> SessionStore {
        let located = Locations.sessions(option: value(of: "--sessions", in: words), environment: Partnership.environment, config: try Partnership.config())
        return SessionStore(located, environment: Partnership.environment, signer: try? Partnership.signer())
    }

    static func library(_ words: [String]) throws -> TemplateLibrary {
        TemplateLibrary(directory: try Locations.templates(option: value(of: "--templates", in: words), environment: Partnership.environment).path)
    }
}
