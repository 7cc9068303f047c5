import Domain

/// The first check of every data row of every import file, before any field's own rule: no
/// field holds a control character (`FieldText`: a NUL would be stored cut short, an ESC would
/// reach the terminal) or more than `FieldText.importFieldLength` characters. The problem names
/// the line, the column and the character's position, and never repeats the field.
enum CSVFieldCheck {
    /// The first field of `fields` (a record of `line`, under `header`) that no import accepts, or nil.
    static func problem(_ fields: [String], line: Int, header: [String]) -> StaffImport.Problem? {
        for (index, field) in fields.enumerated() {
            let label = StorageMessages.importColumn(index, header: header)
            if let error = FieldText.problem(field, label: label, maxLength: FieldText.importFieldLength) {
                return StaffImport.Problem(line: line, message: error.message)
            }
        }
        return nil
    }
}
