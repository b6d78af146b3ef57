import Testing
@testable import MonthEndWorkbook
