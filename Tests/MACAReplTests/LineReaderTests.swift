import Foundation
import MACARepl
import Testing

@Suite("Reading answers from a pipe")
struct LineReaderTests {
    private func reader(_ text: String) throws -> PipedLineReader {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        return PipedLineReader(input: pipe.fileHandleForReading, echo: false)
    }

    @Test("lines come back in order without their newlines, then nil")
    func lines() throws {
        var reader = try reader("first\r\nsecond\n\nlast without newline")
        #expect(reader.readLine(prompt: "> ") == .line("first"))
        #expect(reader.readLine(prompt: "> ") == .line("second"))
        #expect(reader.readLine(prompt: "> ") == .line(""))
        #expect(reader.readLine(prompt: "> ") == .line("last without newline"))
        #expect(reader.readLine(prompt: "> ") == .end)
    }

    /// A reader of `text` written into a pipe `chunk` bytes at a time by
    /// another thread, as a slow writer or a full pipe delivers it.
    private func reader(feeding text: String, chunk: Int) -> PipedLineReader {
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let bytes = Array(text.utf8)
        Thread.detachNewThread {
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + chunk, bytes.count)
                writer.write(Data(bytes[offset..<end]))
                offset = end
            }
            try? writer.close()
        }
        return PipedLineReader(input: pipe.fileHandleForReading, echo: false)
    }

    @Test("a line of megabytes arriving in a thousand-odd-byte reads comes back whole, its characters split across reads or not")
    func longLine() {
        let long = String(repeating: "An invented line — café, naïve, 🙂; ", count: 30_000)
        var reader = reader(feeding: "short\n" + long + "\r\nafter\nlast", chunk: 999)
        #expect(reader.readLine(prompt: "") == .line("short"))
        guard case let .line(line) = reader.readLine(prompt: "") else {
            Issue.record("no long line")
            return
        }
        #expect(line.utf8.count == long.utf8.count)
        #expect(line.utf8.elementsEqual(long.utf8))
        #expect(reader.readLine(prompt: "") == .line("after"))
        #expect(reader.readLine(prompt: "") == .line("last"))
        #expect(reader.readLine(prompt: "") == .end)
    }

    @Test("thousands of short lines arriving together come back in order, comments passed over")
    func manyLines() {
        let lines = (1...20_000).map { number in number % 1000 == 0 ? "# a comment \(number)" : "line \(number)\(number % 3 == 0 ? "\r" : "")" }
        var reader = reader(feeding: lines.joined(separator: "\n") + "\n", chunk: 1 << 16)
        var read: [String] = []
        while case let .line(line) = reader.readLine(prompt: "") { read.append(line) }
        #expect(read == lines.filter { !$0.hasPrefix("# ") }.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 })
    }

    @Test("UTF-8 answers are kept whole")
    func unicode() throws {
        var reader = try reader("ünïcode — ✓\n")
        #expect(reader.readLine(prompt: "") == .line("ünïcode — ✓"))
    }
}
