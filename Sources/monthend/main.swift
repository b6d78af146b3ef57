import MonthEndApp

// The command line lands with issue 2.
print("monthend")
