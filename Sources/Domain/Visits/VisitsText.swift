/// The one home of the visits feature's Chinese: the tab's screen text (AppCore) and the refusals of its
/// storage (Storage) extend it in their layers, so a sentence is found by one name.
public enum VisitsText {}
