import Foundation
import ScreenKit

/// What a person has typed into an open form, kept so that nothing typed is lost: the form's
/// identity, each field's value with its cursor, and the field that had the cursor.
///
/// A PIN is never part of a draft: fields of kind `.secret` are left out when a draft is made,
/// so they never reach the database. The draft is stored as JSON text (`encoded`).
public struct FormDraft: Equatable, Sendable, Codable {
    /// One field's value as typed: its text and cursor, or the options chosen.
    public struct Field: Equatable, Sendable, Codable {
        public var id: String
        /// The field's label, for the restore dialog.
        public var label: String
        public var text: String
        public var cursor: Int
        public var selected: [Int]
        public var optionCursor: Int

        public init(id: String, label: String, text: String, cursor: Int, selected: [Int], optionCursor: Int) {
            self.id = id
            self.label = label
            self.text = text
            self.cursor = cursor
            self.selected = selected
            self.optionCursor = optionCursor
        }
    }

    /// The form's identity: its tab, the kind of form and the record it is about (`reception.amend#12`).
    public var key: String
    /// The tab it belongs to (`Tab.rawValue`), or `people`.
    public var tab: String
    public var fields: [Field]
    /// The id of the field that had the cursor.
    public var focus: String
    /// When it was last written, as the database keeps it; nil until then.
    public var savedAt: Date?

    public init(key: String, tab: String, fields: [Field], focus: String, savedAt: Date? = nil) {
        self.key = key
        self.tab = tab
        self.fields = fields
        self.focus = focus
        self.savedAt = savedAt
    }

    /// The draft of `form`, without its secret fields.
    public init(key: String, tab: String, form: FormState) {
        let kept = form.fields.filter { $0.kind != .secret }
        self.init(key: key, tab: tab, fields: kept.map(Self.field), focus: form.focused.id)
    }

    private static func field(_ f: FormField) -> Field {
        Field(id: f.id, label: f.label, text: f.text, cursor: f.input.cursor, selected: f.selected.sorted(), optionCursor: f.optionCursor)
    }

    /// The same content, ignoring when it was saved.
    func sameContent(as other: FormDraft?) -> Bool {
        guard let other else { return false }
        return key == other.key && fields == other.fields && focus == other.focus
    }

    // MARK: - Back into a form

    /// Puts the values and the cursor back into `form` (a form of the same kind, freshly opened);
    /// fields the form no longer has are skipped, and secret fields are never touched.
    public func apply(to form: inout FormState) {
        for field in fields {
            guard let index = form.fields.firstIndex(where: { $0.id == field.id }), form.fields[index].kind != .secret else { continue }
            var input = TextInput(field.text, maxLength: form.fields[index].input.maxLength)
            _ = input.apply(.home)
            for _ in 0..<min(field.cursor, input.characters.count) { _ = input.apply(.right) }
            form.fields[index].input = input
            let count = form.fields[index].options.count
            if count > 0 { form.fields[index].selected = Set(field.selected.filter { $0 < count }) }
            form.fields[index].optionCursor = min(field.optionCursor, max(0, count - 1))
            form.fields[index].error = nil
        }
        if let index = form.fields.firstIndex(where: { $0.id == focus }) { form.focus = index }
    }

    /// The first fields that hold text, as "label：value", to show in the restore dialog.
    public func summary(limit: Int = 3) -> [String] {
        fields.filter { !$0.text.isEmpty }.prefix(limit).map { "\($0.label)：\($0.text)" }
    }

    // MARK: - Stored text

    /// The draft as JSON text, the form the database keeps.
    public var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Body(fields: fields, focus: focus))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// A draft read back from the database; nil when the text is not a draft.
    public static func decode(key: String, tab: String, body: String, savedAt: Date?) -> FormDraft? {
        guard let b = try? JSONDecoder().decode(Body.self, from: Data(body.utf8)) else { return nil }
        return FormDraft(key: key, tab: tab, fields: b.fields, focus: b.focus, savedAt: savedAt)
    }

    private struct Body: Codable {
        var fields: [Field]
        var focus: String
    }
}
