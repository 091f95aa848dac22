/// Time and volume per stage, accumulated per worker and merged at the end of a run.
struct StageStatistics: Sendable {
    private var nanoseconds: [UInt64]
    private var documents: [Int]
    private var bytes: [Int]

    init(count: Int) {
        nanoseconds = Array(repeating: 0, count: count)
        documents = Array(repeating: 0, count: count)
        bytes = Array(repeating: 0, count: count)
    }

    /// Adds the time a stage took over `count` documents of `size` bytes in all.
    mutating func record(stage: Int, nanoseconds elapsed: UInt64, documents count: Int, bytes size: Int) {
        nanoseconds[stage] += elapsed
        documents[stage] += count
        bytes[stage] += size
    }

    mutating func add(_ other: StageStatistics) {
        for index in nanoseconds.indices {
            nanoseconds[index] += other.nanoseconds[index]
            documents[index] += other.documents[index]
            bytes[index] += other.bytes[index]
        }
    }

    func times(for names: [String]) -> [RunSummary.StageTime] {
        names.indices.map {
            RunSummary.StageTime(stage: names[$0], seconds: Double(nanoseconds[$0]) / 1e9, documents: documents[$0], bytes: bytes[$0])
        }
    }
}
