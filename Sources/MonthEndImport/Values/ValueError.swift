/// Why a cell could not be read. `problem` follows the quoted cell in the message:
/// `amount "6.0.0" has two decimal points`.
struct ValueError: Error, Sendable, Hashable {
    var problem: String

    init(_ problem: String) { self.problem = problem }
}
