import Foundation

/// Schools, nurseries and colleges by name: capitalised words before a
/// school word ("Oakwood Primary", "St Mary's CE Primary School", "Park
/// View Academy", "Little Acorns Nursery"). "The school", "primary school",
/// "the Virtual School" and "Forest School" name no school.
enum SchoolRecogniser {
    /// The school words, longest first; the bare ones (Primary, High...)
    /// count only when no capitalised word follows ("Oakwood Primary Care
    /// Network" is not a school).
    static let anchor = guardPattern(
        "\\b(?:(?:(?:C\\.?\\s?of\\s?E\\.?|CofE|CE|RC|R\\.C\\.|Catholic|Church\\s+of\\s+England|Methodist|Community|Church|Free|Muslim|Jewish|Islamic|Christian)\\s+)?(?:(?:Primary|Infant|Junior|Nursery|Secondary|High|Grammar|Free|Middle|Special|Studio|Sixth\\s+Form)\\s+(?:School|Academy|College)|Infant\\s+and\\s+Nursery\\s+School|Day\\s+Nursery|Playgroup|Junior\\s+and\\s+Infant\\s+School|Infants?|Juniors?|Primary|Nursery|High|Academy|School|College|Pre-?[Ss]chool|Pupil\\s+Referral\\s+Unit|PRU))(?![\\p{L}'’])"
    )
    static let bare: Set<String> = ["Primary", "Nursery", "High", "Infant", "Infants", "Junior", "Juniors"]
    /// Capitalised words that do not name a school: articles and other
    /// sentence openers, and words that make a kind of school, not one.
    static let notNames: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "Then", "When", "After", "Before", "At", "In", "On",
        "From", "To", "By", "With", "And", "But", "Or", "Her", "His", "Their", "Our", "My", "Your", "Its", "Both",
        "Each", "Every", "All", "No", "New", "Old", "Previous", "Current", "Former", "Same", "Local", "Nearby",
        "Another", "Other", "Which", "Whose", "Where", "While", "Although", "Because", "Since", "As", "If", "Once",
        "Primary", "Secondary", "Special", "Virtual", "Forest", "Sunday", "Summer", "Hospital", "Independent",
        "Mainstream", "Alternative", "Residential", "Boarding", "Designated", "Early", "Years", "Royal", "State",
        "Faith", "Village", "Infant", "Junior", "Nursery", "High", "Academy", "School", "College", "Free", "Catholic",
        "Community", "Church", "Methodist", "Muslim", "Jewish", "Islamic", "Christian", "Grammar", "Middle", "Studio",
        "Sixth", "Form", "Further", "Education", "Home", "Day", "Work", "Attendance", "Team", "Service", "Services",
        "Head", "Deputy", "Teacher", "Lead", "Safeguarding", "Officer", "Nurse", "Nursing", "Health", "Police",
        "Social", "Care", "Council", "Trust", "Multi", "Academies", "Partnership", "Neither", "Some", "Most", "Many",
        "Few", "Did", "Does", "Was", "Were", "Is", "Are", "Has", "Had", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Year", "Reception", "Class", "Key", "Stage", "Risk", "Very", "Amber",
        "Red", "Green", "Medium", "Low", "Good", "Outstanding", "Inadequate", "Requires", "Improvement", "Ofsted",
        "Inclusion", "Behaviour", "Support", "Unit", "Centre", "Children's", "Family", "Families", "Mother", "Father",
        "Mum", "Dad", "Child", "Pupil", "Pupils", "Student", "Students", "Staff", "Governors", "Governing", "Body",
        "SEND", "SENCO", "DSL", "EHCP", "PEP", "LAC", "CIN", "CP", "CSC", "GP", "NHS", "MASH", "Authority",
        "Admissions", "Transport", "Holiday", "Breakfast", "Club", "After-School",
    ]
    static let saint: Set<String> = ["St", "St.", "Saint"]

    static func find(in text: ScanText) -> [NSRange] {
        var ranges: [NSRange] = []
        for match in text.matches(anchor) {
            let anchorText = text.substring(match.range)
            let end = match.range.location + match.range.length
            if bare.contains(anchorText), text.after(end, 3).range(of: "^\\s+\\p{Lu}", options: .regularExpression) != nil { continue }
            if anchorText == "College", text.after(end, 4).hasPrefix(" of ") { continue }
            // Walk back over the capitalised words before the anchor.
            var start = match.range.location
            var named = false
            for word in wordsBefore(match.range.location, in: text) {
                if saint.contains(word.text) {
                    start = word.range.location
                    continue
                }
                // A full stop ends the sentence before the name.
                if word.text.hasSuffix(".") { break }
                guard let first = word.text.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first),
                      !notNames.contains(word.text) else { break }
                // An acronym alone ("GP Primary") is not a school's name.
                let letters = word.text.filter(\.isLetter)
                if letters.count <= 5 && letters == letters.uppercased() && !named { break }
                named = true
                start = word.range.location
            }
            if named { ranges.append(NSRange(location: start, length: end - start)) }
        }
        return ranges
    }

    /// The words before `location`, nearest first, while they are joined by
    /// single spaces (at most four), not crossing a line or a sentence.
    static func wordsBefore(_ location: Int, in text: ScanText) -> [(text: String, range: NSRange)] {
        var words: [(String, NSRange)] = []
        var index = location
        while words.count < 4 {
            guard index > 0, text.units[index - 1] == 0x20 || text.units[index - 1] == 0xA0 else { break }
            var start = index - 1
            while start > 0, isWordUnit(text.units[start - 1]) { start -= 1 }
            guard start < index - 1 else { break }
            let range = NSRange(location: start, length: index - 1 - start)
            words.append((text.substring(range), range))
            index = start
        }
        return words
    }

    static func isWordUnit(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic || unit == 0x27 || unit == 0x2019 || unit == 0x2D || unit == 0x2E
            || (unit >= 0x30 && unit <= 0x39)
    }
}
