import Testing

@testable import MonthEndApp
@testable import MonthEndCore

@Suite struct ConfigurationTests {
    @Test func defaultFileGivesDefaultSettings() throws {
        let text = Configuration.defaultText
        #expect(text.contains("weight_tolerance_kg: 0.5"))
        let settings = try Configuration.parse(text, path: "monthend.yaml")
        #expect(settings == Settings())
    }

    @Test func readsEverySetting() throws {
        let text = """
            company: { name: 联拓线缆, prepared_by: 陈静, reviewed_by: 王会计, own_accounts: [联拓线缆基本户, "6222020200112233445"] }
            courier: { weight_tolerance_kg: 0.3, fee_tolerance: 0.05 }
            receivables: { default_terms_days: 45, aging_basis: invoice_date, aging_buckets: [15, 45, 120] }
            dunning:
              lead_days: 7
              before_due_weekdays: [Tue]
              overdue_weekdays: [Mon, Wed, Fri]
              holidays: [2026-11-11]
              extra_workdays: [2026-11-08]
            stock:
              tolerance: { count_units: [卷], count_tolerance: 1, measured_units: [米], measured_percent: 1.5 }
              overrides: { "0100014": { absolute: 5 }, W02: { percent: 2 } }
            templates: { folders: [mine] }
            """
        let s = try Configuration.parse(text, path: "c.yaml")
        #expect(s.company.name == "联拓线缆" && s.company.preparedBy == "陈静" && s.company.reviewedBy == "王会计")
        #expect(s.company.ownNames == ["联拓线缆", "联拓线缆基本户", "6222020200112233445"])
        #expect(s.courier.weightToleranceKg == Quantity(micros: 300_000))
        #expect(s.courier.feeTolerance == Money(fen: 5))
        #expect(s.receivables.defaultTermsDays == 45 && s.receivables.agingBasis == .invoiceDate)
        #expect(s.receivables.agingBuckets == [15, 45, 120])
        #expect(s.dunning.leadDays == 7 && s.dunning.beforeDueWeekdays == [2] && s.dunning.overdueWeekdays == [1, 3, 5])
        #expect(s.dunning.holidays == [LocalDate(year: 2026, month: 11, day: 11)!])
        #expect(s.dunning.extraWorkdays == [LocalDate(year: 2026, month: 11, day: 8)!])
        #expect(s.stock.countUnits == ["卷"] && s.stock.countTolerance == Quantity(1))
        #expect(s.stock.measuredUnits == ["米"] && s.stock.measuredPercent == Quantity(micros: 1_500_000))
        #expect(s.stock.overrides["0100014"] == StockToleranceOverride(absolute: Quantity(5)))
        #expect(s.stock.overrides["W02"] == StockToleranceOverride(percent: Quantity(2)))
        #expect(s.templateFolders == ["mine"])
    }

    @Test func badSettingNamesFileLineAndSetting() {
        let text = "courier:\n  weight_tolerance_kg: 0.5\n  fee_tolerance: abc\n"
        do {
            _ = try Configuration.parse(text, path: "m.yaml")
            Issue.record("expected an error")
        } catch let error as MonthEndError {
            #expect(error.code == .badConfiguration)
            #expect(error.description.hasPrefix("m.yaml:3:18: error: setting courier.fee_tolerance: expected an amount"))
            #expect(error.description.contains("fee_tolerance: abc"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unknownSettingIsAnError() {
        #expect(throws: MonthEndError.self) { try Configuration.parse("courier:\n  wieght: 1\n", path: "m.yaml") }
        #expect(throws: MonthEndError.self) { try Configuration.parse("dunning:\n  holidays: [2026-02-30]\n", path: "m.yaml") }
        #expect(throws: MonthEndError.self) { try Configuration.parse("receivables:\n  aging_buckets: [60, 30, 90]\n", path: "m.yaml") }
        #expect(throws: MonthEndError.self) { try Configuration.parse("stock:\n  overrides: { A: { absolute: 1, percent: 2 } }\n", path: "m.yaml") }
        #expect(throws: MonthEndError.self) { try Configuration.parse("courier: [\n", path: "m.yaml") }
    }
}
