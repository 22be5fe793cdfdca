import Foundation

/// How one level of a chart is drawn: its fill, the colour of a figure
/// written on it, and whether it also carries dots (when a chart has more
/// levels than shades can keep apart).
public struct ChartSwatch: Sendable, Equatable {
    /// `#rrggbb`.
    public var fill: String
    /// Black or white, whichever has the higher WCAG contrast against `fill`.
    public var label: String
    public var dotted: Bool

    init(fill: String, dotted: Bool = false) {
        self.fill = fill
        label = ChartPalette.labelColour(on: fill)
        self.dotted = dotted
    }
}

/// The colours charts are drawn in, chosen so that a board paper printed in
/// greyscale, or read by someone who does not tell red from green, still
/// tells every level apart: each colour differs from the others of its
/// scheme by at least 0.08 in WCAG relative luminance, and a figure on a bar
/// is black or white by computed contrast, never below 4.5:1.
public enum ChartPalette {
    /// Grades, best first: one hue (blue), dark to light, each step at least
    /// 0.08 lighter than the one before (ColorBrewer's Blues, less the steps too close).
    public static let ramp = ["#08306b", "#2171b5", "#4292c6", "#6baed6", "#9ecae1", "#c6dbef", "#deebf7"]
    /// Red, amber, green, then a dark blue for "complete": hues a reader
    /// recognises, at luminances 0.14, 0.51, 0.31 and 0.03, so they stay apart in greyscale.
    public static let rag = ["#c0392b", "#f5b041", "#4dac26", "#1d2b53"]
    /// The legend's entry for a hidden count: grey hatching over a pale
    /// ground. On a bar the hatching is in the figure's colour over the level's.
    public static let hiddenGround = "#f2f2f2"
    public static let hiddenLines = "#595959"
    /// The outline around every segment, so a pale one still shows on white paper.
    public static let outline = "#1a1a1a"
    /// More levels than this and every other level is dotted as well as shaded.
    public static let shadesAlone = 4

    /// The swatch of each of a chart's levels, in order.
    public static func swatches(_ scheme: ReportChart.Scheme, levels: Int) -> [ChartSwatch] {
        (0..<levels).map { level in
            switch scheme {
            case .rag:
                return ChartSwatch(fill: rag[min(level, rag.count - 1)], dotted: level >= rag.count)
            case .grades:
                // Spread over the whole ramp, so that four levels are as far apart as they can be.
                let step = levels < 2 ? 0 : Int((Double(level) * Double(ramp.count - 1) / Double(levels - 1)).rounded())
                return ChartSwatch(fill: ramp[step], dotted: levels > shadesAlone && level % 2 == 1)
            }
        }
    }

    /// WCAG 2 relative luminance of `#rrggbb`, from 0 (black) to 1 (white).
    public static func relativeLuminance(_ hex: String) -> Double {
        let digits = Array(hex.drop { $0 == "#" })
        precondition(digits.count == 6, "a colour is #rrggbb")
        let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    /// WCAG 2 contrast ratio of two colours, from 1 to 21.
    public static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (relativeLuminance(first), relativeLuminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Black or white, whichever reads better on `fill`.
    static func labelColour(on fill: String) -> String {
        contrast(fill, "#000000") >= contrast(fill, "#ffffff") ? "#000000" : "#ffffff"
    }
}
