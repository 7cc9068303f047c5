import Domain

/// The registry's households that match what is typed into a room field, read by a query as it is
/// typed rather than from a copy of the whole registry (501,000 households on the district's file).
/// `typed` is the trimmed text asked for; `found` answers it once `.roomsFound` comes back, in
/// `RoomNumber.candidates`' order, so completion over `found` picks what it would over the registry.
public struct RoomLookup: Equatable, Sendable {
    public var typed = ""
    public var found: [Household] = []
    /// How many candidates a lookup reads: the completion list shows five.
    public static let limit = 5

    public init(typed: String = "", found: [Household] = []) {
        self.typed = typed
        self.found = found
    }

    /// The lookup the open form needs: the visit, reception and booking forms' room field, when its text
    /// differs from what was last asked. Sets `typed` so that it is asked once; `found` stays until
    /// the answer comes, and completion filters it by the text anyway (`RoomNumber.candidates`).
    static func effects(_ state: inout AppState) -> [Effect] {
        guard case .main(var main) = state.phase, [.visits, .reception, .duty].contains(main.tab),
              let form = state.activeForm, let room = form.fields.first(where: { $0.id == "room" }) else { return [] }
        let text = room.text.trimmingCharacters(in: .whitespaces)
        guard text != main.rooms.typed else { return [] }
        main.rooms.typed = text
        if text.isEmpty { main.rooms.found = [] }
        state.phase = .main(main)
        return text.isEmpty ? [] : [.lookUpRooms(text)]
    }

    /// Keeps `found` when it answers the text still asked for.
    static func apply(typed: String, found: [Household], _ state: inout AppState) {
        guard case .main(var main) = state.phase, main.rooms.typed == typed else { return }
        main.rooms.found = found
        state.phase = .main(main)
    }
}
