/// Everything one run found for one period: what the workbook and the JSON summary are made of.
/// An area's report is nil when the run had no input for it.
public struct MonthReport: Sendable, Hashable {
    public var period: Period
    public var asOf: LocalDate
    /// Company name and the sign-off names, from the configuration.
    public var company: CompanySettings
    /// Every input file read, in the order read (`MonthInputs.files`).
    public var inputs: [InputFileReport]
    public var courier: CourierReport?
    public var receivables: ReceivablesReport?
    public var stock: StockReport?
    public var orders: OrdersReport?
    /// The exceptions of every area, in area order.
    public var exceptions: [ExceptionItem]
    /// What became of an earlier period's open items; nil without a store, or with nothing carried in
    /// and no payment dropped (then no sheet, no JSON block: the workbook of a run without a store).
    public var carried: CarryInReport? = nil

    public init(
        period: Period, asOf: LocalDate, company: CompanySettings = CompanySettings(), inputs: [InputFileReport] = [],
        courier: CourierReport? = nil, receivables: ReceivablesReport? = nil, stock: StockReport? = nil,
        orders: OrdersReport? = nil, exceptions: [ExceptionItem] = []
    ) {
        self.period = period
        self.asOf = asOf
        self.company = company
        self.inputs = inputs
        self.courier = courier
        self.receivables = receivables
        self.stock = stock
        self.orders = orders
        self.exceptions = exceptions
    }
}
