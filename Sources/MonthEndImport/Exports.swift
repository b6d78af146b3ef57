@_exported import MonthEndCore
