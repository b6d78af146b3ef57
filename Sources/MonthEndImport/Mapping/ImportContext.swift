import MonthEndCore

/// What a run knows that some files need to be read right, beside their own bytes: the period
/// (a date written without a year, `10-01`, takes its year from it) and the company's own names
/// and account numbers (money moved between our own accounts is an internal transfer, not a
/// receipt). `inspect` reads without a period unless one is given.
public struct ImportContext: Sendable, Hashable {
    public var period: Period?
    /// `company.name` and `company.own_accounts`: names and account numbers of our own side.
    public var ownNames: [String]
    /// Courier names (templates/couriers.yaml): a rate card without a courier column whose title
    /// names one of them is that courier's card, and says so.
    public var courierNames: [String]

    public init(period: Period? = nil, ownNames: [String] = [], courierNames: [String] = []) {
        self.period = period
        self.ownNames = ownNames.filter { !$0.isEmpty }
        self.courierNames = courierNames.filter { !$0.isEmpty }
    }
}
