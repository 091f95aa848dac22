extension EncodingDetector {
    /// How far behind the leader a reading may fall on the same stretch of the sample before it leaves the race:
    /// `raceMargin` nats, and `raceMarginPerByte` nats for every byte above 0x7F of the stretch. Scores only move
    /// on non-ASCII bytes; a wrong reading of running text loses several nats a character, while a header of
    /// box drawing or symbols (unlikely characters under every reading) can favour a wrong reading by about
    /// 0.4 nats a byte for a while (the Johab manual of the decode set), so the margin keeps a wide berth.
    static let raceMargin: Float = 100
    static let raceMarginPerByte: Float = 2
    /// How many bytes every reading scores between two comparisons.
    static let raceChunk = 1024

    /// A multi-byte candidate part-way through the sample.
    private struct Runner {
        let candidate: Int
        var index = 0
        var score: Float
        var invalid = 0
        var scanned = 0
        var alive = true
    }

    /// The best single-byte reading, scored byte by byte over the same stretches as the multi-byte readings.
    private struct SingleByteRunner {
        let pair: SingleBytePair
        var index = 0
        var previous: UInt8 = 0x20
        var score: Float

        mutating func advance(_ sample: UnsafeBufferPointer<UInt8>, to stop: Int) {
            let size = pair.model.symbolCount
            let end = min(stop, sample.count)
            var total = score
            var previous = self.previous
            pair.model.pairLog.withUnsafeBufferPointer { table in
                pair.symbolOfCode.withUnsafeBufferPointer { symbols in
                    ByteCodes.codeOfByte.withUnsafeBufferPointer { codes in
                        for byte in sample[index..<max(index, end)] {
                            if (byte | previous) >= 0x80 {
                                let a = Int(symbols[Int(codes[Int(previous)])])
                                let b = Int(symbols[Int(codes[Int(byte)])])
                                total += table[a &* size &+ b]
                            }
                            previous = byte
                        }
                    }
                }
            }
            index = max(index, end)
            score = total
            self.previous = previous
        }
    }

    /// Scores the multi-byte candidates a chunk at a time against each other and against `singleByte`, the best
    /// single-byte reading of the whole sample, dropping every reading that falls far behind the leader.
    /// Returns the multi-byte candidates left (with the score of the stretch they were scored on) and whether
    /// the single-byte readings are still in the race. Scoring stops when one reading is left: the rest of the
    /// sample can no longer change the answer.
    func raceMultiByte(
        _ sample: UnsafeBufferPointer<UInt8>, highBytes: Int, against singleByte: SingleBytePair?
    ) -> (multiByte: [Scored], singleByteStays: Bool) {
        var runners = multiByte.indices.map { Runner(candidate: $0, score: multiByte[$0].prior) }
        var single = singleByte.map { SingleByteRunner(pair: $0, score: $0.prior) }
        // A sample cut in the middle of a character must not count against the encoding.
        let end = sample.count == Self.sampleSize ? sample.count - 3 : sample.count
        var stop = 0
        var highBytesSoFar = 0
        while true {
            let start = stop
            stop = min(end, stop + Self.raceChunk)
            for byte in sample[start..<stop] where byte >= 0x80 { highBytesSoFar += 1 }
            for slot in runners.indices where runners[slot].alive {
                runners[slot].alive = advance(&runners[slot], sample, to: stop, highBytes: highBytes)
            }
            single?.advance(sample, to: stop)
            var leader = -Float.infinity
            for runner in runners where runner.alive { leader = max(leader, runner.score) }
            if let single { leader = max(leader, single.score) }
            let floor = leader - max(Self.raceMargin, Self.raceMarginPerByte * Float(highBytesSoFar))
            var racers = 0
            for slot in runners.indices where runners[slot].alive {
                if runners[slot].score < floor { runners[slot].alive = false } else { racers += 1 }
            }
            if let reading = single {
                if reading.score < floor { single = nil } else { racers += 1 }
            }
            if stop >= end || racers <= 1 { break }
        }
        let scored = runners.filter(\.alive).map { runner in
            Scored(
                score: runner.score, encoding: multiByte[runner.candidate].name,
                language: multiByte[runner.candidate].model.language)
        }
        return (scored, singleByte == nil || single != nil)
    }

    /// Scores a multi-byte candidate up to the first character boundary at or after `stop`; `false` when its
    /// structure rules it out.
    private func advance(
        _ runner: inout Runner, _ sample: UnsafeBufferPointer<UInt8>, to stop: Int, highBytes: Int
    ) -> Bool {
        let candidate = multiByte[runner.candidate]
        let table = candidate.table
        let model = candidate.model
        let limit = highBytes / 10 + 8
        let invalidLog = LanguageModel.invalidLog
        let unseen = Int(model.unseen)
        var index = runner.index
        var total = runner.score
        var invalid = runner.invalid
        var scanned = runner.scanned
        defer {
            runner.index = index
            runner.score = total
            runner.invalid = invalid
            runner.scanned = scanned
        }
        return model.unigramLog.withUnsafeBufferPointer { unigram in
            model.symbolOfScalar.withUnsafeBufferPointer { symbols in
                candidate.symbolOfSingle.withUnsafeBufferPointer { singles in
                    candidate.symbolOfPair.withUnsafeBufferPointer { pairs in
                        while index < stop {
                            let byte = sample[index]
                            if byte < 0x80 {
                                index += 1
                                continue
                            }
                            scanned += 1
                            // Most characters: one lookup in the candidate's symbol tables.
                            var symbol = singles[Int(byte) - 0x80]
                            var length = 1
                            if symbol == MultiByteTable.undecided && byte >= 0x81 && byte <= 0xFE
                                && index + 1 < sample.count
                            {
                                let trail = Int(sample[index + 1]) - MultiByteTable.trailBase
                                if trail >= 0 {
                                    symbol = pairs[(Int(byte) - 0x81) * MultiByteTable.trailCount + trail]
                                    length = 2
                                }
                            }
                            if symbol != MultiByteTable.undecided {
                                total += unigram[Int(symbol)]
                                index += length
                                continue
                            }
                            let (scalar, sequence) = table.next(sample, at: index)
                            if scalar == 0 {
                                invalid += 1
                                // Judged as the scan goes, so text in a single-byte code page is dropped early.
                                if invalid > limit || invalid > scanned / 10 + 8 { return false }
                                total += invalidLog
                            } else {
                                total += unigram[scalar < 0x10000 ? Int(symbols[Int(scalar)]) : unseen]
                            }
                            index += sequence
                        }
                        return true
                    }
                }
            }
        }
    }
}
