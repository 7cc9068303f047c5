/// The drafts' and the lock's Chinese words that more than one file uses.
enum DraftText {
    static let peopleTitle = "人员管理"
}
