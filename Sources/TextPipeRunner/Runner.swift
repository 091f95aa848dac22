import Foundation

/// Streams documents through a pipeline on several threads and writes them out in input order.
///
/// One thread reads inputs, `jobs` workers run the pipeline and serialise each document, and the calling
/// thread writes results in order. At most `jobs × windowPerJob` documents are in flight, so memory stays
/// flat whatever the size of the input. A document that fails is written with its error and the run goes on.
public struct Runner: Sendable {
    public let pipeline: Pipeline
    public let configuration: RunConfiguration
    public var encoder: DocumentEncoder
    /// Hash recording and skipping for folder outputs (`--resume`).
    public var resume: ResumePolicy?

    public init(pipeline: Pipeline, configuration: RunConfiguration) {
        self.pipeline = pipeline
        self.configuration = configuration
        self.encoder = DocumentEncoder(format: configuration.outputFormat, sourceOffsets: configuration.sourceOffsets)
    }

    /// Progress as the writer sees it, for a progress line.
    public struct Progress: Sendable {
        public var documents: Int
        public var failed: Int
        public var bytes: Int
        public var seconds: Double
    }

    /// Inputs handed to a worker together; batching keeps lock traffic low when documents are small.
    struct Batch: Sendable {
        var sequence: Int
        var items: [DocumentReader.Pending]
    }

    /// A processed document, serialised.
    struct Done: Sendable {
        var document: Document
        var failed: Bool
        var inputBytes: Int
        /// Where the encoded output is in its batch's bytes; `nil` when the document was skipped as up to date.
        var output: Range<Int>?
    }

    /// A processed batch: its documents' outputs one after another in one buffer, allocated once per batch
    /// rather than once per document (each as large as the text: the allocator's slow path).
    struct DoneBatch: Sendable {
        var documents: [Done]
        var bytes: [UInt8]
    }

    /// Documents per batch, and the size at which a batch is sent early. Each batch costs a few lock hand-offs
    /// between threads, and on two cores those cost more than the work on a batch of 16 short articles: 64 ran a
    /// sentence_split pipeline 1.3 times as fast.
    static let batchCount = 64
    static let batchBytes = 1 << 20

    /// Processes every input and writes it to `sink`.
    ///
    /// - Parameter progress: Called from the writing thread now and then.
    /// - Returns: Counts and per-stage times.
    /// - Throws: ``OutputError`` when output cannot be written; ``InputError`` when input cannot be read.
    public func run(
        _ items: [InputItem], into sink: any OutputSink, progress: ((Progress) -> Void)? = nil
    ) throws -> RunSummary {
        let started = ContinuousClock.now
        let jobs = max(1, configuration.jobs)
        // The window counts batches; at most this many documents are in memory at once.
        let window = DispatchSemaphore(value: max(2, jobs * max(1, configuration.windowPerJob) / Runner.batchCount + jobs))
        let inbox = WorkQueue<Batch>()
        let results = OrderedResults<DoneBatch>()
        let stop = LockedValue(false)
        let readError = LockedValue<(any Error)?>(nil)
        let statistics = LockedValue(StageStatistics(count: pipeline.stages.count))
        let workersDone = DispatchGroup()
        let reader = DocumentReader(
            format: configuration.inputFormat, keepsBytes: pipeline.decodesText,
            tracksAlignment: configuration.sourceOffsets)

        let readerDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var sequence = 0
            var batch: [DocumentReader.Pending] = []
            var batchBytes = 0
            func send() {
                guard !batch.isEmpty else { return }
                window.wait()
                inbox.put(Batch(sequence: sequence, items: batch))
                sequence += 1
                batch = []
                batchBytes = 0
            }
            do {
                try reader.read(items) { pending in
                    if stop.withLock({ $0 }) { return false }
                    batchBytes += pending.size
                    batch.append(pending)
                    if batch.count >= Runner.batchCount || batchBytes >= Runner.batchBytes { send() }
                    return true
                }
            } catch {
                readError.withLock { $0 = error }
            }
            send()
            inbox.close()
            results.finish(total: sequence)
            readerDone.signal()
        }

        for _ in 0..<jobs {
            workersDone.enter()
            Thread.detachNewThread { [self] in
                var local = StageStatistics(count: pipeline.stages.count)
                while let batch = inbox.take() {
                    results.put(process(batch.items, reader: reader, statistics: &local), at: batch.sequence)
                }
                statistics.withLock { $0.add(local) }
                workersDone.leave()
            }
        }

        var summary = RunSummary()
        var lastProgress = ContinuousClock.now
        var writeError: (any Error)?
        while let batch = results.takeNext() {
            window.signal()
            for index in batch.documents.indices {
                summary.bytes += batch.documents[index].inputBytes
                guard let output = batch.documents[index].output.map({ batch.bytes[$0] }) else {
                    summary.skipped += 1
                    continue
                }
                summary.documents += 1
                if batch.documents[index].failed {
                    summary.failed += 1
                    if configuration.failFast { stop.withLock { $0 = true } }
                }
                guard writeError == nil else { continue }
                do {
                    try sink.write(output, for: batch.documents[index].document)
                } catch {
                    writeError = error
                    stop.withLock { $0 = true }
                }
            }
            if let progress, ContinuousClock.now - lastProgress > .milliseconds(200) {
                lastProgress = ContinuousClock.now
                progress(Progress(documents: summary.documents, failed: summary.failed, bytes: summary.bytes, seconds: seconds(since: started)))
            }
        }
        readerDone.wait()
        workersDone.wait()
        if let writeError {
            sink.discard()
            throw writeError
        }
        if let error = readError.withLock({ $0 }) {
            sink.discard()
            throw error
        }
        try sink.finish()
        summary.seconds = seconds(since: started)
        summary.stages = statistics.withLock { $0 }.times(for: pipeline.stages.map(\.name))
        return summary
    }

    /// What the runner knows of a document between reading and encoding, besides the document itself.
    private struct InFlight {
        var failure: StageFailure?
        var inputBytes: Int
        /// The input hash and pipeline hash recorded in the output (`--resume`).
        var provenance: [(key: String, value: JSONValue)] = []
        /// Skipped: its output is up to date (`--resume`).
        var upToDate = false

        /// Whether the stages still run on the document.
        var isPending: Bool { failure == nil && !upToDate }
    }

    /// Runs the pipeline on a batch of documents and encodes each.
    ///
    /// Stage by stage over the whole batch rather than document by document: the stages' code and tables
    /// together are far larger than the processor's caches, and running every stage on one document before
    /// the next evicted each stage's code for every document. A document whose stage fails skips the stages
    /// after it, as before; its output carries the error.
    private func process(
        _ items: [DocumentReader.Pending], reader: DocumentReader, statistics: inout StageStatistics
    ) -> DoneBatch {
        // The documents are held in memory of their own, changed in place through pointers and moved out into
        // their `Done` at the end: kept in an array (alone or in a struct with the rest), each was copied about
        // four times on the way, a dozen retains and releases each.
        let documents = UnsafeMutableBufferPointer<Document>.allocate(capacity: items.count)
        defer { documents.deallocate() }
        var states: [InFlight] = []
        states.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            let slot = documents.baseAddress! + position
            let failure = reader.resolve(item, into: slot)
            states.append(state(of: slot, failure: failure))
        }
        for (index, stage) in pipeline.stages.enumerated() {
            var count = 0
            var bytes = 0
            let before = DispatchTime.now().uptimeNanoseconds
            for position in documents.indices where states[position].isPending {
                let document = documents.baseAddress! + position
                count += 1
                bytes += document.pointee.bytes?.count ?? document.pointee.text.utf8.count
                do throws(StageFailure) {
                    try Pipeline.run(stage, on: &document.pointee)
                } catch {
                    states[position].failure = error
                }
            }
            let elapsed = DispatchTime.now().uptimeNanoseconds - before
            statistics.record(stage: index, nanoseconds: elapsed, documents: count, bytes: bytes)
        }
        var expectedSize = 0
        for position in documents.indices where !states[position].upToDate {
            let textBytes = (documents.baseAddress! + position).pointee.text.utf8.count
            expectedSize += DocumentEncoder.expectedSize(textBytes: textBytes)
        }
        var writer = JSONWriter(reservingCapacity: expectedSize)
        var done: [Done] = []
        done.reserveCapacity(items.count)
        for position in documents.indices {
            let document = documents.baseAddress! + position
            var output: Range<Int>?
            if !states[position].upToDate {
                let start = writer.count
                encoder.encode(
                    at: document, failure: states[position].failure, extra: states[position].provenance, into: &writer)
                output = start..<writer.count
            }
            // The writer needs only the id (for folder outputs): the text and layers are freed here, by the
            // thread that allocated them. Freed on the writing thread instead, they cost the allocator's arena
            // locks and trimming across threads: news with -j 2 on ten copies of the corpus (229 MB) took 8.2-9.6 s
            // instead of 7.5-7.7 s, for a gain of a few per cent with -j 1 (where the writing thread has a core of
            // its own).
            document.pointee.dropContent()
            done.append(
                Done(
                    document: document.move(), failed: states[position].failure != nil,
                    inputBytes: states[position].inputBytes, output: output))
        }
        return DoneBatch(documents: done, bytes: writer.takeBytes())
    }

    /// What the runner records of a read document, checked against `--resume`.
    private func state(of document: UnsafePointer<Document>, failure: consuming StageFailure?) -> InFlight {
        var state = InFlight(
            failure: failure, inputBytes: document.pointee.source.byteCount ?? document.pointee.text.utf8.count)
        if let resume, state.failure == nil {
            let inputHash = ContentHash.input(of: document.pointee)
            if resume.isCurrent(id: document.pointee.id, inputHash: inputHash) {
                state.upToDate = true
            } else {
                state.provenance = resume.fields(inputHash: inputHash)
            }
        }
        return state
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
