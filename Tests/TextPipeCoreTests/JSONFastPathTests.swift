import Testing

@testable import TextPipeCore

/// The parser decodes escaped strings straight into the string's storage and scans sixteen bytes at a time; the
/// output context skips ASCII sixty-four bytes at a time. Each is checked here against a plain byte-by-byte
/// version on strings with every kind of escape and byte at every position.
@Suite("JSON fast paths")
struct JSONFastPathTests {
    /// The escapes a JSON string can hold, with the bytes each decodes to.
    private static let escapes: [(json: String, decoded: [UInt8])] = [
        (#"\""#, [0x22]), (#"\\"#, [0x5C]), (#"\/"#, [0x2F]), (#"\b"#, [0x08]), (#"\f"#, [0x0C]),
        (#"\n"#, [0x0A]), (#"\r"#, [0x0D]), (#"\t"#, [0x09]), (#"\u0041"#, [0x41]), (#"\u00e9"#, [0xC3, 0xA9]),
        (#"\u20AC"#, [0xE2, 0x82, 0xAC]), (#"\ud83d\ude00"#, [0xF0, 0x9F, 0x98, 0x80]),
        // A lone surrogate becomes U+FFFD.
        (#"\ud800"#, [0xEF, 0xBF, 0xBD]),
    ]

    /// Plain text of `length` bytes, a news sentence repeated.
    private func plain(_ length: Int) -> [UInt8] {
        let sentence = Array("Officials said the talks in Geneva would resume on Friday. ".utf8)
        return (0..<length).map { sentence[$0 % sentence.count] }
    }

    /// The string body `plain(length)` with `insert` (JSON text, decoding to `decoded`) placed at `index`.
    private func body(length: Int, inserting insert: [UInt8], decoded: [UInt8], at index: Int) -> (
        json: [UInt8], expected: [UInt8]
    ) {
        let text = plain(length)
        return (Array(text[..<index]) + insert + text[index...], Array(text[..<index]) + decoded + text[index...])
    }

    @Test func everyEscapeAtEveryPositionDecodesAsByteByByte() throws {
        for escape in Self.escapes {
            for length in 0...70 {
                for index in 0...length {
                    let (json, expected) = body(
                        length: length, inserting: Array(escape.json.utf8), decoded: escape.decoded, at: index)
                    let parsed = try JSONParser.parse([0x22] + json + [0x22])
                    #expect(
                        parsed == .string(String(decoding: expected, as: UTF8.self)),
                        "\(escape.json) length \(length) at \(index)")
                }
            }
        }
    }

    @Test func randomStringsWithEscapesDecodeAsByteByByte() throws {
        var generator = SplitMix(seed: 6)
        let plainBytes = Array("abc xyz,.'-0123456789".utf8) + [0xC3, 0xA9]
        for round in 0..<2000 {
            var json: [UInt8] = []
            var expected: [UInt8] = []
            for _ in 0..<Int(generator.next() % 120) {
                if generator.next() % 6 == 0 {
                    let escape = Self.escapes[Int(generator.next() % UInt64(Self.escapes.count))]
                    json += Array(escape.json.utf8)
                    expected += escape.decoded
                } else {
                    let byte = plainBytes[Int(generator.next() % UInt64(plainBytes.count))]
                    json.append(byte)
                    expected.append(byte)
                }
            }
            let parsed = try JSONParser.parse([0x22] + json + [0x22])
            #expect(parsed == .string(String(decoding: expected, as: UTF8.self)), "round \(round)")
        }
    }

    @Test func invalidUTF8InAnEscapedStringIsRepairedAsInAPlainOne() throws {
        // Bytes that are not UTF-8 become U+FFFD the same way with or without an escape in the string.
        for length in 0...40 {
            for index in 0...length {
                let (json, expected) = body(length: length, inserting: [0xFF, 0xC3], decoded: [0xFF, 0xC3], at: index)
                let escaped = try JSONParser.parse([0x22] + json + Array(#"\n""#.utf8))
                #expect(
                    escaped == .string(String(decoding: expected + [0x0A], as: UTF8.self)),
                    "length \(length) at \(index)")
            }
        }
    }

    @Test func controlCharactersAndUnterminatedStringsFailAtEveryPosition() {
        for length in 0...40 {
            for index in 0...length {
                let (json, _) = body(length: length, inserting: [0x01], decoded: [], at: index)
                #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22] + json + [0x22]) }
                let (escaped, _) = body(length: length, inserting: Array(#"\n"#.utf8), decoded: [], at: index)
                #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22] + escaped) }
            }
        }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(#""abc\"#.utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(#""abc\x""#.utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(#""abc\u12""#.utf8)) }
    }

    @Test func aShortEscapedStringBeforeALongOneKeepsItsValue() throws {
        // The short string is decoded into room for the whole rest of the line, then copied to its own size.
        let long = String(decoding: plain(5000), as: UTF8.self)
        let json = Array(#"{"title":"a \"quoted\" title","text":"\#(long)\n"}"#.utf8)
        let members = try json.withUnsafeBufferPointer { try JSONParser.parseMembers($0) }
        #expect(members?.map(\.key) == ["title", "text"])
        #expect(members?.first?.value == .string(#"a "quoted" title"#))
        #expect(members?.last?.value == .string(long + "\n"))
    }

    @Test func visitedMembersAreTheParsedMembers() throws {
        let json = Array(#" {"id": 7, "text": "a\tb", "tags": ["x", {"y": null}], "id": "last"} "#.utf8)
        var visited: [(String, JSONValue, Range<Int>)] = []
        let isObject = try json.withUnsafeBufferPointer { buffer in
            try JSONParser.visitMembers(buffer) { key, value, raw in visited.append((key, value, raw)) }
        }
        #expect(isObject)
        #expect(visited.map(\.0) == ["id", "text", "tags", "id"])
        #expect(
            visited.map(\.1) == [
                .number("7"), .string("a\tb"), try JSONParser.parse(#"["x", {"y": null}]"#), .string("last"),
            ])
        #expect(String(decoding: json[visited[1].2], as: UTF8.self) == #""a\tb""#)
        let array = Array("[1]".utf8)
        #expect(try array.withUnsafeBufferPointer { try JSONParser.visitMembers($0) { _, _, _ in } } == false)
    }

    @Test func scalarOffsetsMatchCountingScalars() {
        // Multi-byte characters at every position of texts around the 8-, 32- and 64-byte block sizes.
        for character in ["é", "€", "😀"] {
            for length in 0...140 {
                for index in stride(from: 0, through: length, by: length > 70 ? 7 : 1) {
                    var scalars = Array(String(decoding: plain(length), as: UTF8.self).unicodeScalars)
                    scalars.insert(contentsOf: character.unicodeScalars, at: index)
                    if length % 3 == 0 { scalars.append(contentsOf: character.unicodeScalars) }
                    var text = ""
                    text.unicodeScalars.append(contentsOf: scalars)
                    let context = OutputContext(text: text)
                    var utf8Offset = 0
                    for (scalarIndex, scalar) in scalars.enumerated() {
                        #expect(
                            context.scalarOffset(utf8Offset) == scalarIndex, "\(character) length \(length) at \(index)"
                        )
                        utf8Offset += String(scalar).utf8.count
                    }
                    #expect(context.scalarOffset(utf8Offset) == scalars.count)
                }
            }
        }
    }
}

/// A small seeded generator, so the random cases are the same on every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
