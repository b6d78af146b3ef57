import Testing

@testable import MonthEndReconcile

@Suite("Orders: placed, completed, remaining")
struct OrdersReportTests {
    static let october = Period(year: 2026, month: 10)

    static func date(_ text: String) -> LocalDate {
        guard let date = LocalDate(iso: text) else { fatalError("bad test date \(text)") }
        return date
    }

    static func order(
        _ number: String, _ ordered: String, status: String? = nil, completed: String? = nil, column: Bool
    ) -> Order {
        Order(
            source: SourceLocation(fileIndex: 0, line: 2), orderNo: number, orderDate: date(ordered), status: status,
            completedDate: completed.map(date), fileHasCompletedDate: column)
    }

    @Test("without a status or a completed-date column, completion is unknown, not zero")
    func completionUnknown() {
        let orders = [
            Order(
                source: SourceLocation(fileIndex: 0, line: 2), orderNo: "T1", orderDate: Self.date("2026-10-01"),
                fileHasCompletedDate: false, fileHasStatus: false),
            Order(
                source: SourceLocation(fileIndex: 0, line: 3), orderNo: "T2", orderDate: Self.date("2026-09-29"),
                fileHasCompletedDate: false, fileHasStatus: false),
        ]
        let report = OrdersReport(orders: orders, period: Self.october)
        #expect(report.placedCount == 1)
        #expect(!report.completionKnown)
        #expect(report.completedCount == nil && report.remainingCount == nil)
        // One file that does say is not enough: the month's figure would still be partly unknown.
        let mixed = OrdersReport(orders: orders + [Self.order("S1", "2026-10-03", status: "已完成", column: false)], period: Self.october)
        #expect(mixed.completedCount == nil)
        let known = OrdersReport(orders: [Self.order("S1", "2026-10-03", status: "已完成", column: false)], period: Self.october)
        #expect(known.completedCount == 1 && known.remainingCount == 0)
    }

    @Test("with a completed-date column, the date decides")
    func withCompletedDate() {
        let orders = [
            Self.order("A-sep-done-oct", "2026-09-25", status: "已完成", completed: "2026-10-14", column: true),
            Self.order("B-oct-done-oct", "2026-10-11", status: "已完成", completed: "2026-10-23", column: true),
            Self.order("C-oct-done-nov", "2026-10-20", status: "已完成", completed: "2026-11-12", column: true),
            Self.order("D-oct-open", "2026-10-31", status: "生产中", column: true),
            Self.order("E-aug-done-sep", "2026-08-16", status: "已完成", completed: "2026-09-12", column: true),
            Self.order("F-aug-open", "2026-08-11", status: "生产中", column: true),
            Self.order("G-sep-done-nov", "2026-09-27", status: "已完成", completed: "2026-11-02", column: true),
            Self.order("H-nov", "2026-11-01", status: "生产中", column: true),
            // Status says done but there is no date: the date decides, so not completed.
            Self.order("I-oct-status-only", "2026-10-02", status: "已完成", column: true),
            // Completed on the first and the last day of the period.
            Self.order("J-first", "2026-09-30", completed: "2026-10-01", column: true),
            Self.order("K-last", "2026-10-01", completed: "2026-10-31", column: true),
            // Completed on the day before the period: neither completed now nor remaining.
            Self.order("L-sep-30", "2026-09-01", completed: "2026-09-30", column: true),
        ]
        let report = OrdersReport(orders: orders, period: Self.october)
        #expect(
            report.placed.map(\.orderNo) == [
                "B-oct-done-oct", "C-oct-done-nov", "D-oct-open", "I-oct-status-only", "K-last",
            ])
        #expect(report.completed.map(\.orderNo) == ["A-sep-done-oct", "B-oct-done-oct", "J-first", "K-last"])
        #expect(
            report.remaining.map(\.orderNo) == [
                "C-oct-done-nov", "D-oct-open", "F-aug-open", "G-sep-done-nov", "I-oct-status-only",
            ])
        #expect(report.placedCount == 5)
        #expect(report.completedCount == 4)
        #expect(report.remainingCount == 5)
        #expect(report.orders.count == 12)
    }

    @Test("without a completed-date column, a done status and an order date in the period")
    func withoutCompletedDate() {
        let orders = [
            Self.order("A", "2026-10-03", status: "已完成", column: false),
            Self.order("B", "2026-10-04", status: "完成", column: false),
            Self.order("C", "2026-10-05", status: "已交付", column: false),
            Self.order("D", "2026-10-06", status: "已发货", column: false),
            Self.order("E", "2026-10-07", status: "Closed", column: false),
            Self.order("F", "2026-10-08", status: " 已完成 ", column: false),
            Self.order("G", "2026-10-09", status: "未完成", column: false),
            Self.order("H", "2026-10-10", status: "生产中", column: false),
            Self.order("I", "2026-10-11", column: false),
            // Done, but placed in September: not completed this month, and not remaining either.
            Self.order("J", "2026-09-28", status: "已完成", column: false),
            // Open from September: remaining.
            Self.order("K", "2026-09-29", status: "待发货", column: false),
            // Placed after the period: nothing.
            Self.order("L", "2026-11-01", status: "已完成", column: false),
            Self.order("M", "2026-10-12", status: "CLOSED", column: false),
            Self.order("N", "2026-10-13", status: "closed order", column: false),
        ]
        let report = OrdersReport(orders: orders, period: Self.october)
        #expect(report.placed.map(\.orderNo) == ["A", "B", "C", "D", "E", "F", "G", "H", "I", "M", "N"])
        #expect(report.completed.map(\.orderNo) == ["A", "B", "C", "D", "E", "F", "M"])
        #expect(report.remaining.map(\.orderNo) == ["G", "H", "I", "K", "N"])
    }

    @Test("no orders: zero figures")
    func empty() {
        let report = OrdersReport(orders: [], period: Self.october)
        #expect(report.placedCount == 0)
        #expect(report.completedCount == 0)
        #expect(report.remainingCount == 0)
    }

    /// The sample month's orders register (samples/2026-10/订单台账.csv): number, order date,
    /// status, completed date ("-" empty). Truth: placed 9, completed 7, remaining 10.
    static let sampleRegister = """
        SO26080000 2026-08-16 已完成 2026-09-12
        SO26100001 2026-10-31 生产中 -
        SO26090002 2026-09-25 已完成 2026-10-14
        SO26080003 2026-08-28 已完成 2026-09-23
        SO26080004 2026-08-21 已完成 2026-09-21
        SO26080005 2026-08-01 已完成 2026-08-19
        SO26100006 2026-10-11 已完成 2026-10-23
        SO26090007 2026-09-23 已完成 2026-10-06
        SO26080008 2026-08-06 已完成 2026-08-31
        SO26100009 2026-10-20 已完成 2026-11-12
        SO26090010 2026-09-08 已完成 2026-09-16
        SO26100011 2026-10-22 已完成 2026-11-03
        SO26100012 2026-10-22 已完成 2026-10-28
        SO26100013 2026-10-05 已完成 2026-10-12
        SO26100014 2026-10-07 已完成 2026-11-11
        SO26080015 2026-08-11 生产中 -
        SO26090016 2026-09-15 已完成 2026-10-20
        SO26090017 2026-09-27 已完成 2026-11-02
        SO26080018 2026-08-28 已完成 2026-09-05
        SO26080019 2026-08-16 已完成 2026-09-01
        SO26100020 2026-10-17 已完成 2026-11-03
        SO26100021 2026-10-20 生产中 -
        SO26090022 2026-09-15 已完成 2026-09-23
        SO26080023 2026-08-22 已完成 2026-09-27
        SO26080024 2026-08-11 已完成 2026-09-18
        SO26080025 2026-08-09 已完成 2026-09-13
        SO26080026 2026-08-24 已完成 2026-08-31
        SO26090027 2026-09-14 生产中 -
        SO26090028 2026-09-29 已完成 2026-10-23
        SO26080029 2026-08-02 生产中 -
        """

    static func sampleOrders(withCompletedDateColumn column: Bool) -> [Order] {
        sampleRegister.split(separator: "\n").map { text in
            let f = text.split(separator: " ").map(String.init)
            return order(f[0], f[1], status: f[2], completed: column && f[3] != "-" ? f[3] : nil, column: column)
        }
    }

    @Test("the 2026-10 sample month: placed 9, completed 7, remaining 10")
    func sampleMonth() {
        let report = OrdersReport(orders: Self.sampleOrders(withCompletedDateColumn: true), period: Self.october)
        #expect(report.placedCount == 9)
        #expect(report.completedCount == 7)
        #expect(report.remainingCount == 10)
        #expect(
            report.completed.map(\.orderNo) == [
                "SO26090002", "SO26100006", "SO26090007", "SO26100012", "SO26100013", "SO26090016", "SO26090028",
            ])
    }

    @Test("the sample register without its completed-date column: status decides")
    func sampleMonthWithoutColumn() {
        let report = OrdersReport(orders: Self.sampleOrders(withCompletedDateColumn: false), period: Self.october)
        #expect(report.placedCount == 9)
        // 已完成 and placed in October: 06, 09, 11, 12, 13, 14, 20.
        #expect(report.completedCount == 7)
        #expect(
            report.completed.map(\.orderNo) == [
                "SO26100006", "SO26100009", "SO26100011", "SO26100012", "SO26100013", "SO26100014", "SO26100020",
            ])
        // Only the 生产中 orders remain: 01, 15, 21, 27, 29.
        #expect(
            report.remaining.map(\.orderNo) == ["SO26100001", "SO26080015", "SO26100021", "SO26090027", "SO26080029"])
    }
}
