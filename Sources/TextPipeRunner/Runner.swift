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

    /// A document on its way through the workers.
    struct Work: Sendable {
        var sequence: Int
        var document: Document
        var failure: StageFailure?
    }

    /// A processed document, serialised.
    struct Done: Sendable {
        var document: Document
        var failed: Bool
        var inputBytes: Int
        var output: [UInt8]?
    }

    /// Processes every input and writes it to `sink`.
    ///
    /// - Parameters:
    ///   - progress: Called from the writing thread now and then.
    /// - Returns: Counts and per-stage times.
    /// - Throws: ``OutputError`` when output cannot be written; ``InputError`` when input cannot be read.
    public func run(
        _ items: [InputItem], into sink: any OutputSink,
        progress: ((Progress) -> Void)? = nil
    ) throws -> RunSummary {
        let started = ContinuousClock.now
        let jobs = max(1, configuration.jobs)
        let window = DispatchSemaphore(value: jobs * max(1, configuration.windowPerJob))
        let inbox = WorkQueue<Work>()
        let results = OrderedResults<Done>()
        let stop = LockedValue(false)
        let readError = LockedValue<(any Error)?>(nil)
        let stageNanos = LockedValue([UInt64](repeating: 0, count: pipeline.stages.count))
        let stageCounts = LockedValue([(documents: Int, bytes: Int)](repeating: (0, 0), count: pipeline.stages.count))
        let workersDone = DispatchGroup()

        let reader = DocumentReader(
            format: configuration.inputFormat, keepsBytes: pipeline.decodesText,
            tracksAlignment: configuration.sourceOffsets)
        let readerDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var sequence = 0
            do {
                try reader.read(items) { document, failure in
                    if stop.withLock({ $0 }) { return false }
                    window.wait()
                    inbox.put(Work(sequence: sequence, document: document, failure: failure))
                    sequence += 1
                    return true
                }
            } catch {
                readError.withLock { $0 = error }
            }
            inbox.close()
            results.finish(total: sequence)
            readerDone.signal()
        }

        for _ in 0..<jobs {
            workersDone.enter()
            Thread.detachNewThread { [pipeline, encoder, resume] in
                var nanos = [UInt64](repeating: 0, count: pipeline.stages.count)
                var counts = [(documents: Int, bytes: Int)](repeating: (0, 0), count: pipeline.stages.count)
                while let work = inbox.take() {
                    var document = work.document
                    let inputBytes = document.source.byteCount ?? document.text.utf8.count
                    var failure = work.failure
                    var provenance: [(key: String, value: JSONValue)] = []
                    if let resume, failure == nil {
                        let inputHash = ContentHash.input(of: document)
                        if resume.isCurrent(id: document.id, inputHash: inputHash) {
                            results.put(Done(document: document, failed: false, inputBytes: inputBytes, output: nil), at: work.sequence)
                            continue
                        }
                        provenance = resume.fields(inputHash: inputHash)
                    }
                    if failure == nil {
                        for (index, stage) in pipeline.stages.enumerated() {
                            let size = document.bytes?.count ?? document.text.utf8.count
                            let before = DispatchTime.now().uptimeNanoseconds
                            do throws(StageFailure) {
                                try Pipeline.run(stage, on: &document)
                            } catch {
                                failure = error
                            }
                            nanos[index] += DispatchTime.now().uptimeNanoseconds - before
                            counts[index].documents += 1
                            counts[index].bytes += size
                            if failure != nil { break }
                        }
                    }
                    let output = encoder.encode(document, failure: failure, extra: provenance)
                    results.put(Done(document: document, failed: failure != nil, inputBytes: inputBytes, output: output), at: work.sequence)
                }
                stageNanos.withLock { total in for index in total.indices { total[index] += nanos[index] } }
                stageCounts.withLock { total in
                    for index in total.indices {
                        total[index].documents += counts[index].documents
                        total[index].bytes += counts[index].bytes
                    }
                }
                workersDone.leave()
            }
        }

        var summary = RunSummary()
        var lastProgress = ContinuousClock.now
        var writeError: (any Error)?
        while let done = results.takeNext() {
            window.signal()
            summary.bytes += done.inputBytes
            guard let output = done.output else {
                summary.skipped += 1
                continue
            }
            summary.documents += 1
            if done.failed {
                summary.failed += 1
                if configuration.failFast { stop.withLock { $0 = true } }
            }
            if writeError == nil {
                do {
                    try sink.write(output, for: done.document)
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
        let nanos = stageNanos.withLock { $0 }
        let counts = stageCounts.withLock { $0 }
        summary.stages = pipeline.stages.indices.map { index in
            RunSummary.StageTime(
                stage: pipeline.stages[index].name, seconds: Double(nanos[index]) / 1e9,
                documents: counts[index].documents, bytes: counts[index].bytes)
        }
        return summary
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
