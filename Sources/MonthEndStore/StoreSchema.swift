import GRDB

/// The store's tables, as migrations from the first version on. A migration is never edited once
/// released: a later version adds one, and `DatabaseMigrator` applies the missing ones to an older
/// store in one transaction each, so an older store is upgraded in place and never dropped.
enum StoreSchema {
    /// The migrations of this build, oldest first; their identifiers are stored in the file.
    static let identifiers = ["v1-runs-open-items-closes", "v2-payment-keys"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // v1: what each run read and left open, and the closes and reopens of periods.
        migrator.registerMigration(identifiers[0]) { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("period", .text).notNull().indexed()
                t.column("as_of", .text).notNull()
                // Seconds since 1970 (SOURCE_DATE_EPOCH when set, so tests read fixed times).
                t.column("recorded_at", .integer).notNull()
                t.column("workbook_path", .text).notNull()
                t.column("workbook_sha256", .text).notNull()
                t.column("summary_json", .text).notNull()
            }
            try db.create(table: "run_input") { t in
                t.column("run_id", .integer).notNull().indexed().references("run", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("rows", .integer).notNull()
            }
            try db.create(table: "open_item") { t in
                t.column("run_id", .integer).notNull().indexed().references("run", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("period", .text).notNull()
                t.column("key", .text).notNull()
                t.column("date", .text)
                t.column("courier", .text)
                t.column("account", .text)
                t.column("party", .text)
                // Money in fen, quantities in millionths: exact, as in memory.
                t.column("amount_fen", .integer).notNull()
                t.column("reason", .text).notNull()
                t.column("weight_micros", .integer)
                t.column("destination", .text)
                t.column("payment_mode", .text)
                t.column("charge_customer", .boolean)
                t.column("fee_type", .text)
                t.column("billed_weight_micros", .integer)
                t.column("contract_weight_micros", .integer)
            }
            try db.create(table: "period_event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("period", .text).notNull().indexed()
                t.column("action", .text).notNull()  // close | reopen
                t.column("at", .integer).notNull()
                t.column("who", .text).notNull()
                t.column("workbook_path", .text)
                t.column("workbook_sha256", .text)
                t.column("reason", .text)
                // The last run when it happened: history keeps the order things were done in even
                // when their times are equal (SOURCE_DATE_EPOCH) or a clock went back.
                t.column("after_run", .integer).notNull()
            }
        }
        // v2: the payments each run took part, by de-duplication key, so a later statement that
        // repeats them (an overlapping export) does not count them twice.
        migrator.registerMigration(identifiers[1]) { db in
            try db.create(table: "payment_key") { t in
                t.column("run_id", .integer).notNull().indexed().references("run", onDelete: .cascade)
                t.column("key", .text).notNull().indexed()
                t.column("date", .text).notNull()
                t.column("amount_fen", .integer).notNull()
                t.column("payer", .text)
                t.column("reference", .text)
            }
        }
        return migrator
    }
}
