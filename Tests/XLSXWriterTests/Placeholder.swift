import Testing
@testable import XLSXWriter
