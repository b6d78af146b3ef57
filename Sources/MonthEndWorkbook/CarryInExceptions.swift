/// The exceptions a store adds to the month's list: one per bill line that repeats a waybill
/// disputed in an earlier period (a repeat claim), amount at stake what is billed again.
public enum CarryInExceptions {
    public static func repeatClaims(_ carried: CarryInReport, labels: WorkbookLabels) -> [ExceptionItem] {
        carried.items.filter { $0.outcome == .repeatClaim }.map { result in
            ExceptionItem(
                area: .courier, key: result.item.key, kind: CarryInReport.Outcome.repeatClaim.rawValue,
                amount: result.billedAgain ?? .zero,
                reason: labels.filled(
                    "exception.repeat_claim", ["period": result.item.period.description, "reason": result.item.reason]),
                source: result.matchedAt)
        }
    }
}
