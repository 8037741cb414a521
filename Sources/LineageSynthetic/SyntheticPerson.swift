/// One made-up customer: every value is drawn from small invented tables, never from real data.
public struct SyntheticPerson: Sendable, Hashable {
    public var index: Int
    public var household: Int
    public var nameKanji: String
    public var nameKana: String
    public var birthDate: String
    public var phone: String
    public var postalCode: String
    public var address: String
    public var gender: String
}
