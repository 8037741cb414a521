/// A telephone number in three parts, as Japanese numbers are written: "090-1234-5678", "03-5123-4567",
/// "045-234-5678".
///
/// Every household's number is different, and seed records and strangers use prefixes the population never does
/// (050 and 070), so the phone key never joins two different people by accident.
struct PhoneNumber: Sendable, Hashable {
    /// With the leading zero: "090", "03", "045".
    var area: String
    var exchange: String
    var line: String

    /// "090-1234-5678".
    var written: String { "\(area)-\(exchange)-\(line)" }

    /// A mobile number: `prefix` ("090") and eight digits from `subscriber`, in `0..<100_000_000`.
    static func mobile(prefix: String, subscriber: Int) -> PhoneNumber {
        PhoneNumber(
            area: prefix, exchange: Digits.padded(subscriber / 10_000, width: 4),
            line: Digits.padded(subscriber % 10_000, width: 4))
    }
}

/// How the population's households are numbered: each household draws a distinct number in `0..<100_000_000`
/// (a keyed permutation of its id), and that number decides both its municipality and its phone number, so that
/// landline numbers can be unique and still carry the area code of the address.
enum PhonePlan {
    static let numbers = 100_000_000

    /// Where each municipality's share of the numbers starts, and where the numbers of its area code start (a few
    /// municipalities share "03" or "06"; they are adjacent in the table).
    private static let starts: [(municipality: Int, areaCode: Int)] = {
        let municipalities = Municipalities.all
        let totalWeight = municipalities.reduce(0) { $0 + $1.weight }
        var starts: [(municipality: Int, areaCode: Int)] = []
        var cumulative = 0
        for (index, municipality) in municipalities.enumerated() {
            let start = numbers * cumulative / totalWeight
            let sharesAreaCode = index > 0 && municipalities[index - 1].areaCode == municipality.areaCode
            starts.append((start, sharesAreaCode ? starts[index - 1].areaCode : start))
            cumulative += municipality.weight
        }
        for (index, municipality) in municipalities.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].municipality : numbers
            let capacity = municipality.areaCode.count == 2 ? 50_000_000 : 8_000_000
            precondition(end - starts[index].areaCode <= capacity, "area code \(municipality.areaCode) is too full")
        }
        return starts
    }()

    /// The municipality of the household with number `number`.
    static func municipality(ofNumber number: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle].municipality <= number { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The landline of the household with number `number` in `municipality`: area code, then the number's offset
    /// among the households of that area code, from 5000-0000 (eight digits) or 200-0000 (seven digits).
    static func landline(ofNumber number: Int, in municipality: Int) -> PhoneNumber {
        let areaCode = Municipalities.all[municipality].areaCode
        let offset = number - starts[municipality].areaCode
        if areaCode.count == 2 {
            let local = 50_000_000 + offset
            return PhoneNumber(
                area: areaCode, exchange: Digits.padded(local / 10_000, width: 4),
                line: Digits.padded(local % 10_000, width: 4))
        }
        let local = 2_000_000 + offset
        return PhoneNumber(
            area: areaCode, exchange: Digits.padded(local / 10_000, width: 3),
            line: Digits.padded(local % 10_000, width: 4))
    }
}
