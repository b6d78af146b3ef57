/// Lines per status, counted in a fixed array while a million lines go by; turned into the
/// report's dictionary once at the end.
struct CourierStatusTally {
    private var counts = [Int](repeating: 0, count: CourierStatus.allCases.count)

    mutating func add(_ status: CourierStatus) {
        counts[status.ordinal] += 1
    }

    /// Every status, zero when none.
    var dictionary: [CourierStatus: Int] {
        Dictionary(uniqueKeysWithValues: CourierStatus.allCases.map { ($0, counts[$0.ordinal]) })
    }
}

extension CourierStatus {
    /// The position in `allCases`.
    var ordinal: Int {
        switch self {
        case .matched: return 0
        case .duplicate: return 1
        case .notShipped: return 2
        case .collectBilled: return 3
        case .weightMismatch: return 4
        case .feeMismatch: return 5
        }
    }
}
