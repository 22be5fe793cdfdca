import Foundation
import MACAKit
import MACATestSupport

/// `maca-bench guard`: the figures of Documentation/Privacy.md. Prints each
/// corpus file's recall per kind and false positives, the names not
/// registered across all files, and the time one 2,000-character answer
/// takes to scan; returns 1 when a target is missed.
enum GuardEvaluation {
    static func run(arguments: [String]) throws -> Int32 {
        let verbose = arguments.contains("--verbose")
        var files = arguments.filter { $0 != "--verbose" }
        if files.isEmpty { files = GuardCorpus.files }
        var missed: [String] = []
        for file in files {
            let lines = try GuardCorpus.load(file)
            let score = GuardCorpus.score(lines)
            print(GuardCorpus.table(score, title: "\(file) (\(lines.count) sentences)"))
            if verbose {
                for line in score.misses { print("  missed \(line.kind): \(line.text)") }
                for (line, found) in score.falsePositives {
                    print("  flagged: \(line.text) -> \(found.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: "; "))")
                }
            }
            missed += score.missedTargets.map { "\(file): \($0)" }
        }
        let answer = sampleAnswer()
        let guardian = IdentifierGuard(referenceYear: GuardCorpus.referenceYear)
        var samples: [Double] = []
        for _ in 0..<200 {
            let start = now()
            _ = guardian.scan(answer)
            samples.append(Double(now() - start) / 1e6)
        }
        samples.sort()
        print(String(format: "scan of a %d-character answer: median %.2f ms, p99 %.2f ms (200 runs)", answer.count, samples[100], samples[197]))
        let sentence = "Mum said the health visitor came on 12/03/2025 and the nursery rang twice."
        var short: [Double] = []
        for _ in 0..<200 {
            let start = now()
            _ = guardian.scan(sentence)
            short.append(Double(now() - start) / 1e6)
        }
        short.sort()
        print(String(format: "scan of a one-sentence answer: median %.2f ms", short[100]))
        let long = String(repeating: answer + "\n", count: 150)
        let start = now()
        let found = guardian.scan(long)
        print(String(format: "scan of a %d-character text: %.0f ms, %d findings", long.count, Double(now() - start) / 1e6, found.count))
        if missed.isEmpty {
            print("all targets met")
            return 0
        }
        for line in missed { print("target missed: \(line)") }
        return 1
    }

    /// About 2,000 characters of audit prose with an identifier or two, as a long answer typed in the room.
    static func sampleAnswer() -> String {
        let sentences = [
            "On 12/03/2025 the school referred to children's social care after the child arrived hungry again.",
            "The health visitor saw the baby at 10 weeks and graded the home Amber on the Graded Care Profile.",
            "Police attended two domestic incidents; the notifications reached the school the next day.",
            "Mum Kerry said the boiler had been broken since the winter and the landlord had not come.",
            "Attendance at Oakwood Primary fell to 82% in the autumn term, with 14 sessions missed.",
            "The core group met 6 times; 4 of 5 agencies attended and the GP sent a report each time.",
            "Father's mobile 07700 900123 was the only number the school had for the family.",
            "The child's voice was heard at every visit but did not shape the plan until the review.",
        ]
        var answer = ""
        var index = 0
        while answer.count < 2000 {
            answer += sentences[index % sentences.count] + " "
            index += 1
        }
        return String(answer.prefix(2000))
    }
}
