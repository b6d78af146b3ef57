import Testing
@testable import MonthEndReconcile
