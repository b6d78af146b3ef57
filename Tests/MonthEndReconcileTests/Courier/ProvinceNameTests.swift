import Testing

@testable import MonthEndReconcile

@Suite("Courier: destinations by province")
struct ProvinceNameTests {
    @Test(
        "province forms",
        arguments: [
            ("广东省", "广东"), ("广东", "广东"), ("北京市", "北京"), ("上海", "上海"), ("西藏自治区", "西藏"),
            ("新疆维吾尔自治区", "新疆"), ("广西壮族自治区", "广西"), ("宁夏回族自治区", "宁夏"), ("内蒙古自治区", "内蒙古"),
            ("香港特别行政区", "香港"), ("广东省深圳市", "广东"), ("新疆维吾尔自治区乌鲁木齐市", "新疆"),
            ("广西壮族自治区南宁市", "广西"), ("北京市朝阳区", "北京"), (" 广 东　省 ", "广东"), ("四川省成都市武侯区", "四川"),
            ("ＡＢ省", "AB"), ("江苏南京", "江苏南京"), ("省", "省"), ("", ""),
        ])
    func forms(written: String, province: String) {
        #expect(ProvinceName.normalized(written) == province)
    }
}
