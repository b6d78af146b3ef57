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
