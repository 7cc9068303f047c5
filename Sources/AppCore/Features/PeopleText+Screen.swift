import Domain

/// The people screen's text: part of `PeopleText`, the one home of the people feature's Chinese.
extension PeopleText {
    static let title = "人员管理"
}
