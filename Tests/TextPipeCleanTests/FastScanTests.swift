import Foundation
import Testing
import TestSupport

@testable import TextPipeClean

/// The eight-bytes-at-a-time scans must answer exactly as the plain ones in ``ReferenceScans``.
@Suite("fast scans against plain ones")
struct FastScanTests {
    private static let scanPieces = [
        "a", "word", "Sentence. ", " ", "  ", "\n", "\n\n", "\n \n", "\t", "-", "-\n", "&", "<", "<p>", "\r", "\r\n",
        "\u{1}", "\u{7F}", "é", "기자", "“", "\u{A0}", " \n", "\t\n", "        ", "abcdefgh",
    ]

    @Test func textScanMatchesTheByteLoopOnMixedTexts() {
        for text in mixedTexts(count: 20_000, pieces: Self.scanPieces, seed: 7) {
            let fast = text.withUnsafeBufferPointer { TextScan($0) }
            #expect(fast == ReferenceScans.textScan(text), "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    /// Each special byte, and each pair and triple that a flag depends on, at every offset of a word of eight
    /// and across the edge between two words and into the last bytes that are read one by one.
    @Test func textScanMatchesTheByteLoopAtEveryPosition() {
        let inserts: [[UInt8]] = [
            [0x20, 0x20], [0x20, 0x0A], [0x09, 0x0A], [0x2D, 0x0A], [0x0A, 0x0A, 0x0A], [0x0A, 0x20, 0x0A, 0x0A],
            [0x0A, 0x7F, 0x0A, 0x0A], [0x0A, 0x61, 0x0A, 0x0A], [0x26], [0x3C], [0x0D], [0x01], [0x7F], [0x09],
            [0xC3, 0xA9], [0xC3, 0xA9, 0x7F], [0x0A], [0x20],
        ]
        for filler in [UInt8(ascii: "x"), 0x20] {
            for insert in inserts {
                for length in insert.count...40 {
                    for index in 0...(length - insert.count) {
                        var text = [UInt8](repeating: filler, count: length)
                        text.replaceSubrange(index..<(index + insert.count), with: insert)
                        let fast = text.withUnsafeBufferPointer { TextScan($0) }
                        #expect(fast == ReferenceScans.textScan(text), "\(insert) at \(index) of \(length)")
                    }
                }
            }
        }
    }

    @Test func copyrightRuleOnASCIIBytesMatchesTheStringRule() {
        let pieces = [
            "All Rights Reserved", "all rights reserved.", "ALL RIGHTS RESERVED", "all rights reserve", "(c) ",
            "(C) 2026",
            "Copyright", "copy right", "Unauthorized reproduction", "unauthorised reproduction",
            "REDISTRIBUTION PROHIBITED",
            "redistribution  prohibited", "The Paper ", "text ", "\r", "\u{212A}", "무단전재", "©", " ", "x",
        ]
        var lines = mixedTexts(count: 5_000, pieces: pieces, maximumPieces: 8, seed: 13).map {
            String(decoding: $0, as: UTF8.self)
        }
        let long = String(repeating: "a", count: NewsBoilerplate.copyrightLineLimit - 19)
        for extra in -2...2 {
            let filler = String(long.dropLast(max(0, -extra))) + String(repeating: "b", count: max(0, extra))
            lines += [
                filler + "All rights reserved", "Copyright " + filler, filler + "\u{212A}" + "All rights reserved",
            ]
        }
        for line in lines {
            #expect(
                NewsBoilerplate.isCopyright(line[...]) == ReferenceScans.isCopyright(line[...]),
                "\(line.debugDescription)")
        }
    }

    @Test func lineEndWhitespaceMatchesTheByteLoopWithItsMap() {
        let pieces = ["word", "a b", " ", "  ", "\t", "\n", "\n\n", " \n", "\n  ", "\t\n\t", "\n \n \n", "é", "x"]
        let normalizer = WhitespaceNormalizer(mode: .normalize)
        for text in mixedTexts(count: 20_000, pieces: pieces, maximumPieces: 14, seed: 17) {
            for tracks in [true, false] {
                let fast = normalizer.normalizeLineEnds(text, tracksAlignment: tracks)
                let plain = ReferenceScans.normalizeWhitespace(text, tracksAlignment: tracks)
                let label = String(decoding: text, as: UTF8.self).debugDescription
                #expect(fast?.text == plain?.text, "\(label)")
                #expect(fast?.map == plain?.map, "\(label)")
            }
        }
    }

    /// A copyright phrase, an "@" or a character that lowercases to ASCII at any byte of a body line stops
    /// the screen from clearing it, wherever it falls in a word of eight.
    @Test func screenSeesEveryMarkAtEveryPosition() {
        let body =
            "The minister told reporters on Tuesday that the government would not change its plans, officials said."
        #expect(Array(body.utf8).withUnsafeBufferPointer { FurnitureScreen.isSurelyText($0, 0..<$0.count) })
        let marks = [
            "All Rights Reserved", "unauthorized reproduction", "REDISTRIBUTION PROHIBITED", "무단전재", "a@b.com",
            "\u{130}", "\u{212A}",
        ]
        for mark in marks {
            for offset in 0...body.utf8.count {
                let index = body.utf8.index(body.utf8.startIndex, offsetBy: offset)
                guard let cut = index.samePosition(in: body) else { continue }
                let line = String(body[..<cut]) + " " + mark + " " + String(body[cut...])
                let cleared = Array(line.utf8).withUnsafeBufferPointer {
                    FurnitureScreen.isSurelyText($0, 0..<$0.count)
                }
                #expect(!cleared || NewsBoilerplate.furniture(line[...]) == nil, "\(line)")
                if marks.firstIndex(of: mark)! < 4 { #expect(!cleared, "\(line)") }
            }
        }
    }

    /// The word helpers of the line screen against byte loops: every length, a separator or a non-letter at
    /// every position, and ranges that end anywhere before the end of the buffer.
    @Test func wordHelpersMatchByteLoopsAtEveryPosition() {
        let fillers: [UInt8] = Array("abcXYZqw".utf8)
        let specials: [UInt8] = [0x20, 0x09, 0x40, 0x5B, 0x60, 0x7B, 0x41, 0x5A, 0x61, 0x7A, 0x2E, 0xC3, 0x00]
        for length in 0...26 {
            for special in specials {
                for position in -1..<length {
                    var bytes = (0..<length).map { fillers[$0 % fillers.count] }
                    if position >= 0 { bytes[position] = special }
                    bytes.withUnsafeBufferPointer { buffer in
                        for start in 0...length {
                            for end in start...length {
                                var expectedNext = start
                                while expectedNext < end && buffer[expectedNext] != 0x20 && buffer[expectedNext] != 0x09
                                {
                                    expectedNext += 1
                                }
                                #expect(LineBytes.nextSpaceOrTab(buffer, from: start, end: end) == expectedNext)
                                let expectedLetters =
                                    start < end
                                    && buffer[start..<end].allSatisfy { (0x61...0x7A).contains($0 | 0x20) }
                                #expect(LineBytes.isASCIILetters(buffer, start..<end) == expectedLetters)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The separators of the String rules, read from a character's scalars, answer as `==` does for every BMP
    /// scalar and for clusters that start with a separator.
    @Test func characterSeparatorsMatchCharacterEquality() {
        var characters: [Character] = (UInt32(0)..<0x1_0000).compactMap { Unicode.Scalar($0).map(Character.init) }
        // Clusters (a tab ends its own cluster, so it is split off from the mark after it).
        let clusters = [" \u{301}", "\u{A0}\u{301}", "\t\u{300}", ".\u{301}", "-\u{200D}", "\r\n", "/\u{20DD}"]
        characters += clusters.flatMap { Array($0) }
        for character in characters {
            #expect(character.isTrimmedPunctuation == (character.isPunctuation && character != "@"))
            #expect(character.separatesWords == (character == " " || character == "\t" || character == "\u{A0}"))
            #expect(character.separatesCreditParts == "/()[]=.,:-".contains(character))
        }
    }

    @Test func byteWordMasksFlagExactlyTheBytesThatPass() {
        var generator = SplitMix(state: 3)
        let interesting: [UInt8] = [0x00, 0x01, 0x0A, 0x1F, 0x20, 0x21, 0x26, 0x3C, 0x7E, 0x7F, 0x80, 0xA6, 0xBC, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator)
                    ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let word = bytes.withUnsafeBufferPointer { ByteWord.load($0.baseAddress!) }
            func expected(_ passes: (UInt8) -> Bool) -> UInt64 {
                bytes.enumerated().reduce(0) { $0 | (passes($1.element) ? UInt64(0x80) << (8 * $1.offset) : 0) }
            }
            #expect(ByteWord.equal(word, ByteWord.repeating(0x26)) == expected { $0 == 0x26 })
            #expect(ByteWord.equal(word, ByteWord.repeating(0x20)) == expected { $0 == 0x20 })
            #expect(ByteWord.below(word, 0x20) == expected { $0 < 0x20 })
            #expect(ByteWord.deleteOrNonASCII(word) == expected { $0 >= 0x7F })
        }
    }

    private static let htmlPieces = [
        "text ", "<BAC>", "<p>", "</p>", "<P class=\"x\">", "<div>", "<br/>", "<SRD>", "a < b ", "<c", ">",
        "<a href='>'>",
        "<!-- c -->", "<h1>", "<h7>", "<span", "<<", "<-", "<i>", "<b >", "\"", "'", "\n", "é", "<Article>", "<html-x>",
    ]

    @Test func looksLikeHTMLMatchesTheTagByTagScan() {
        var texts = mixedTexts(count: 20_000, pieces: Self.htmlPieces, maximumPieces: 12, seed: 11)
        texts += [" <!DOCTYPE html>", "\u{FEFF}<html>", "<?xml version", "  <HTML", "<p>", "<p><p>", "<BAC> <X>"].map {
            Array($0.utf8)
        }
        for text in texts {
            let fast = text.withUnsafeBufferPointer { HTMLText.looksLikeHTML($0) }
            #expect(
                fast == ReferenceScans.looksLikeHTML(text), "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }
}

/// Byte lookups in the word lists must answer as `Set<String>` does for the lowercased word.
@Suite("word sets on bytes")
struct FoldedWordSetTests {
    private static let lists: [(FoldedWordSet, Set<String>)] = [
        (
            FurnitureScreen.datelineWords,
            NewsBoilerplate.weekdays.union(NewsBoilerplate.months).union(NewsBoilerplate.timestampLabels)
        ),
        (FurnitureScreen.shareWords, NewsBoilerplate.shareWords),
        (FurnitureScreen.reporterWords, NewsBoilerplate.reporterWords),
        (FurnitureScreen.credits, NewsBoilerplate.photoCredits),
        (FoldedWordSet(HTMLElements.common), HTMLElements.common),
    ]

    @Test func everyMemberIsFoundInAnyCaseAndNearMissesAreNot() {
        for (fast, members) in Self.lists {
            for member in members {
                #expect(fast.contains(member))
                #expect(fast.contains(member.uppercased()) == members.contains(member.uppercased().lowercasedASCII))
                for variant in [member + "s", String(member.dropLast()), "x" + member, member + member] {
                    #expect(fast.contains(variant) == members.contains(variant.lowercasedASCII), "\(variant)")
                }
            }
            #expect(!fast.contains(""))
        }
    }

    @Test func randomASCIIWordsAnswerAsTheStringSet() {
        var generator = SplitMix(state: 5)
        let letters = Array("aeiostnrmpxAEIOST-|.".utf8)
        for _ in 0..<50_000 {
            let word = String(
                decoding: (0..<Int.random(in: 1...9, using: &generator)).map { _ in
                    letters.randomElement(using: &generator)!
                },
                as: UTF8.self)
            for (fast, members) in Self.lists {
                #expect(fast.contains(word) == members.contains(word.lowercasedASCII), "\(word)")
            }
        }
    }

    /// An ASCII word equals a member as a `String` only if the member's canonical decomposition is that word:
    /// a member that is not ASCII must not decompose to ASCII, or the byte lookup would miss it.
    @Test func noMemberIsCanonicallyASCIIWithoutBeingASCII() {
        for (_, members) in Self.lists {
            for member in members where !member.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(!member.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(member)")
            }
        }
    }
}

extension String {
    /// ASCII capitals lowered, as the line screens lower them.
    fileprivate var lowercasedASCII: String {
        String(decoding: utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
