import Foundation

/// Headless Chromium printing an HTML file to an A4 PDF, and poppler's
/// pdfinfo and pdftotext reading it back: how the tests see the board paper
/// as a board member's printer would. `make test` installs both with apt-get.
public enum HeadlessBrowser {
    /// Chromium's path, or nil where it is not installed.
    public static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    /// pdftotext's path, or nil where poppler-utils is not installed.
    public static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The flags every run uses: no sandbox (CI runs as root), no GPU, and a
    /// profile folder of the test's own, so no other Chromium is disturbed.
    public static func flags(profile: String) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile)"]
    }

    /// Prints `html` to `pdf` as Chromium's print preview would with
    /// headers and footers off (the page's own `@page` rules decide them).
    public static func printToPDF(_ html: String, into pdf: String, profile: String) throws {
        let browser = try require(chromium, "chromium")
        let result = try run(browser, flags(profile: profile) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        guard FileManager.default.fileExists(atPath: pdf) else {
            throw BrowserError(message: "chromium printed no PDF (exit \(result.status)): \(result.stderr)")
        }
    }

    /// The PDF's text, one string per page (pdftotext ends each page with a form feed).
    public static func pages(of pdf: String) throws -> [String] {
        let tool = try require(pdftotext, "pdftotext")
        let result = try run(tool, ["-layout", pdf, "-"])
        guard result.status == 0 else { throw BrowserError(message: "pdftotext failed: \(result.stderr)") }
        var pages = result.stdout.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    public struct BrowserError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    static func require(_ path: String?, _ name: String) throws -> String {
        guard let path else { throw BrowserError(message: "\(name) is not installed; make test installs it with apt-get") }
        return path
    }
}
