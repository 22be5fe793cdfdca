/// An answer as the journal keeps it. Each value says what kind it is, so a
/// day can be read without the template it was recorded against.
public enum AnswerValue: Sendable, Equatable, Hashable {
    case text(String)
    case choice(String)
    case choices([String])
    case yesPartlyNo(YesPartlyNo, evidence: String)
    /// Boxed: the one case of two strings would otherwise make every answer,
    /// and every slot of a case's table of answers, 32 bytes wide (issue 18).
    indirect case grade(level: String, rationale: String)
    case date(String)
    case tags([String])

    /// A one-line rendering for records and summaries.
    public var summary: String {
        switch self {
        case let .text(text): text
        case let .choice(choice): choice
        case let .choices(choices): choices.joined(separator: ", ")
        case let .yesPartlyNo(answer, evidence): evidence.isEmpty ? answer.rawValue : "\(answer.rawValue): \(evidence)"
        case let .grade(level, rationale): "\(level): \(rationale)"
        case let .date(date): date
        case let .tags(tags): tags.joined(separator: ", ")
        }
    }
}

extension AnswerValue {
    /// The answer with its free text (text, evidence, rationale, tags) changed; ids and dates are left as they are.
    public func mappingFreeText(_ change: (String) -> String) -> AnswerValue {
        switch self {
        case let .text(text): .text(change(text))
        case let .yesPartlyNo(answer, evidence): .yesPartlyNo(answer, evidence: change(evidence))
        case let .grade(level, rationale): .grade(level: level, rationale: change(rationale))
        // A tag is typed by the room: free text, one word or phrase at a time,
        // read as words (its hyphens as spaces), so "sw1a-1aa" reads as a postcode.
        case let .tags(tags): .tags(tags.map { tag in
            let words = tag.replacingOccurrences(of: "-", with: " ")
            let changed = change(words)
            return changed == words ? tag : changed
        })
        case .choice, .choices, .date: self
        }
    }
}

public enum YesPartlyNo: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case yes, partly, no
}

extension AnswerValue: Codable {
    private enum Key: String, CodingKey {
        case text, choice, choices, ypn, evidence, grade, rationale, date, tags
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
        } else if let choice = try container.decodeIfPresent(String.self, forKey: .choice) {
            self = .choice(choice)
        } else if let choices = try container.decodeIfPresent([String].self, forKey: .choices) {
            self = .choices(choices)
        } else if let answer = try container.decodeIfPresent(YesPartlyNo.self, forKey: .ypn) {
            self = .yesPartlyNo(answer, evidence: try container.decodeIfPresent(String.self, forKey: .evidence) ?? "")
        } else if let level = try container.decodeIfPresent(String.self, forKey: .grade) {
            self = .grade(level: level, rationale: try container.decode(String.self, forKey: .rationale))
        } else if let date = try container.decodeIfPresent(String.self, forKey: .date) {
            self = .date(date)
        } else if let tags = try container.decodeIfPresent([String].self, forKey: .tags) {
            self = .tags(tags)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "an answer of no known kind")
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case let .text(text): try container.encode(text, forKey: .text)
        case let .choice(choice): try container.encode(choice, forKey: .choice)
        case let .choices(choices): try container.encode(choices, forKey: .choices)
        case let .yesPartlyNo(answer, evidence):
            try container.encode(answer, forKey: .ypn)
            try container.encode(evidence, forKey: .evidence)
        case let .grade(level, rationale):
            try container.encode(level, forKey: .grade)
            try container.encode(rationale, forKey: .rationale)
        case let .date(date): try container.encode(date, forKey: .date)
        case let .tags(tags): try container.encode(tags, forKey: .tags)
        }
    }
}
