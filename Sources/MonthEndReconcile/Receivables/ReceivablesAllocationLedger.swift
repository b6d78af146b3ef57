/// The open balances of every invoice while payments are applied. Each customer's open invoices sit in
/// FIFO order (due date, invoice date, number) behind a cursor that only moves forward past closed
/// ones, and a heap per (customer, open balance) answers the exact-amount rule, so a month of
/// payments costs O((invoices + payments) log invoices), never a rescan of closed invoices.
struct ReceivablesAllocationLedger {
    private struct ExactKey: Hashable {
        var customer: Int
        var fen: Int64
    }

    private(set) var openBalances: [Money]
    private var customerOfInvoice: [Int]
    /// Per customer: its invoices with a positive opening balance, in FIFO order.
    private var fifo: [[Int]]
    /// Invoice -> its position in its customer's FIFO list.
    private var rank: [Int]
    private var cursor: [Int]
    private var exact: [ExactKey: ReceivablesRankHeap] = [:]

    /// `fifoOrder` lists every invoice index in FIFO order; only positive balances become open.
    init(openingBalances: [Money], customerOfInvoice: [Int], customerCount: Int, fifoOrder: [Int]) {
        openBalances = openingBalances
        self.customerOfInvoice = customerOfInvoice
        fifo = Array(repeating: [], count: customerCount)
        rank = Array(repeating: -1, count: openingBalances.count)
        cursor = Array(repeating: 0, count: customerCount)
        for invoice in fifoOrder where openingBalances[invoice].isPositive {
            let customer = customerOfInvoice[invoice]
            rank[invoice] = fifo[customer].count
            fifo[customer].append(invoice)
            exact[ExactKey(customer: customer, fen: openingBalances[invoice].fen), default: .init()]
                .insert(rank[invoice])
        }
    }

    func customer(ofInvoice invoice: Int) -> Int { customerOfInvoice[invoice] }

    /// Settles `invoice` with as much of `remaining` as its open balance takes.
    mutating func settle(
        _ invoice: Int, from remaining: inout Money, into allocations: inout [(invoice: Int, amount: Money)]
    ) {
        let amount = min(remaining, openBalances[invoice])
        guard amount.isPositive else { return }
        remaining -= amount
        openBalances[invoice] -= amount
        allocations.append((invoice, amount))
        if openBalances[invoice].isPositive {
            let customer = customerOfInvoice[invoice]
            exact[ExactKey(customer: customer, fen: openBalances[invoice].fen), default: .init()]
                .insert(rank[invoice])
        }
    }

    /// The customer's first open invoice, in FIFO order, whose open balance is exactly `amount`.
    mutating func firstInvoice(ofCustomer customer: Int, withOpenBalance amount: Money) -> Int? {
        guard customer < fifo.count, amount.isPositive else { return nil }
        let key = ExactKey(customer: customer, fen: amount.fen)
        // Taken out of the dictionary while popping, so the heap is not copied on write.
        guard var heap = exact.removeValue(forKey: key) else { return nil }
        defer { if !heap.isEmpty { exact[key] = heap } }
        // Entries go stale when a balance moves on; balances only fall, so a stale one never revives.
        while let top = heap.min {
            if openBalances[fifo[customer][top]] == amount { return fifo[customer][top] }
            heap.removeMin()
        }
        return nil
    }

    /// First in, first out over the customer's open invoices until `remaining` is used up.
    mutating func settleInOrder(
        customer: Int, from remaining: inout Money, into allocations: inout [(invoice: Int, amount: Money)]
    ) {
        guard customer < fifo.count else { return }
        let list = fifo[customer]
        var position = cursor[customer]
        while remaining.isPositive, position < list.count {
            if openBalances[list[position]].isPositive {
                settle(list[position], from: &remaining, into: &allocations)
            }
            if !openBalances[list[position]].isPositive { position += 1 }
        }
        cursor[customer] = position
    }
}
