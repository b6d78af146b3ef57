import Foundation
import GRDB
import MonthEndCore

/// Rows to values and back: money in fen and quantities in millionths, dates and periods as ISO text.
extension MonthEndStore {
    static func runs(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [StoredRun] {
        let sql = """
            SELECT r.*,
              (SELECT COUNT(*) FROM run_input i WHERE i.run_id = r.id) AS input_count,
              (SELECT COUNT(*) FROM open_item o WHERE o.run_id = r.id) AS open_count
            FROM run r WHERE \(condition) ORDER BY r.id
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
            guard let period = Period(row["period"] as String), let asOf = LocalDate(iso: row["as_of"] as String)
            else { return nil }
            return StoredRun(
                id: row["id"], period: period, asOf: asOf, recordedAt: row["recorded_at"],
                workbookPath: row["workbook_path"], workbookSHA256: row["workbook_sha256"],
                inputCount: row["input_count"], openItemCount: row["open_count"])
        }
    }

    static func event(_ row: Row) -> PeriodEvent {
        PeriodEvent(
            period: Period(row["period"] as String) ?? Period(year: 1970, month: 1),
            action: PeriodEvent.Action(rawValue: row["action"]) ?? .close, at: row["at"], who: row["who"],
            workbookPath: row["workbook_path"], workbookSHA256: row["workbook_sha256"], reason: row["reason"])
    }

    /// nil for a row a later version wrote with a kind this one does not know (skipped, not guessed).
    static func openItem(_ row: Row) -> OpenItem? {
        guard let kind = OpenItem.Kind(rawValue: row["kind"]), let period = Period(row["period"] as String) else {
            return nil
        }
        let quantity: (String) -> Quantity? = { column in (row[column] as Int64?).map(Quantity.init(micros:)) }
        return OpenItem(
            kind: kind, period: period, key: row["key"], date: (row["date"] as String?).flatMap(LocalDate.init(iso:)),
            courier: row["courier"], account: row["account"], party: row["party"],
            amount: Money(fen: row["amount_fen"]), reason: row["reason"], weightKg: quantity("weight_micros"),
            destination: row["destination"], paymentMode: row["payment_mode"], chargeCustomer: row["charge_customer"],
            feeType: row["fee_type"], billedWeightKg: quantity("billed_weight_micros"),
            contractWeightKg: quantity("contract_weight_micros"))
    }

    static func insert(_ item: OpenItem, runID: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO open_item (run_id, kind, period, key, date, courier, account, party, amount_fen, reason,
                  weight_micros, destination, payment_mode, charge_customer, fee_type, billed_weight_micros,
                  contract_weight_micros)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                runID, item.kind.rawValue, item.period.description, item.key, item.date?.description, item.courier,
                item.account, item.party, item.amount.fen, item.reason, item.weightKg?.micros, item.destination,
                item.paymentMode, item.chargeCustomer, item.feeType, item.billedWeightKg?.micros,
                item.contractWeightKg?.micros,
            ])
    }
}
