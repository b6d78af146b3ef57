@_exported import MonthEndCore
@_exported import MonthEndReconcile
