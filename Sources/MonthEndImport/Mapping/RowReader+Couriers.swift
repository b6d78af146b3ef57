import MonthEndCSV

/// The courier kinds' records (INPUTS.md; SOURCES.md §7): bill lines with their value-added fees,
/// slips without the parcels a customer collected, and rate-card rows of either form.
extension RowReader {
    /// The fee type of a bill line that is its waybill's freight (RECONCILE.md §1's freight word),
    /// on a bill whose fee items are told apart by a value-added fee column rather than a fee-type
    /// column.
    static let freightFeeType = "运费"

    /// One bill line. A weight of 0 is no weight. On a bill of one row per waybill with a
    /// value-added fee column (增值费用, 保价费), the fee is a component of its row; a row that
    /// carries only the fee (no freight, or with no freight column the fee is the whole amount)
    /// is a fee item of its waybill, named by its column, and then the file's other rows are their
    /// waybills' freight (`freightFeeType`, set by `FileMapper` at the end): never a second line
    /// of the same waybill. A bill with no such row keeps whole-waybill lines (no fee type).
    /// The line is made in the array: returning it to be appended copied it once more.
    func appendBillLine(_ row: RowView, _ source: SourceLocation, to lines: inout [CourierBillLine])
        throws(RowProblem)
    {
        let waybill = try required(text(.waybill, row), .waybill)
        let shipDate = try required(date(.shipDate, row), .shipDate)
        let amount = try required(money(.amount, row), .amount)
        let freight = try money(.freight, row)
        var feeType = has(.feeType) ? (try text(.feeType, row) ?? "") : nil
        if feeType == nil, has(.addedFee) {
            let fee = try money(.addedFee, row) ?? .zero
            let freightAbsent = has(.freight) ? (freight ?? .zero).isZero : fee == amount
            if !fee.isZero && freightAbsent {
                feeType = chineseName(.addedFee, column: mapping.column(.addedFee))
                hasFeeItems = true
            }
        }
        let weight = try quantity(.weightKg, row).flatMap { $0.isZero ? nil : $0 }
        let destination = try text(.destination, row)
        let account = try text(.account, row)
        let courier = try text(.courier, row)
        lines.append(
            CourierBillLine(
                source: source, waybill: waybill, shipDate: shipDate, amount: amount, freight: freight,
                feeType: feeType, weightKg: weight, destination: destination, account: account, courier: courier))
    }

    /// One slip, made in the array; false (nothing appended) for a parcel the customer collected
    /// (自提, 自送: synonyms.yaml `self_pickup_words`), which has no waybill and costs us nothing. A
    /// weight of 0 is no weight.
    func appendSlip(_ row: RowView, _ source: SourceLocation, to slips: inout [CourierSlip]) throws(RowProblem)
        -> Bool
    {
        let courier = try text(.courier, row)
        if let courier, isSelfPickup(courier, row) { return false }
        let waybill = try required(text(.waybill, row), .waybill)
        let shipDate = try required(date(.shipDate, row), .shipDate)
        let weight = try quantity(.weightKg, row).flatMap { $0.isZero ? nil : $0 }
        let destination = try text(.destination, row)
        let account = try text(.account, row)
        let handler = try text(.handler, row)
        let customer = try text(.customer, row)
        let orderNo = try text(.orderNo, row)
        let purpose = try text(.purpose, row)
        let paymentMode = try text(.paymentMode, row)
        let charge = try yesNo(.chargeCustomer, row)
        slips.append(
            CourierSlip(
                source: source, waybill: waybill, shipDate: shipDate, weightKg: weight, destination: destination,
                account: account, courier: courier, handler: handler, customer: customer, orderNo: orderNo,
                purpose: purpose, paymentMode: paymentMode, chargeCustomer: charge))
        return true
    }

    /// The rows of one rate-card line: one per province of its destination cell (`江苏、浙江、上海`).
    /// A first/additional card prices by first weight and 续重; a matrix card by its weight bands
    /// (every band's price is needed), then 续重 per kg above the last band. Without a courier
    /// column the card's courier is the one its title names (`titleCourier`), else every courier.
    func rateCardRows(_ row: RowView, _ source: SourceLocation) throws(RowProblem) -> [RateCardRow] {
        let courier = try text(.courier, row) ?? titleCourier
        let destination = try required(text(.destination, row), .destination)
        var bands: [WeightBand] = []
        for (index, cell) in try prices(.bands, row).enumerated() {
            guard let price = cell.price else {
                let band = chineseName(.bands, column: cell.column)
                throw RowProblem(
                    column: cell.column, reason: "weight band \(band) has no price", reasonZH: "\(band)没有价格")
            }
            bands.append(WeightBand(upToKg: mapping.weightBands[index].upToKg, price: price))
        }
        let firstWeight: Quantity
        let firstPrice: Quantity
        if let first = bands.first {
            (firstWeight, firstPrice) = (first.upToKg, first.price)
        } else {
            firstWeight = try quantity(.firstWeightKg, row) ?? Quantity(1)
            guard let price = try quantity(.firstPrice, row) else {
                throw missing(.firstPrice, column: mapping.column(.firstPrice))
            }
            firstPrice = price
        }
        let additionalPrice = try required(quantity(.additionalPrice, row), .additionalPrice)
        let step = try quantity(.stepKg, row) ?? Quantity(1)
        return Self.provinces(destination).map { province in
            RateCardRow(
                source: source, courier: courier, destination: province, firstWeightKg: firstWeight,
                firstPrice: firstPrice, additionalPrice: additionalPrice, stepKg: step, bands: bands)
        }
    }

    /// The provinces of a destination cell that lists several: `江苏、浙江、上海`, `江苏/浙江`.
    static func provinces(_ destination: String) -> [String] {
        let parts = destination.split(whereSeparator: { "、,，/;；".contains($0) }).map { CellText.trimmed(String($0)) }
            .filter { !$0.isEmpty }
        return parts.isEmpty ? [destination] : parts
    }

    /// A courier name without what exports add to it: a trailing bracket (百世快递(拼多多)) and then
    /// a template word at its end (顺丰热敏 -> 顺丰; synonyms.yaml `courier_name_tails`), so the alias
    /// table sees the courier's own name (`ValueReader.courierName`: once per distinct cell). A name
    /// that would become empty stays as is.
    static func courierName(_ raw: String, tails: [String]) -> String {
        var name = CellText.trimmed(raw)
        var changed = true
        while changed {
            changed = false
            if let last = name.last, ")）]】".contains(last),
                let open = name.lastIndex(where: { "(（[【".contains($0) }), open != name.startIndex
            {
                name = CellText.trimmed(String(name[..<open]))
                changed = true
            }
            for tail in tails where name.count > tail.count && name.hasSuffix(tail) {
                name = CellText.trimmed(String(name.dropLast(tail.count)))
                changed = true
            }
        }
        return name.isEmpty ? raw : name
    }
}
