import ArgumentParser
import MonthEndApp
import MonthEndCore

// The command line's typed values: parsed once, by ArgumentParser, which reports a bad value as
// wrong usage (exit 64) with the option's name.

extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public var defaultValueDescription: String { description }
}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
    public var defaultValueDescription: String { description }
}

extension RunRequest.Language: ExpressibleByArgument {}
