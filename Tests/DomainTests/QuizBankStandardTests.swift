import DataFile
import Domain
import Foundation
import Testing

/// The quiz bank teaches the standard and nothing more: every question on the standard rests on
/// words found verbatim in a copy of it (`Reference/`), every value the standard does not give is
/// a question of its own, marked 本程序取值, whose answer is the rule file's value, and no
/// question offers the same answer twice.
@Suite struct QuizBankStandardTests {
    /// The standard as shipped to the project (shared/reference/putuo-baishihui-2017.md).
    static let standard: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference/putuo-baishihui-2017.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static func bank() throws -> [QuizQuestion] { try QuizBankFile.bundled() }

    // MARK: - Questions on the standard

    @Test func theReferenceCopyIsTheStandard() {
        #expect(Self.standard.contains("普陀区社区工作者“百事汇”服务积分卡"))
        #expect(Self.standard.count > 10_000)
    }

    @Test func everyQuestionOnTheStandardQuotesItVerbatim() throws {
        for q in try Self.bank() where !q.isLocalSetting {
            #expect(!q.quotes.isEmpty, "\(q.id) quotes nothing")
            for quote in q.quotes {
                #expect(Self.standard.contains(quote), "\(q.id): “\(quote)” is not in the standard")
            }
            #expect(!q.source.contains("本程序"), "\(q.id) mixes a local setting into a clause")
        }
    }

    @Test func noQuestionOnTheStandardTeachesAnInventedValue() throws {
        let invented = ["7 天", "30 天", "每 30 天", "3 个工作日", "15 分钟", "每次（每篇）"]
        for q in try Self.bank() where !q.isLocalSetting {
            let text = ([q.stem, q.explanation] + q.answer.map { q.options[$0] }).joined(separator: " ")
            for value in invented { #expect(!text.contains(value), "\(q.id) teaches \(value) as the standard's") }
        }
    }

    @Test func volunteeringIsTaughtPerDayAsTheCardSays() throws {
        let bank = try Self.bank()
        let mentions = bank.filter { ($0.stem + $0.explanation).contains("志愿服务") }
        #expect(!mentions.isEmpty)
        for q in mentions { #expect(!q.explanation.contains("志愿服务每次"), "\(q.id)") }
        let perDay = try #require(bank.first { $0.id == "points-volunteering-day" })
        #expect(perDay.options[try #require(perDay.answer.first)] == "每参与 1 天")
    }

    @Test func theDutyHoursReadAsTheTextLists() throws {
        let when = try #require(try Self.bank().first { $0.id == "duty-when" })
        #expect(when.quotes.contains { $0.contains("平时、晚间、双休日和节假日") })
        #expect(!(when.stem + when.explanation).contains("平时晚间"))
        #expect(when.answer.map { when.options[$0] }.sorted() == ["双休日和节假日", "平时", "晚间"].sorted())
    }

    @Test func nothingCitesTheReceptionClauseForWhatItDoesNotSay() throws {
        for q in try Self.bank() where q.source.contains("附件二 四(三)") {
            #expect(q.quotes.allSatisfy { Self.clause(四三: $0) }, "\(q.id) cites 附件二 四(三) for words outside it")
        }
    }

    /// Whether `quote` is in the text of 附件二 四(三) (实行首问接待).
    static func clause(四三 quote: String) -> Bool {
        guard let start = standard.range(of: "**（三）实行首问接待。**"),
              let end = standard.range(of: "**（四）落实错时值班。**", range: start.upperBound..<standard.endIndex) else { return false }
        return standard[start.upperBound..<end.lowerBound].contains(quote)
    }

    // MARK: - Questions on local settings

    @Test func everyLocalSettingIsMarkedAndAnsweredByTheRuleFile() throws {
        let rules = try TOMLSource(Fixtures.rulesText, file: "putuo-2017.toml")
        let local = try Self.bank().filter(\.isLocalSetting)
        #expect(local.count >= 5)
        for q in local {
            let key = try #require(q.setting)
            #expect(q.stem.hasPrefix("本程序取值"), "\(q.id)")
            #expect(q.source == "本程序取值，可在规则文件中修改（\(key)）")
            let value = try (try? rules.int(key)).map(String.init) ?? rules.string(key)   // days, or money ("2000.00")
            let right = q.answer.map { q.options[$0] }
            #expect(right.count == 1 && right[0].hasPrefix("\(value) "), "\(q.id): \(right) is not the rule file's \(value)")
        }
    }

    /// Issue 19: each fund rule the program enforces has a question quoting it (above 500 the street's
    /// 审核 then 审批; 集中申请 to the street; what the party fund may not pay; no 拨款 out of plan),
    /// and the fund values the text does not give are questions of their own.
    @Test func theFundRulesEachHaveAQuestion() throws {
        let bank = try Self.bank()
        let quotes = bank.filter { !$0.isLocalSetting }.flatMap(\.quotes)
        for rule in ["按街道、镇相关程序审批", "居委会可集中向街道、镇提出用款申请", "工作人员工资福利和其他津补贴",
                     "应由物业单位承担的费用", "没有列入计划的支出原则上不予拨款"] {
            #expect(quotes.contains { $0.contains(rule) }, "no question quotes “\(rule)”")
        }
        #expect(bank.compactMap(\.setting).contains("emergency.max_amount"))
    }

    @Test func theInventedValuesOfTheOldBankAreAllLocalSettings() throws {
        let keys = Set(try Self.bank().compactMap(\.setting))
        #expect(keys.isSuperset(of: ["emergency.written_application_days", "split.window_days",
                                     "visits.intervals.独居老人", "reception.reply_working_days"]))
    }

    /// A single-choice question whose stem is `stem`, followed by the lines `origin` (its source,
    /// quotes or setting), and the reason `QuizBankFile` refuses it with.
    static func refusal(stem: String, _ origin: String) -> String? {
        let text = Fixtures.question(stem: stem, options: ["7 天", "8 天"], answer: "A", origin: origin)
        do { _ = try QuizBankFile.parse(text, file: "q.toml"); return nil } catch { return error.message }
    }

    @Test func aLocalSettingThatAlsoCitesTheStandardIsRefused() {
        let setting = "setting = \"emergency.written_application_days\""
        #expect(Self.refusal(stem: "本程序取值：几天？", setting + "\nsource = \"附件一 三(二)\"")?.contains("不写 source 和 quotes") == true)
        #expect(Self.refusal(stem: "几天？", setting)?.contains("题干须以“本程序取值”开头") == true)
        #expect(Self.refusal(stem: "本程序取值：几天？", setting) == nil)
    }

    @Test func aQuestionOnTheStandardWithoutQuotesIsRefused() {
        #expect(Self.refusal(stem: "几天？", "source = \"附件一 三(二)\"")?.contains("缺少 quotes") == true)
        #expect(Self.refusal(stem: "几天？", "source = \"附件一 三(二)\"\nquotes = [\"后补申请审批手续\"]") == nil)
    }

    // MARK: - Options

    @Test func noQuestionOffersTheSameAnswerTwice() throws {
        let policies = PolicyQuestions.generate(from: try PolicyLibraryFile.bundledSample())
        #expect(!policies.isEmpty)
        for q in try Self.bank() + policies {
            let sets = q.options.map(PolicyQuestions.parts)
            #expect(Set(sets).count == sets.count, "\(q.id): \(q.options)")
        }
    }

    @Test func aDepartmentNamedInAnotherOrderIsNotOfferedBesideTheRightOne() {
        let items = ["甲局 / 乙中心", "乙中心 / 甲局", "丙所", "丁处", "戊站"].enumerated().map { k, dept in
            PolicyItem(title: "事项\(k)", lineOfBusiness: "条线", eligibility: "条件\(k)", materials: ["材料\(k)a", "材料\(k)b"],
                       procedure: ["流程"], legalBasis: "", department: dept, location: "地点", lastChecked: Fixtures.day("2026-01-01"))
        }
        let q = PolicyQuestions.generate(from: items).first { $0.id == "policy-事项0-department" }
        #expect(q?.options.contains("乙中心 / 甲局") == false)
        #expect(q?.options.count == 4)
    }
}
