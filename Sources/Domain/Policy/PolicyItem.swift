/// One service item of the policy library (政策资源库): what a desk worker tells a resident about
/// a matter, such as 低保申请: who is eligible, what to bring, the steps, the legal basis, and
/// which department handles it where.
public struct PolicyItem: Sendable, Equatable, Hashable {
    /// Longest title, in characters.
    public static let maxTitleLength = 40

    /// The row id once stored; nil for an item read from a file and not yet saved.
    public var id: Int64?
    /// The name of the matter: 低保申请, 居住证办理.
    public var title: String
    /// The short names residents and workers use for it (常用简称): 低保, 长护险. Searched like the title.
    public var aliases: [String]
    /// The line of business (条线) it belongs to: 社会救助, 老龄, 医疗保障.
    public var lineOfBusiness: String
    /// Who may apply (办理条件).
    public var eligibility: String
    /// The papers to bring, one a line.
    public var materials: [String]
    /// The steps (办事流程), in order.
    public var procedure: [String]
    /// The laws and regulations it rests on; may be empty.
    public var legalBasis: String
    /// The department responsible.
    public var department: String
    /// Where to go: the office and its address.
    public var location: String
    /// The day someone last checked the item against the current rules.
    public var lastChecked: LocalDate
    /// True for the starter library's sample content, which a district replaces with its own.
    public var isSample: Bool

    public init(id: Int64? = nil, title: String, aliases: [String] = [], lineOfBusiness: String, eligibility: String, materials: [String],
                procedure: [String], legalBasis: String, department: String, location: String,
                lastChecked: LocalDate, isSample: Bool = false) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.lineOfBusiness = lineOfBusiness
        self.eligibility = eligibility
        self.materials = materials
        self.procedure = procedure
        self.legalBasis = legalBasis
        self.department = department
        self.location = location
        self.lastChecked = lastChecked
        self.isSample = isSample
    }

    /// The pinyin search keys of the title and of each alias (full pinyin and initials of each reading).
    public var pinyinKeys: [String] {
        var keys: [String] = []
        for name in [title] + aliases { keys += PinyinKeys.keys(for: name).filter { !keys.contains($0) } }
        return keys
    }

    /// The pinyin keys of the rest of the text a Chinese search looks in (`PinyinKeys.textKeys`),
    /// so that a word found in Chinese is found by its pinyin too; a key the item repeats is kept once.
    public var pinyinText: [String] {
        let texts = [lineOfBusiness, eligibility, legalBasis, department, location] + materials + procedure
        var seen = Set<String>()
        return texts.flatMap { PinyinKeys.textKeys(for: $0) }.filter { seen.insert($0).inserted }
    }
}
