import Testing
@testable import MACARepl

/// The offer of an agency's return takes yes, no or edit, or the room's own
/// answer: a line that is a slip for one of those words is told apart from an
/// answer, so it is refused rather than saved (issue 17).
@Suite("Slips at a yes/no/edit offer")
struct YesNoTests {
    @Test("what a line at a yes/no/edit offer is a slip for", arguments: [
        ("yse", "yes"), ("yes pls", "yes"), ("Yes, ok", "yes"), ("y please", "yes"), ("ys", "yes"), ("no thanks", "no"),
        ("nop", "no"), ("eidt", "edit"), ("edit!", "edit"), ("e it", "edit"),
    ])
    func slips(_ typed: String, _ meant: String) {
        #expect(YesNo.slip(typed) == meant)
    }

    @Test("a finding at the offer is no slip", arguments: [
        "no concerns raised", "No strategy discussion", "yes the school shared it", "Good joint visits", "shared plan", "none",
    ])
    func notSlips(_ typed: String) {
        #expect(YesNo.slip(typed) == nil)
    }
}
