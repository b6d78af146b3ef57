/// Why a cell could not be read. `problem` follows the quoted cell in the message:
/// `amount "6.0.0" has two decimal points`.
struct ValueError: Error, Sendable, Hashable {
    var problem: String
    /// The Chinese wording of a problem made with the values in it (a period, a date).
    private var chinese: String?

    init(_ problem: String) { self.problem = problem }

    init(_ problem: String, zh: String) {
        self.problem = problem
        self.chinese = zh
    }

    /// The problem in Chinese, for the Chinese workbook's rejected rows: every problem the value
    /// readers throw has its wording here (a test holds them to it).
    var problemZH: String {
        if let chinese { return chinese }
        return switch problem {
        case "is not a date": "不是日期"
        case "is a date that does not exist": "是不存在的日期"
        case "is not a number": "不是数字"
        case "has two decimal points": "有两个小数点"
        case "has a thousands separator after the decimal point": "小数点后有千位分隔符"
        case "has misplaced thousands separators": "千位分隔符位置不对"
        case "has more than two decimals (fractions of a fen)": "小数超过两位（不足一分）"
        case "has more than six decimals": "小数超过六位"
        case "is too large": "数值过大"
        case "is not yes or no (是/否, Y/N, yes/no, true/false, 1/0, √/×)":
            "不是“是/否”（是/否、Y/N、yes/no、true/false、1/0、√/×）"
        case "is not payment terms MonthEnd reads (30, 30天, 月结30天, 月结30)":
            "不是可识别的账期（30、30天、月结30天、月结30）"
        case IdentifierText.scientificNotationProblem:
            "是科学计数法：Excel 把编号当成了数字，部分数字已丢失；请在 Excel 中先把该列设为文本再保存，或直接从平台导出 CSV"
        default: problem
        }
    }
}
