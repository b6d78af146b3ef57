/// A binary min-heap of FIFO ranks: the open invoices of one customer with one open balance, so the
/// exact-amount rule finds the first of them without scanning the customer's invoices.
struct ReceivablesRankHeap {
    private var ranks: [Int] = []

    var isEmpty: Bool { ranks.isEmpty }
    var min: Int? { ranks.first }

    mutating func insert(_ rank: Int) {
        ranks.append(rank)
        var child = ranks.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if ranks[parent] <= ranks[child] { break }
            ranks.swapAt(parent, child)
            child = parent
        }
    }

    mutating func removeMin() {
        guard !ranks.isEmpty else { return }
        ranks.swapAt(0, ranks.count - 1)
        ranks.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < ranks.count, ranks[left] < ranks[smallest] { smallest = left }
            if right < ranks.count, ranks[right] < ranks[smallest] { smallest = right }
            if smallest == parent { break }
            ranks.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
