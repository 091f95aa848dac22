import Foundation

/// A first-in first-out queue that blocks takers until an item arrives or the queue is closed.
///
/// `@unchecked Sendable` is sound: `items` and `closed` are only touched while `condition` is locked.
final class WorkQueue<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Items not yet taken from `head` on; a taken slot is emptied at once, so a batch of documents is freed
    /// when its worker is done with it rather than when the array is next compacted.
    private var items: [Item?] = []
    private var head = 0
    private var closed = false

    func put(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// No more items will come; takers drain what is left and then get `nil`.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return item
    }
}

/// Holds results that finish out of order and hands them out in sequence order.
///
/// `@unchecked Sendable` is sound: all state is only touched while `condition` is locked.
final class OrderedResults<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [Int: Result] = [:]
    private var next = 0
    private var total: Int?

    func put(_ result: Result, at sequence: Int) {
        condition.lock()
        pending[sequence] = result
        if sequence == next { condition.signal() }
        condition.unlock()
    }

    /// Sets how many results there will be, once the reader is done.
    func finish(total: Int) {
        condition.lock()
        self.total = total
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in order, or `nil` when all have been handed out.
    func takeNext() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = pending.removeValue(forKey: next) {
                next += 1
                return result
            }
            if let total, next >= total { return nil }
            condition.wait()
        }
    }
}
