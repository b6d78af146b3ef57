/// How far a phase of `monthend run` has come: bytes read of the inputs' total (and the data rows
/// they held), bill lines judged, workbook rows written. `total` is 0 when not known.
public struct RunProgress: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable, CaseIterable {
        case read = "reading"
        case reconcile = "reconciling"
        case write = "writing"

        /// What the phase counts, in English (the terminal translates it).
        public var unit: String {
            switch self {
            case .read: return "bytes"
            case .reconcile: return "lines judged"
            case .write: return "rows written"
            }
        }
    }

    public var phase: Phase
    public var done: Int
    public var total: Int
    /// The read phase's data rows read so far; 0 in the other phases.
    public var rows: Int

    public init(_ phase: Phase, done: Int, total: Int, rows: Int = 0) {
        self.phase = phase
        self.done = done
        self.total = total
        self.rows = rows
    }
}
