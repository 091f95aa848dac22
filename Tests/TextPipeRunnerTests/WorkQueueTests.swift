import Testing

@testable import TextPipeRunner

/// The queue between the reader and the workers must not keep what it handed out: a long run would otherwise
/// hold every batch of input until the queue is next compacted.
@Suite("work queue")
struct WorkQueueTests {
    final class Payload: Sendable {}

    @Test func aTakenItemIsNotKeptByTheQueue() {
        let queue = WorkQueue<Payload>()
        weak var released: Payload?
        do {
            let payload = Payload()
            released = payload
            queue.put(payload)
            queue.put(Payload())
            #expect(queue.take() === payload)
        }
        #expect(released == nil)
        #expect(queue.take() != nil)
        queue.close()
        #expect(queue.take() == nil)
    }

    @Test func itemsComeOutInOrderAcrossCompaction() {
        let queue = WorkQueue<Int>()
        for value in 0..<3000 { queue.put(value) }
        queue.close()
        var taken: [Int] = []
        while let value = queue.take() { taken.append(value) }
        #expect(taken == Array(0..<3000))
    }
}
