/// The pinyin search keys of a title: its full pinyin and its initials, for each combination of
/// the readings of its polyphonic characters, so that "dbsq" and "dibao" find 低保申请 and a
/// surname such as 曾 is found as zeng and as ceng.
///
/// Combinations are bounded (`combinationLimit`): the ones kept are those that use the most
/// common readings (the smallest sum of reading ranks), so a long title of common characters
/// cannot multiply into thousands of keys. Letters and digits in a title stand for themselves;
/// other characters (punctuation, spaces, characters the table does not know) are skipped.
public enum PinyinKeys {
    /// The most combinations of readings kept for one title.
    public static let combinationLimit = 16

    /// The keys of `title`, full pinyin first then initials for each combination, lower case,
    /// without repeats: 低保申请 → ["dibaoshenqing", "dbsq"].
    public static func keys(for title: String, table: PinyinTable = .bundled,
                            limit: Int = combinationLimit) -> [String] {
        var keys: [String] = []
        for combination in combinations(segments(of: title, table: table), limit: limit) {
            let full = combination.joined()
            let initials = String(combination.compactMap(\.first))
            for key in [full, initials] where !key.isEmpty && !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// The full pinyin of a longer text (an item's conditions, steps, department…): for each run
    /// of letters and digits between punctuation, its pinyin in the most common readings, then for
    /// each other reading of a polyphonic character that of the window of `textWindow` characters
    /// either side of it read that way. The size grows with the text, not with the combinations
    /// of its readings; a searched word of up to `textWindow` + 1 characters is found in any
    /// reading of one of its characters.
    ///
    /// Initials are left out: they abbreviate a name (a title, an alias), and in running text two
    /// letters match almost anything (in the starter library `db` matched 22 of 36 items' text).
    public static func textKeys(for text: String, table: PinyinTable = .bundled) -> [String] {
        var keys: [String] = []
        for run in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let readings = segments(of: String(run), table: table)
            guard !readings.isEmpty else { continue }
            let common = readings.map { $0[0] }
            keys.append(common.joined())
            for (index, choices) in readings.enumerated() {
                for other in choices.dropFirst() {
                    var window = common
                    window[index] = other
                    keys.append(window[max(0, index - textWindow)...min(window.count - 1, index + textWindow)].joined())
                }
            }
        }
        return keys
    }

    /// How many characters either side of a polyphonic character its other readings cover (本程序取值).
    public static let textWindow = 3

    /// A typed search as pinyin: lower-case letters with spaces and apostrophes removed, or nil
    /// when it holds anything but ASCII letters (then it is not pinyin).
    public static func query(_ typed: String) -> String? {
        let letters = typed.lowercased().filter { $0 != " " && $0 != "'" }
        guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return letters
    }

    // MARK: - Readings

    /// The possible readings of each character that has any, in order.
    static func segments(of title: String, table: PinyinTable) -> [[String]] {
        title.compactMap { character in
            if character.isASCII, character.isLetter || character.isNumber { return [character.lowercased()] }
            let readings = table.readings(of: character)
            return readings.isEmpty ? nil : readings
        }
    }

    /// At most `limit` choices of one reading per segment, those with the smallest rank sums
    /// first. Pruning after each segment is exact: a prefix outside the best `limit` cannot lead
    /// to a whole combination inside them.
    static func combinations(_ segments: [[String]], limit: Int) -> [[String]] {
        var partial: [(rank: Int, readings: [String])] = [(0, [])]
        for readings in segments {
            var next: [(rank: Int, readings: [String])] = []
            for prefix in partial {
                for (rank, reading) in readings.enumerated() {
                    next.append((prefix.rank + rank, prefix.readings + [reading]))
                }
            }
            // A stable sort keeps equal ranks in the order of the readings.
            partial = Array(next.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
                .prefix(max(1, limit)).map(\.element))
        }
        return segments.isEmpty ? [] : partial.map(\.readings)
    }
}
