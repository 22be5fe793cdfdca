import Foundation
import MACAKit
import Testing

@Suite("The date a day's records are kept until")
struct RetentionDateTests {
    @Test("months after a date agree with the Gregorian calendar's for 5,000 random dates and periods")
    func agreesWithCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var random = SplitMix64(seed: 2026_12_03)
        for _ in 0..<5000 {
            let components = DateComponents(
                year: Int.random(in: 1990...2100, using: &random), month: Int.random(in: 1...12, using: &random),
                day: Int.random(in: 1...31, using: &random)
            )
            guard let start = calendar.date(from: components), calendar.component(.day, from: start) == components.day else { continue }
            let months = Int.random(in: PartnershipConfig.retentionRange, using: &random)
            let expected = try #require(calendar.date(byAdding: .month, value: months, to: start))
            let text = String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
            let want = String(format: "%04d-%02d-%02d", calendar.component(.year, from: expected), calendar.component(.month, from: expected), calendar.component(.day, from: expected))
            #expect(AuditRegister.date(text, plusMonths: months) == want, "\(text) + \(months) months")
        }
    }

    @Test("what is not a date has no retention date", arguments: ["", "2026-13-01", "20 November", "2026-11"])
    func notADate(text: String) {
        #expect(AuditRegister.date(text, plusMonths: 24) == nil)
    }
}
