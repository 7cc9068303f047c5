/// The one home of the reception feature's Chinese: the tab's screen text (AppCore) and the refusals of
/// its storage (Storage) extend it in their layers, so a sentence is found by one name. The policy log's
/// page keeps its own `ReceptionLogText`.
public enum ReceptionText {}
