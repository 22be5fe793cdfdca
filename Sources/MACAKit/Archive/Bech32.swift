/// Bech32 (BIP 173), as age spells its keys: `age1…` recipients and
/// `AGE-SECRET-KEY-1…` identities. Unlike BIP 173 there is no length limit,
/// as the age specification says. A string is all lower case or all upper
/// case; the checksum is always computed over the lower-case form.
enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3B6A_57B2, 0x2650_8E6D, 0x1EA1_19FA, 0x3D42_33DD, 0x2A14_62B3]

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = (checksum & 0x1FF_FFFF) << 5 ^ UInt32(value)
            for bit in 0..<5 where (top >> bit) & 1 == 1 {
                checksum ^= generator[bit]
            }
        }
        return checksum
    }

    private static func expanded(_ prefix: [UInt8]) -> [UInt8] {
        prefix.map { $0 >> 5 } + [0] + prefix.map { $0 & 31 }
    }

    /// Regroups bits: 8 to 5 with zero padding (encoding), or 5 to 8 where
    /// any leftover must be fewer than 5 bits and all zero (decoding).
    private static func regroup(_ input: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var accumulator: UInt32 = 0
        var bits = 0
        var output: [UInt8] = []
        let mask = UInt32(1 << to) - 1
        for value in input {
            guard value >> from == 0 else { return nil }
            accumulator = accumulator << from | UInt32(value)
            bits += from
            while bits >= to {
                bits -= to
                output.append(UInt8(accumulator >> UInt32(bits) & mask))
            }
            accumulator &= UInt32(1 << bits) - 1
        }
        if pad {
            if bits > 0 { output.append(UInt8(accumulator << UInt32(to - bits) & mask)) }
        } else if bits >= from || accumulator != 0 {
            return nil
        }
        return output
    }

    /// `prefix` (the human-readable part) and `data`, in lower case.
    static func encode(prefix: String, data: [UInt8]) -> String {
        let human = Array(prefix.lowercased().utf8)
        let values = regroup(data, from: 8, to: 5, pad: true) ?? []
        let checksumInput = expanded(human) + values + [0, 0, 0, 0, 0, 0]
        let checksum = polymod(checksumInput) ^ 1
        let checksumValues = (0..<6).map { UInt8(checksum >> UInt32(5 * (5 - $0)) & 31) }
        return String(decoding: human + [UInt8(ascii: "1")] + (values + checksumValues).map { charset[Int($0)] }, as: UTF8.self)
    }

    /// The prefix (in lower case) and data of a Bech32 string, or nil if it
    /// is not one: mixed case, no separator, a character outside the set,
    /// a wrong checksum, or padding bits that are not zero.
    static func decode(_ text: String) -> (prefix: String, data: [UInt8])? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ (33...126).contains($0) }) else { return nil }
        let hasLower = bytes.contains { (97...122).contains($0) }
        let hasUpper = bytes.contains { (65...90).contains($0) }
        guard !(hasLower && hasUpper) else { return nil }
        let lower = bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }
        guard let separator = lower.lastIndex(of: UInt8(ascii: "1")), separator > 0, lower.count - separator - 1 >= 6 else { return nil }
        let human = Array(lower[..<separator])
        var values: [UInt8] = []
        for character in lower[(separator + 1)...] {
            guard let value = charset.firstIndex(of: character) else { return nil }
            values.append(UInt8(value))
        }
        guard polymod(expanded(human) + values) == 1 else { return nil }
        guard let data = regroup(Array(values.dropLast(6)), from: 5, to: 8, pad: false) else { return nil }
        return (String(decoding: human, as: UTF8.self), data)
    }
}
