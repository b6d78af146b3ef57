/// Facts about a line worth a filter in the workbook, whatever its status.
public enum CourierFlag: String, Sendable, Hashable, CaseIterable {
    /// The bill and the slip name different provinces (the bill's is used for the rate card).
    case destinationDiffers = "destination_differs"
    /// A freight line no rate card covers (courier and destination): its freight is not checked.
    case notPriced = "not_priced"
    /// A freight line whose slip has no weight: the billed weight is not checked.
    case slipWithoutWeight = "slip_without_weight"
    /// A freight line with no billed weight: neither weight nor freight can be checked.
    case billWithoutWeight = "bill_without_weight"

    /// The flag's bit in a line's stored flags.
    var bit: UInt8 {
        switch self {
        case .destinationDiffers: return 1 << 0
        case .notPriced: return 1 << 1
        case .slipWithoutWeight: return 1 << 2
        case .billWithoutWeight: return 1 << 3
        }
    }
}
