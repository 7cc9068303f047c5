/// The one home of the reception feature's Chinese: the tab's screen text (AppCore), the refusals of
/// its storage (Storage) and the policy library commands' sentences (AppRuntime) extend it in their layers
/// (`ReceptionText+Screen`, `+Storage`, `+Command`), so a sentence is found by one name. The policy log's
/// page keeps its own `ReceptionLogText`.
public enum ReceptionText {}
