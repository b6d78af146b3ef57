/// Open balances split over the buckets of one aging scheme, with the labels that name them, so a
/// writer needs nothing else to print them.
public struct AgingAmounts: Sendable, Hashable {
    public let labels: [String]
    /// One per label, in the same order.
    public private(set) var amounts: [Money]

    public init(scheme: AgingScheme) {
        labels = scheme.labels
        amounts = Array(repeating: .zero, count: labels.count)
    }

    public var total: Money { amounts.sum() }

    /// The amount of the bucket with this label (`current`, `1-30` ...); nil for an unknown label.
    public func amount(for label: String) -> Money? {
        labels.firstIndex(of: label).map { amounts[$0] }
    }

    mutating func add(_ amount: Money, toBucket index: Int) {
        amounts[index] += amount
    }
}
