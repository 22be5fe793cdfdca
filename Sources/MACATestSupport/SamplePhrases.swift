import MACAKit

/// Invented answers that read like an auditor's, for the sample board paper
/// in `Documentation/Reports.md` (`maca-bench sample`): no child, family,
/// place or person in them is real, and none names anyone.
public enum SamplePhrases {
    static let bank: [String: [String]] = [
        "life-for-child": [
            "The child often arrived at nursery hungry and in the same clothes, and staff kept spare clothes and breakfast for them.",
            "Home was cold and cluttered for most of the year, and the child slept on a mattress shared with a younger sibling.",
            "The child missed health appointments and a dental abscess went untreated for months before school raised it.",
            "The child was caring for a parent at home and was often late or absent, which the school first read as truancy.",
            "The child was withdrawn at school, had few friends, and spent evenings alone while the adults were out.",
        ],
        "daily-care": [
            "The Graded Care Profile was repeated after six months and showed real change in food, warmth and routines.",
            "Health visiting saw the home every fortnight and recorded the same concerns each time without a plan to change them.",
            "School recorded hunger and poor hygiene weekly, and shared a chronology that made the pattern plain at conference.",
        ],
        "protective-factors": [
            "A grandparent gave the child tea most days and was the one adult the child named as safe.",
            "The parent's depression was treated once the adult mental health team joined the core group.",
            "Housing moved the family to a warm flat, which the parent said made the routines possible.",
        ],
        "voice-captured": [
            "The child drew their day with the school nurse: the picture showed them making breakfast for a sibling.",
            "The social worker saw the child alone at school four times and recorded their words about being hungry.",
            "The baby's experience was recorded through observation of feeding and play at each health visit.",
        ],
        "worked-well": [
            "The school's designated safeguarding lead kept a chronology and brought it to every meeting, which changed the plan.",
            "The health visitor escalated when the plan drifted, and the step-down was stopped.",
            "Early help and the school worked jointly with the family and agreed one plan with clear goals.",
            "The police shared domestic abuse notifications the next morning, so school could support the child that day.",
        ],
        "practice-to-share": [
            "The nursery's daily log of food and clothing gave the conference evidence of change that everyone could see.",
            "A joint visit by the health visitor and social worker, with the Graded Care Profile done together, changed the family's view.",
            "Supervision notes challenged optimism by asking what had changed for the child, not what the parents intended.",
        ],
        "agency-involvement": [
            "Involved throughout the window, with weekly contact through school and monthly core groups.",
            "Involved for the last six months after a referral from the nursery.",
            "Involved at two points, each closed after a single visit.",
        ],
        "could-be-better": [
            "Each new referral was assessed on its own, and the history of earlier referrals was not used.",
            "The plan listed services rather than what had to change for the child, so progress could not be measured.",
            "The father was not contacted, although he saw the child every weekend.",
            "Concerns were closed when the parent said things had improved, without anyone checking with the child.",
        ],
        "barriers": [
            "Staff turnover meant four social workers in a year, and each started again.",
            "Health records could not be shared with the school nurse without a new consent each time.",
            "There was no neglect tool training for the school's staff.",
        ],
    ]

    static let evidence = [
        "Recorded clearly in the assessment and the core group minutes.",
        "Seen in the chronology, though not acted on until late in the window.",
        "Not evident in any agency's records for the period.",
        "Partly: school recorded it, but it did not reach the plan.",
    ]

    static let rationale = [
        "Agencies recognised the pattern and acted on it, and the child's daily life improved.",
        "Concerns were known but each was judged on its own, so the response came late.",
        "The plan was clear and reviewed against what changed for the child.",
        "Drift for most of the window; the child lived with neglect that was seen but not acted on.",
    ]

    /// An invented answer to a question, or nil for one the bank does not hold.
    public static func answer(_ question: String, using random: inout SplitMix64) -> String? {
        bank[question]?.randomElement(using: &random)
    }

    public static func evidence(using random: inout SplitMix64) -> String {
        evidence.randomElement(using: &random)!
    }

    public static func rationale(using random: inout SplitMix64) -> String {
        rationale.randomElement(using: &random)!
    }
}
