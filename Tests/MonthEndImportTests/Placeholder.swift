import Testing
@testable import MonthEndImport
