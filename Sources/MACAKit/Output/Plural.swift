/// A number with its noun, singular for one: "1 action", "2 actions",
/// "1 agency", "3 agencies". Every count the REPL and the command line
/// print goes through here, so none says "1 actions".
public enum Plural {
    /// `count` and `noun`, the noun made plural unless the count is 1
    /// (`plural` where adding -s or -ies is wrong).
    public static func of(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? pluralOf(noun))"
    }

    /// The plural of a noun the tool counts: "agency" → "agencies", "case" → "cases".
    public static func pluralOf(_ noun: String) -> String {
        // A phrase ("action point", "required answer") is made plural at its last word.
        if let space = noun.lastIndex(of: " ") {
            return String(noun[...space]) + pluralOf(String(noun[noun.index(after: space)...]))
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !vowels.contains(before) {
            return noun.dropLast() + "ies"
        }
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
        return noun + "s"
    }
}
