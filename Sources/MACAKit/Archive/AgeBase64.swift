/// The base64 of the age format's header: the standard alphabet of RFC 4648
/// without `=` padding. Only the canonical encoding is read: a final
/// character whose unused bits are not zero, a length no encoding has, or
/// padding, is refused, so one header has exactly one spelling and the MAC
/// over it cannot be dodged by re-spelling it.
enum AgeBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let values: [UInt8: UInt8] = {
        var values: [UInt8: UInt8] = [:]
        for (index, character) in alphabet.enumerated() { values[character] = UInt8(index) }
        return values
    }()

    static func isBase64Character(_ byte: UInt8) -> Bool { values[byte] != nil }

    static func encode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity((input.count * 4 + 2) / 3)
        var index = 0
        while index + 3 <= input.count {
            let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
            output += [alphabet[Int(group >> 18 & 63)], alphabet[Int(group >> 12 & 63)], alphabet[Int(group >> 6 & 63)], alphabet[Int(group & 63)]]
            index += 3
        }
        switch input.count - index {
        case 1:
            let group = UInt32(input[index]) << 16
            output += [alphabet[Int(group >> 18 & 63)], alphabet[Int(group >> 12 & 63)]]
        case 2:
            let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
            output += [alphabet[Int(group >> 18 & 63)], alphabet[Int(group >> 12 & 63)], alphabet[Int(group >> 6 & 63)]]
        default:
            break
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes of a canonical unpadded encoding, or nil.
    static func decode<Characters: Collection>(_ text: Characters) -> [UInt8]? where Characters.Element == UInt8 {
        let characters = Array(text)
        // A lone character after whole groups encodes no whole byte.
        guard characters.count % 4 != 1 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(characters.count * 3 / 4)
        var group: UInt32 = 0
        var held = 0
        for character in characters {
            guard let value = values[character] else { return nil }
            group = group << 6 | UInt32(value)
            held += 1
            if held == 4 {
                output += [UInt8(group >> 16 & 0xFF), UInt8(group >> 8 & 0xFF), UInt8(group & 0xFF)]
                group = 0
                held = 0
            }
        }
        switch held {
        case 2:
            // 12 bits for one byte: the last 4 must be zero.
            guard group & 0xF == 0 else { return nil }
            output.append(UInt8(group >> 4 & 0xFF))
        case 3:
            // 18 bits for two bytes: the last 2 must be zero.
            guard group & 0x3 == 0 else { return nil }
            output += [UInt8(group >> 10 & 0xFF), UInt8(group >> 2 & 0xFF)]
        default:
            break
        }
        return output
    }
}
