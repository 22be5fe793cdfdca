import Foundation
import MACAKit

/// The questions of `maca init`, each with the current value (or a sensible
/// one) in brackets: Enter keeps it, `none` clears an optional setting.
/// With `acceptDefaults` nothing is asked and every default is taken.
public struct PartnershipQuestions {
    let environment: MacaEnvironment
    let console: Console
    /// The agencies the shipped templates list, offered by number.
    let knownAgencies: [Agency]

    public init(environment: MacaEnvironment, console: Console, knownAgencies: [Agency]) {
        self.environment = environment
        self.console = console
        self.knownAgencies = knownAgencies
    }

    /// The set-up the answers describe, or nil when input ended first (or,
    /// at a terminal, the person chose to leave at Ctrl-D).
    public func ask(current: PartnershipConfig, shippedTemplates: String?, acceptDefaults: Bool, reader: inout any LineReader) -> PartnershipSetUp? {
        var config = current
        func read(_ prompt: String, _ shown: String) -> String? {
            guard !acceptDefaults else { return "" }
            while true {
                switch reader.readLine(prompt: console.prompt(prompt, then: " [\(shown)] ")) {
                case let .line(text): return text.trimmingCharacters(in: .whitespaces)
                case .end:
                    // Ctrl-D at a terminal asks once; the end of piped input ends it.
                    guard reader.isInteractive else { return nil }
                    if Leaving.confirmed("Leave without writing anything? (Ctrl-D again or yes leaves) [no] ", reader: &reader, console: console) { return nil }
                }
            }
        }
        /// Asks until `accept` takes the answer (nil: ask again, after it said why).
        func ask<Value>(_ prompt: String, _ shown: String, _ accept: (String) -> Value??) -> Value?? {
            while true {
                guard let answer = read(prompt, shown) else { return nil }
                if let value = accept(answer) { return .some(value) }
            }
        }
        func text(_ prompt: String, _ value: String?, default fallback: String?) -> String?? {
            ask(prompt, value ?? fallback ?? "not set") { answer -> String?? in
                if answer.isEmpty { return .some(value ?? fallback) }
                if answer.lowercased() == "none" { return .some(nil) }
                return .some(answer)
            }
        }
        func number(_ prompt: String, _ value: Int?, default fallback: Int?, range: ClosedRange<Int>, refusing refused: [Int: String] = [:]) -> Int?? {
            ask(prompt, (value ?? fallback).map(String.init) ?? "not set") { answer -> Int?? in
                if answer.isEmpty { return .some(value ?? fallback) }
                if answer.lowercased() == "none" { return .some(nil) }
                guard let number = Int(answer), range.contains(number) else {
                    console.problem("give a whole number from \(range.lowerBound) to \(range.upperBound), or none")
                    return nil
                }
                if let why = refused[number] {
                    console.problem(why)
                    return nil
                }
                return .some(number)
            }
        }

        console.heading("maca · setting up the partnership")
        if !acceptDefaults {
            console.note("The settings go into \(environment.configFile). Enter keeps the value in brackets; 'none' clears it.")
        }
        guard let partnership = text("Partnership name", config.partnership, default: nil) else { return nil }
        config.partnership = partnership
        guard let author = text("Reports are from (author)", config.author, default: nil) else { return nil }
        config.author = author
        guard let marking = text("Protective marking on reports", config.marking, default: PartnershipConfig.defaultMarking) else { return nil }
        config.marking = marking
        let sessionsShown = config.sessions ?? PartnershipSetUp.defaultSessions(environment)
        guard let sessions = ask("Folder for audit days", sessionsShown, { answer -> String?? in
            .some(answer.isEmpty ? sessionsShown : answer)
        }) else { return nil }
        config.sessions = sessions
        guard let agencies = acceptDefaults ? config.agencies : askAgencies(current: config.agencies, read: read, putBack: { reader.offerRefused($0) }) else { return nil }
        config.agencies = agencies
        guard let suppress = number(
            "Hide counts in reports below", config.suppressBelow, default: PartnershipConfig.defaultSuppressBelow, range: 1...100,
            refusing: [2: PartnershipConfig.thresholdOfTwo]
        ) else { return nil }
        config.suppressBelow = suppress
        guard let retention = number("Months to keep a day's records after its date", config.retentionMonths, default: nil, range: PartnershipConfig.retentionRange) else { return nil }
        config.retentionMonths = retention

        var copyFrom: String?
        if let shipped = shippedTemplates {
            let copied = FileManager.default.fileExists(atPath: environment.userTemplates)
            let prompt = copied
                ? "Copy any shipped templates missing from \(environment.userTemplates)? (y/n)"
                : "Copy the shipped templates to \(environment.userTemplates) for local editing? (y/n)"
            guard let copy = ask(prompt, "n", { answer -> Bool?? in
                switch answer.lowercased() {
                case "", "n", "no": return .some(false)
                case "y", "yes": return .some(true)
                default:
                    console.problem("answer y or n")
                    return nil
                }
            }) else { return nil }
            if copy == true { copyFrom = shipped }
        }
        return PartnershipSetUp(config: config, copyTemplatesFrom: copyFrom)
    }

    /// The agencies the partnership invites: numbers or ids from the shipped
    /// templates' list, `+Name` for others, `none` for each template's own.
    private func askAgencies(current: [Agency], read: (String, String) -> String?, putBack: (String) -> Void) -> [Agency]? {
        let options = current + knownAgencies.filter { agency in !current.contains { $0.id == agency.id } }
        let shown = current.isEmpty ? "none: each template's own" : current.map(\.id).joined(separator: ", ")
        var listed = false
        while true {
            if !listed, !options.isEmpty {
                console.say("Agencies (the partnership's, then the templates'):")
                for (index, agency) in options.enumerated() { console.say("  \(index + 1). \(agency.name) (\(agency.id))") }
                console.note("Give the agencies the partnership invites as numbers or ids separated by commas; +Name adds another.")
                listed = true
            }
            guard let answer = read("Agencies invited to audit days", shown) else { return nil }
            if answer.isEmpty { return current }
            if answer.lowercased() == "none" { return [] }
            switch AnswerParser.agencies(AnswerParser.agencyItems(answer, options: options), from: options) {
            case let .success(chosen): return chosen
            case let .failure(problem):
                console.problem(problem.message)
                putBack(answer)
            }
        }
    }
}
