import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The keys a person is offered: the status line and the help screen leave out every key whose
/// command the person's roles may not use (`KeyAccess`), and pressing one anyway gives the same
/// refusal as storage would (`Permission`).
@Suite struct KeyAccessTests {
    static let keymap = AppKeymap.standard

    /// One person of each single role.
    static let people = Role.allCases.enumerated().map { Person(id: Int64(10 + $0.offset), name: "甲\($0.offset)", roles: [$0.element]) }

    /// The screen of `context` for `user`, tall enough that the whole help fits.
    static func screen(_ context: KeyContext, for user: Person) -> AppState {
        var s: AppState
        switch context {
        case .points: s = PointsScreenTests.pointsState(user)
        case .duty: s = DutyScreenTests.dutyState(user)
        default:
            s = Fixtures.mainState(user)
            let key: Key = context == .people ? .function(2) : .char(KeyContext.tabContexts.firstIndex(of: context).map { Character("\($0 + 1)") } ?? "1")
            Fixtures.send([key], to: &s)
        }
        s.width = 100
        s.height = 160
        return s
    }

    /// The help screen's line of each binding of `command` in `context`, as the help draws it.
    static func helpLines(_ command: Command, in context: KeyContext) -> [String] {
        keymap.bindings(in: context.rawValue).filter { $0.command == command.rawValue }
            .map { "  " + DisplayWidth.fit($0.key.description, to: 12) + $0.help }
    }

    @Test("every command of the table is bound in its context, so the table names real keys")
    func tableNamesBoundKeys() {
        for (context, commands) in KeyAccess.table {
            for command in commands.keys { #expect(!Self.helpLines(command, in: context).isEmpty, "\(context) \(command)") }
        }
        for command in KeyAccess.dutyArranging { #expect(!Self.helpLines(command, in: .duty).isEmpty, "\(command)") }
    }

    @Test("each role's help lists exactly the gated keys that role may use",
          arguments: [KeyContext.people, .visits, .funds, .points])
    func helpFollowsPermission(_ context: KeyContext) {
        for user in Self.people {
            var s = Self.screen(context, for: user)
            Fixtures.send([.char("?")], to: &s)
            let screen = Fixtures.screenText(s)
            #expect(screen.contains("【"), "the help is open")
            for (command, permission) in KeyAccess.table[context] ?? [:] {
                for line in Self.helpLines(command, in: context) {
                    #expect(screen.contains(line) == permission.allows(user), "\(user.roles) \(context) \(line)")
                }
            }
        }
    }

    @Test("a 社工 is not offered t全员进度 or a填写 s签名; the 书记 is")
    func statusLineOfAWorker() {
        let worker = Fixtures.worker
        for (context, hints) in [(KeyContext.visits, ["t全员进度", "g分配片区"]), (.points, ["a填写", "s签名", "v全体"])] {
            var mine = Self.screen(context, for: worker), theirs = Self.screen(context, for: Fixtures.secretary)
            (mine.width, theirs.width) = (400, 400)
            let status = { (s: AppState) in Fixtures.render(s).textLines()[s.height - 1] }
            for hint in hints {
                #expect(!status(mine).contains(hint), "\(hint)")
                #expect(status(theirs).contains(hint), "\(hint)")
            }
        }
    }

    @Test("the roster's keys follow the rule set's approvers: a 社工 sees only sign-in, swaps and bookings")
    func dutyKeys() {
        var worker = Self.screen(.duty, for: Fixtures.worker), secretary = Self.screen(.duty, for: Fixtures.secretary)
        Fixtures.send([.char("?")], to: &worker)
        Fixtures.send([.char("?")], to: &secretary)
        for command in KeyAccess.dutyArranging {
            for line in Self.helpLines(command, in: .duty) {
                #expect(!Fixtures.screenText(worker).contains(line) && Fixtures.screenText(secretary).contains(line), "\(line)")
            }
        }
        #expect(Fixtures.screenText(worker).contains(Self.helpLines(.dutySign, in: .duty)[0]))
    }

    @Test("a gated key pressed anyway is refused with the permission's own sentence")
    func pressedAnyway() {
        for (context, command) in [(KeyContext.visits, Command.team), (.points, .pointsSign), (.points, .add), (.people, .viewLog), (.people, .add)] {
            var s = Self.screen(context, for: Fixtures.worker)
            let key = Self.keymap.keys(for: command.rawValue, in: [context.rawValue])[0]
            #expect(Fixtures.send([key], to: &s).isEmpty)
            #expect(s.message?.text == KeyAccess.permission(for: command, in: context)?.refusal(for: Fixtures.worker), "\(command)")
        }
    }

    @Test("the practice reset is offered to a 培训员, and to anyone in practice mode")
    func practiceReset() {
        let line = Self.helpLines(.practiceReset, in: .people)[0]
        var worker = Self.screen(.people, for: Fixtures.worker)
        Fixtures.send([.char("?")], to: &worker)
        #expect(!Fixtures.screenText(worker).contains(line))
        var practising = Self.screen(.people, for: Fixtures.worker)
        practising.bannerText = "练习模式"
        Fixtures.send([.char("?")], to: &practising)
        #expect(Fixtures.screenText(practising).contains(line))
    }
}
