import Testing
@testable import MonthEndApp
