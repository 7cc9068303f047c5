/// How a payee appears in a public report (附件一 四(一), personal data left out): a payee whose
/// name ends as an organisation's does ("…公司", "…店", "…街道", "…中心") is shown as written;
/// every other payee is taken to be a private person and shown as "个人". When in doubt the name
/// is hidden: a shop written without its suffix shows as "个人", a person never shows by name.
public enum PayeeDisclosure {
    /// The endings that mark a payee as an organisation.
    public static let organisationEndings = [
        "公司", "店", "商店", "超市", "商场", "商行", "市场", "厂", "中心", "站", "所", "馆", "院", "社", "部", "队",
        "局", "街道", "镇", "居委会", "委员会", "协会", "学会", "基金会", "俱乐部", "工作室", "集团", "银行", "酒店",
        "饭店", "餐厅", "学校", "幼儿园", "医院", "药房", "印务", "图文",
    ]

    /// What a public report shows for private persons.
    public static let privatePerson = "个人"

    /// Whether `payee` is taken to be a private person.
    public static func isPrivatePerson(_ payee: String) -> Bool {
        let name = payee.trimmed
        return !organisationEndings.contains { name.hasSuffix($0) }
    }

    /// The payee as shown: unchanged inside, "个人" for a private person in public.
    public static func shown(_ payee: String, inPublic: Bool) -> String {
        inPublic && isPrivatePerson(payee) ? privatePerson : payee
    }
}
