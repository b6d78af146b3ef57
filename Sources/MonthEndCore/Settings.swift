/// Every setting of a run, at the defaults of RECONCILE.md. `monthend init` writes these as a
/// commented configuration file; the configuration loader overrides them.
public struct Settings: Sendable, Hashable {
    public var company = CompanySettings()
    public var courier = CourierSettings()
    public var receivables = ReceivablesSettings()
    public var dunning = DunningSettings()
    public var stock = StockSettings()
    /// Extra template folders (synonyms, courier aliases) a user adds without rebuilding.
    public var templateFolders: [String] = []
    /// Columns the user names for a kind's field, `KIND.FIELD=HEADER` (the configuration's `map:`).
    public var columnMaps: [String] = []
    /// The store of runs, open items and closes (issue 16); relative to the configuration's folder.
    public var storePath = "monthend.db"

    public init() {}
}

public struct CompanySettings: Sendable, Hashable {
    public var name = ""
    public var preparedBy = ""
    public var reviewedBy = ""
    /// Names and numbers of the company's other bank accounts (and other names it trades under):
    /// money from them is a transfer between our own accounts, not a receipt.
    public var ownAccounts: [String] = []
    public init() {}

    /// `name` and `ownAccounts`: what our own side is called in a bank statement.
    public var ownNames: [String] { ([name] + ownAccounts).filter { !$0.isEmpty } }
}

public struct CourierSettings: Sendable, Hashable {
    /// A billed weight more than this above the slip's chargeable weight is `weight_mismatch`.
    public var weightToleranceKg = Quantity(micros: 500_000)
    /// A billed freight more than this away from the rate card is `fee_mismatch`.
    public var feeTolerance = Money(fen: 1)
    public init() {}
}

public enum AgingBasis: String, Sendable, Hashable, CaseIterable {
    case dueDate = "due_date"
    case invoiceDate = "invoice_date"
}

public struct ReceivablesSettings: Sendable, Hashable {
    public var defaultTermsDays = 30
    public var agingBasis = AgingBasis.dueDate
    /// Upper bounds of the aging buckets after `current`: 1-30, 31-60, 61-90, 90+.
    public var agingBuckets = [30, 60, 90]
    public init() {}
}

public struct DunningSettings: Sendable, Hashable {
    public var leadDays = 14
    /// ISO weekdays (1 = Monday) for reminders before the due date.
    public var beforeDueWeekdays: Set<Int> = [1, 4]
    /// ISO weekdays for reminders after the due date.
    public var overdueWeekdays: Set<Int> = [1, 2, 3, 4, 5]
    /// Public holidays: no reminders of either kind.
    public var holidays: Set<LocalDate> = []
    /// Make-up working days (调休): overdue reminders even on a weekend.
    public var extraWorkdays: Set<LocalDate> = []
    public init() {}
}

public struct StockToleranceOverride: Sendable, Hashable {
    /// An absolute tolerance in the item's unit, or
    public var absolute: Quantity?
    /// a percentage of the book quantity.
    public var percent: Quantity?
    public init(absolute: Quantity? = nil, percent: Quantity? = nil) {
        self.absolute = absolute
        self.percent = percent
    }
}

public struct StockSettings: Sendable, Hashable {
    /// Units counted in whole pieces: tolerance `countTolerance` (0).
    public var countUnits = ["卷", "箱", "个", "件", "盒", "包", "盘", "轴", "根", "pcs"]
    public var countTolerance = Quantity.zero
    /// Units measured: tolerance `measuredPercent` of the book quantity.
    public var measuredUnits = ["米", "m", "千克", "kg", "公斤", "吨", "t"]
    public var measuredPercent = Quantity(micros: 500_000)
    /// Per item code.
    public var overrides: [String: StockToleranceOverride] = [:]
    public init() {}
}
