/// A courier's own way of charging weight, used where no rate card covers a slip (RECONCILE.md
/// section 1, rule 4): the first weight and the step the weight is rounded up to. Without it a
/// 0.35 kg parcel billed at the courier's 1 kg minimum would read as over-weighed.
public struct CourierWeightRule: Sendable, Hashable {
    public var firstWeightKg: Quantity
    public var stepKg: Quantity

    /// 1 kg first weight, 1 kg step: the rule of a courier the templates list none for.
    public static let standard = CourierWeightRule(firstWeightKg: Quantity(1), stepKg: Quantity(1))

    public init(firstWeightKg: Quantity, stepKg: Quantity) {
        self.firstWeightKg = firstWeightKg
        self.stepKg = stepKg
    }

    /// The weight charged for `weight`: rounded up to a multiple of the step, at least the first weight.
    public func chargeableWeight(_ weight: Quantity) -> Quantity {
        max(firstWeightKg, weight.roundedUp(toMultipleOf: stepKg))
    }
}
