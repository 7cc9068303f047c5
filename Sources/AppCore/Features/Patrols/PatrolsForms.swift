import Domain
import ScreenKit

/// The 巡查 page's two forms, read by the domain's `PatrolInput`: a patrol with what it found (the
/// finding's fields left empty for a patrol that found nothing), and a finding's closing.
enum PatrolsForms {
    static func record(user: Person, today: LocalDate) -> FormState {
        FormState([
            FormField(id: "date", label: PatrolsText.dateLabel, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
            FormField(id: "people", label: PatrolsText.patrollersLabel, value: user.name, maxLength: 60, hint: PatrolsText.namesHint, width: 30),
            FormField(id: "zone", label: PatrolsText.zoneLabel, value: user.zone ?? "", maxLength: 20, width: 12),
            FormField(id: "buildings", label: PatrolsText.buildingsLabel, maxLength: 20, width: 12),
            FormField(id: "category", label: PatrolsText.categoryLabel, kind: .choice(FindingCategory.allCases.map(\.title))),
            FormField(id: "place", label: PatrolsText.placeLabel, maxLength: PatrolInput.placeLength, width: 30),
            FormField(id: "problem", label: PatrolsText.problemLabel, maxLength: PatrolInput.textLength, hint: PatrolsText.problemHint),
            FormField(id: "handling", label: PatrolsText.handlingLabel, kind: .choice(FindingHandling.Kind.allCases.map(\.title))),
            FormField(id: "reference", label: PatrolsText.referenceLabel, maxLength: FieldText.shortLength, hint: PatrolsText.referenceHint,
                      width: 20),
        ])
    }

    static func close(today: LocalDate) -> FormState {
        FormState([
            FormField(id: "date", label: PatrolsText.closedOnLabel, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
            FormField(id: "outcome", label: PatrolsText.outcomeLabel, maxLength: PatrolInput.textLength),
        ])
    }

    /// The patrol typed, or nil with the reason under its field.
    static func patrol(_ form: inout FormState) -> Patrol? {
        guard let dateText = form.required("date"), let people = form.required("people"), let zone = form.required("zone"),
              let buildings = form.optional("buildings") else { return nil }
        guard let date = LocalDate(iso: dateText) else {
            form.fail("date", PatrolText.badDate(dateText))
            return nil
        }
        var patrol = Patrol(date: date, patrollers: MeetingInput.names(people), zone: zone, buildings: buildings, findings: [])
        if form["problem"].text.trimmed.isEmpty && form["place"].text.trimmed.isEmpty { return patrol }
        guard form.required("place") != nil, form.required("problem") != nil else { return nil }
        let finding = PatrolInput.finding(category: form["category"].chosen.first ?? "", place: form["place"].text, problem: form["problem"].text,
                                          handling: form["handling"].chosen.first ?? "", reference: form["reference"].text)
        guard let found = form.check("problem", finding) else { return nil }
        if case .gridCentre(let number) = found.handling, number.isEmpty {
            form.fail("reference", PatrolText.noCaseNumber)
            return nil
        }
        patrol.findings = [found]
        return patrol
    }

    static func closure(_ form: inout FormState) -> FindingClosure? {
        guard let date = form.required("date"), let outcome = form.required("outcome") else { return nil }
        return form.check("date", PatrolInput.closure(date, outcome)) ?? nil
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
