/// The year's ranking (积分规则说明 2): each worker's sum of the twelve months, ranked per
/// street office with standard competition ranking (equal totals share a rank: 1, 2, 2, 4);
/// a worker whose rank is within the top 20% (rank ≤ ⌊0.2 × N⌋) may be nominated "excellent".
public enum YearRanking {
    /// A worker's total for the year, with the street office whose list they are ranked in.
    public struct Entry: Sendable, Equatable {
        public var workerID: Int64
        public var name: String
        public var streetOffice: String
        public var total: Int
        /// The worker's committee ("" when not known).
        public var committee: String
        /// The day the street office imported the total from the committee's export (`import
        /// points-totals`); nil for this committee's own signed cards.
        public var importedOn: LocalDate?

        public init(workerID: Int64, name: String, streetOffice: String, total: Int, committee: String = "",
                    importedOn: LocalDate? = nil) {
            self.workerID = workerID
            self.name = name
            self.streetOffice = streetOffice
            self.total = total
            self.committee = committee
            self.importedOn = importedOn
        }

        /// "导入 2026-12-05" for an imported total, "本会" for this committee's own.
        public var sourceLabel: String { importedOn.map { "导入 \($0.iso)" } ?? "本会" }
    }

    /// A ranked worker: rank, eligibility and the sentence explaining it.
    public struct Ranked: Sendable, Equatable {
        public var entry: Entry
        public var rank: Int
        public var isExcellentEligible: Bool
        public var verdict: Verdict
    }

    // MARK: - The year

    /// The sum of the month totals that fall in `year` (other months are ignored).
    public static func yearTotal(_ monthTotals: [Month: Int], year: Int) -> Int {
        Points.sum(monthTotals.filter { $0.key.year == year }.values)
    }

    /// How many ranks may be nominated among `count` workers: ⌊percent × count / 100⌋.
    public static func excellentCutoff(count: Int, rules: RuleSet) -> Int {
        count * rules.excellentPercent / 100
    }

    // MARK: - Ranking

    /// The ranking of each street office, best first; equal totals share a rank.
    public static func rank(_ entries: [Entry], rules: RuleSet) -> [String: [Ranked]] {
        Dictionary(grouping: entries, by: \.streetOffice).mapValues { rankOneOffice($0, rules: rules) }
    }

    /// The ranking of workers of one street office.
    public static func rankOneOffice(_ entries: [Entry], rules: RuleSet) -> [Ranked] {
        let sorted = entries.sorted { ($1.total, $0.name, $0.workerID) < ($0.total, $1.name, $1.workerID) }
        let cutoff = excellentCutoff(count: sorted.count, rules: rules)
        var ranked: [Ranked] = []
        for (index, entry) in sorted.enumerated() {
            let rank = index > 0 && sorted[index - 1].total == entry.total ? ranked[index - 1].rank : index + 1
            ranked.append(explain(entry, rank: rank, count: sorted.count, cutoff: cutoff, rules: rules))
        }
        return ranked
    }

    private static func explain(_ entry: Entry, rank: Int, count: Int, cutoff: Int, rules: RuleSet) -> Ranked {
        let eligible = rank <= cutoff
        let head = "\(entry.name) 年度积分 \(Points.format(entry.total)) 分，\(entry.streetOffice)第 \(rank) 名（共 \(count) 人）；"
        let rule = "前 \(rules.excellentPercent)% 为第 \(cutoff) 名以内（⌊\(rules.excellentPercent)% × \(count)⌋ = \(cutoff)）"
        let text = head + rule + (eligible ? "，可参与年度考核优秀等次推荐" : "，不在推荐范围内")
        let verdict = Verdict(.ranking, in: rules, .ok, text,
                              numbers: [.tenths("total", entry.total), .count("rank", rank), .count("ranked", count), .count("cutoff", cutoff)])
        return Ranked(entry: entry, rank: rank, isExcellentEligible: eligible, verdict: verdict)
    }
}
