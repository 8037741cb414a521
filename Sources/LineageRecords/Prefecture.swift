/// The 47 prefectures, whose names lead most addresses; lists often leave them out.
enum Prefecture {
    /// How many scalars of `address` a leading prefecture name takes (0 if there is none).
    static func lengthOfName(atStartOf address: Slice<UnsafeMutableBufferPointer<UInt32>>) -> Int {
        // Every name ends in 都, 道, 府 or 県 as its third or fourth character: check that before comparing names.
        let start = address.startIndex
        let hasSuffix = { (offset: Int) in
            guard start + offset < address.endIndex else { return false }
            switch address[start + offset] {
            case 0x90FD, 0x9053, 0x5E9C, 0x770C: return true  // 都, 道, 府, 県
            default: return false
            }
        }
        guard hasSuffix(2) || hasSuffix(3), let name = names.first(where: { address.starts(with: $0) }) else {
            return 0
        }
        return name.count
    }

    private static let names: [[UInt32]] = [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県",
        "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
        "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
        "鹿児島県", "沖縄県",
    ].map { $0.unicodeScalars.map(\.value) }
}
