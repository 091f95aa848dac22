/// Reads, at one position of a text, the UTF-8 sequence that a run of characters would be if the text had
/// been decoded with `page` instead of UTF-8.
struct MojibakeSequence {
    enum Found {
        /// No lead byte here, or a lead byte followed by a character that cannot continue it (a lone
        /// accented letter, most likely meant).
        case none
        /// A lead byte with at least one continuation, then a character that breaks the sequence.
        case broken
        /// A whole sequence: the characters up to `end` stand for `value`. `loose` when a space stands for a
        /// lost no-break space (byte 0xA0).
        case valid(end: Int, value: UInt32, loose: Bool)
        /// A sequence cut short by U+FFFD or "?" (a lossy decoder's mark): the characters up to `end` stand
        /// for one U+FFFD.
        case lossy(end: Int)
    }

    /// Whether `page` has a lead byte for the scalar.
    @inline(__always)
    static func isLead(_ scalar: UInt32, in page: CodePage) -> Bool {
        guard scalar >= 0x80, let byte = page.byte(for: scalar) else { return false }
        return byte >= 0xC2 && byte <= 0xF4
    }

    static func read(at start: Int, in scalars: [UInt32], page: CodePage) -> Found {
        guard let lead = page.byte(for: scalars[start]), lead >= 0xC2, lead <= 0xF4 else { return .none }
        var index = start + 1
        let first = continuation(lead: lead, at: &index, in: scalars, page: page)
        switch first {
        case .failed(let real): return real > 0 ? .broken : .none
        case .lossy: return .lossy(end: index)
        case .complete(let value, let loose):
            if value >= 0xD800 && value <= 0xDBFF {
                // CESU-8: a high surrogate in three bytes; the low one must follow in three more.
                guard index < scalars.count, page.byte(for: scalars[index]) == 0xED else { return .broken }
                var lowIndex = index + 1
                guard
                    case .complete(let low, let lowLoose) = continuation(
                        lead: 0xED, at: &lowIndex, in: scalars, page: page), low >= 0xDC00 && low <= 0xDFFF
                else { return .broken }
                let combined = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                return .valid(end: lowIndex, value: combined, loose: loose || lowLoose)
            }
            if value >= 0xDC00 && value <= 0xDFFF { return .broken }
            return .valid(end: index, value: value, loose: loose)
        }
    }

    private enum Continuation {
        case complete(UInt32, loose: Bool)
        /// A lossy decoder's mark took the place of a byte: the sequence stands for U+FFFD.
        case lossy
        case failed(realBytes: Int)
    }

    /// Reads the continuation bytes of a sequence starting with `lead`; `index` ends after what was read.
    /// U+FFFD (or "?" after a real continuation byte) stands for one byte a lossy decoder dropped.
    private static func continuation(lead: UInt8, at index: inout Int, in scalars: [UInt32], page: CodePage)
        -> Continuation
    {
        let needed = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        var value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
        var loose = false
        var lossy = false
        var real = 0
        for position in 0..<needed {
            guard index < scalars.count else { break }
            let scalar = scalars[index]
            if scalar == 0xFFFD || (scalar == 0x3F && real >= 1 && !lossy) {
                lossy = true
                index += 1
                continue
            }
            let byte: UInt8
            if scalar == 0x20 {
                byte = 0xA0
            } else if scalar >= 0x80, let mapped = page.byte(for: scalar) {
                byte = mapped
            } else {
                break
            }
            let range: ClosedRange<UInt8> = position == 0 ? secondByteRange(lead) : 0x80...0xBF
            guard range.contains(byte) else { break }
            if scalar == 0x20 { loose = true } else { real += 1 }
            value = (value << 6) | UInt32(byte & 0x3F)
            index += 1
            if position == needed - 1 && !lossy { return .complete(value, loose: loose) }
        }
        if lossy {
            // Drop trailing spaces read as no-break spaces: they belong to the text, not the lost character.
            while index > 0 && scalars[index - 1] == 0x20 { index -= 1 }
            return .lossy
        }
        return .failed(realBytes: real)
    }

    private static func secondByteRange(_ lead: UInt8) -> ClosedRange<UInt8> {
        switch lead {
        case 0xE0: return 0xA0...0xBF
        case 0xF0: return 0x90...0xBF
        case 0xF4: return 0x80...0x8F
        default: return 0x80...0xBF
        }
    }
}
