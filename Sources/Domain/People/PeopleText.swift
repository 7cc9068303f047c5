/// The people feature's Chinese (人员管理: who works here, their roles and PINs). Its sentences live in
/// the layer that shows them: the screen's, storage's and the runtime's extend it there
/// (`PeopleText+Screen`, `+Storage`, `+Runtime`).
public enum PeopleText {}
