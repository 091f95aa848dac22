/// Byte codes for pair counting: an ASCII byte reads as the same symbol under every code page and language
/// (its `LanguageModel` ASCII class), so bytes of one class share a code and their pairs are counted together;
/// every byte above 0x7F keeps a code of its own.
enum ByteCodes {
    /// Codes 0..<29 are the ASCII classes, 29 is NUL (undecodable everywhere), then 0x80...0xFF.
    static let nul = LanguageModel.asciiClassCount
    static let firstHigh = nul + 1
    static let count = firstHigh + 128

    /// The code of each byte.
    static let codeOfByte: [UInt8] = (0..<256).map { byte in
        if byte >= 0x80 { return UInt8(firstHigh + byte - 0x80) }
        if byte == 0 { return UInt8(nul) }
        return UInt8(LanguageModel.asciiClass(UInt32(byte)) ?? 2)
    }

    /// A byte with each code (for the ASCII classes, one of their bytes).
    static let byteOfCode: [UInt8] = (0..<count).map { code in
        if code >= firstHigh { return UInt8(code - firstHigh + 0x80) }
        if code == nul { return 0 }
        return UInt8((1..<128).first { LanguageModel.asciiClass(UInt32($0)) == code } ?? 0x21)
    }
}

extension EncodingDetector {
    /// The byte pairs of a sample that touch a non-ASCII byte, as pairs of byte codes (`ByteCodes`) each with how
    /// often it occurs, and the histogram of the sample's bytes above 0x7F. Scoring a code page is then one
    /// multiply-add per distinct pair rather than one lookup per byte, so every code page and language can be
    /// scored.
    struct BytePairs {
        var first: [UInt8] = []
        var second: [UInt8] = []
        var counts: [Float] = []
        /// How often each byte occurs; entries below 0x80 stay 0.
        var histogram = [Int](repeating: 0, count: 256)
        /// How many bytes above 0x7F the sample holds.
        var highBytes = 0

        init(_ sample: UnsafeBufferPointer<UInt8>) {
            let size = ByteCodes.count
            var keys: [UInt16] = []
            var tally: [UInt16] = []
            ByteCodes.codeOfByte.withUnsafeBufferPointer { codes in
                // A sample holds at most `sampleSize` pairs, so a count fits 16 bits; zeroing the 50 KB table per
                // call costs far less than hashing.
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: size * size) { table in
                    table.initialize(repeating: 0)
                    keys = [UInt16](unsafeUninitializedCapacity: min(sample.count, size * size)) { found, foundCount in
                        guard let base = sample.baseAddress else {
                            foundCount = 0
                            return
                        }
                        var distinct = 0
                        var previous = 0x20
                        var index = 0
                        let wordEnd = sample.count - 8
                        while index < sample.count {
                            let byte = Int(base[index])
                            if byte | previous < 0x80 {
                                // No pair between two ASCII bytes: skip the next eight at once when they are ASCII.
                                if index <= wordEnd
                                    && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                                        & 0x8080_8080_8080_8080 == 0
                                {
                                    previous = Int(base[index + 7])
                                    index += 8
                                } else {
                                    previous = byte
                                    index += 1
                                }
                                continue
                            }
                            let key = Int(codes[previous]) &* size &+ Int(codes[byte])
                            let count = table[key]
                            if count == 0 {
                                found[distinct] = UInt16(truncatingIfNeeded: key)
                                distinct += 1
                            }
                            table[key] = count &+ 1
                            previous = byte
                            index += 1
                        }
                        foundCount = distinct
                    }
                    tally = keys.map { table[Int($0)] }
                }
            }
            first = keys.map { UInt8($0 / UInt16(size)) }
            second = keys.map { UInt8($0 % UInt16(size)) }
            counts = tally.map { Float($0) }
            // Every byte above 0x7F ends exactly one counted pair.
            for (code, count) in zip(second, tally) where Int(code) >= ByteCodes.firstHigh {
                histogram[Int(ByteCodes.byteOfCode[Int(code)])] += Int(count)
                highBytes += Int(count)
            }
        }

        private init(first: [UInt8], second: [UInt8], counts: [Float]) {
            self.first = first
            self.second = second
            self.counts = counts
        }

        /// The `limit` most frequent pairs; among equally frequent pairs, the ones seen first.
        func mostFrequent(_ limit: Int) -> BytePairs {
            guard counts.count > limit else { return self }
            // Counts are whole numbers: find the count at which the top `limit` end by walking a histogram
            // of counts down from the top, rather than sorting every pair.
            let cap = 256
            var buckets = [Int](repeating: 0, count: cap + 1)
            for count in counts { buckets[min(Int(count), cap)] += 1 }
            var above = 0
            var threshold = cap
            while threshold > 0 && above + buckets[threshold] < limit {
                above += buckets[threshold]
                threshold -= 1
            }
            var order: [Int]
            if threshold == cap {
                // More than `limit` pairs at or beyond the cap (not possible with a 16 KB sample): sort.
                order = Array(counts.indices.sorted { counts[$0] > counts[$1] }.prefix(limit))
            } else {
                order = []
                order.reserveCapacity(limit)
                var atThreshold = limit - above
                for index in counts.indices {
                    let count = Int(counts[index])
                    if count > threshold {
                        order.append(index)
                    } else if count == threshold && atThreshold > 0 {
                        order.append(index)
                        atThreshold -= 1
                    }
                }
            }
            return BytePairs(
                first: order.map { first[$0] }, second: order.map { second[$0] }, counts: order.map { counts[$0] })
        }
    }

    /// The code pages and languages worth scoring on every byte pair: all are first scored on the most frequent
    /// pairs only, and the best languages of the best code pages go on.
    func shortlist(_ pairs: BytePairs) -> [Int] {
        guard pairs.counts.count > Self.shortlistPairs else { return Array(singleBytePairs.indices) }
        let frequent = pairs.mostFrequent(Self.shortlistPairs)
        let scores = singleBytePairs.map { pairScore($0, frequent) + $0.prior }
        // Each code page's languages best first, and the code pages by their best language.
        let ranked = codePages.compactMap { page in
            page.pairs.isEmpty ? nil : page.pairs.sorted { scores[$0] > scores[$1] }
        }
        .sorted { scores[$0[0]] > scores[$1[0]] }
        return ranked.prefix(Self.shortlistEncodings).flatMap { $0.prefix(Self.shortlistLanguages) }
    }

    /// The pair score of a sample under a code page and language: every pair of symbols touching a non-ASCII byte.
    func pairScore(_ pair: SingleBytePair, _ pairs: BytePairs) -> Float {
        let size = pair.model.symbolCount
        return pair.model.pairLog.withUnsafeBufferPointer { table in
            pair.symbolOfCode.withUnsafeBufferPointer { symbols in
                pairs.first.withUnsafeBufferPointer { first in
                    pairs.second.withUnsafeBufferPointer { second in
                        pairs.counts.withUnsafeBufferPointer { counts in
                            var total: Float = 0
                            for index in 0..<counts.count {
                                let a = Int(symbols[Int(first[index])])
                                let b = Int(symbols[Int(second[index])])
                                total += counts[index] * table[a &* size &+ b]
                            }
                            return total
                        }
                    }
                }
            }
        }
    }
}
