import Domain
import ScreenKit

/// The form that edits a household from its page: head, phone, family, tags and zone. The room
/// is the household's identity and is not on it. The phone box starts empty so that the number is
/// not shown to a passer-by: left empty it stays, `-` removes it, a new number replaces it.
enum HouseholdForm {
    /// What typed in the phone box removes the number.
    static let clearPhone = "-"

    /// The form for `h`, filled in from it.
    static func editor(_ h: Household, rules: RuleSet?) -> VisitEditor {
        let tags = rules?.visits.tags ?? []
        return VisitEditor(mode: .household(h), form: FormState([
            FormField(id: "head", label: VisitsText.headLabel, value: h.head, maxLength: PersonName.maxLength, width: 14),
            FormField(id: "phone", label: VisitsText.phoneLabel, maxLength: Phone.maxLength + 4,
                      hint: VisitsText.phoneHint(h.phone), width: 16),
            FormField(id: "members", label: VisitsText.members, value: h.members, maxLength: TextField.maxLength, width: 50),
            FormField(id: "tags", label: VisitsText.tagsLabel, value: HouseholdTags.describe(h.tags), maxLength: 60,
                      hint: VisitsText.tagsHint(tags), width: 24),
            FormField(id: "zone", label: VisitsText.zoneLabel, value: h.zone ?? "", maxLength: 20, width: 12),
        ]))
    }

    /// The household as edited, or nil with each problem under its field.
    static func household(from form: inout FormState, editing h: Household, rules: RuleSet?) -> Household? {
        form.clearErrors()
        let head = form.check("head", TextField.validate(form["head"].text, label: VisitsText.headLabel, required: false,
                                                         maxLength: PersonName.maxLength))
        let typed = form["phone"].text.trimmingCharacters(in: .whitespaces)
        let phone: String? = typed.isEmpty ? h.phone : typed == clearPhone ? "" : form.check("phone", Phone.validate(typed))
        let members = form.check("members", TextField.validate(form["members"].text, label: VisitsText.members, required: false))
        var tags: [String]? = h.tags
        if let rules { tags = form.check("tags", HouseholdTags.parse(form["tags"].text, rules: rules)) }
        guard let head, let phone, let members, let tags else {
            form.focus = form.fields.firstIndex { $0.error != nil } ?? form.focus
            return nil
        }
        let zone = form["zone"].text.trimmingCharacters(in: .whitespaces)
        return Household(id: h.id, room: h.room, tags: tags, head: head, members: members, phone: phone,
                         zone: zone.isEmpty ? nil : zone)
    }
}
