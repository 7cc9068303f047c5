import Domain

/// A named command that a key can be bound to in the keymap file.
public enum Command: String, CaseIterable, Sendable {
    case quit, help, logout, people
    case tab1, tab2, tab3, tab4, tab5, nextTab, previousTab
    case up, down, pageUp, pageDown, first, last
    case nextField, previousField, submit, cancel
    case add, editRoles, resetPin, toggleActive
    case confirm, deny
    case overdue, team, toggleZones, openHousehold, assignZone
    case approve, review, pay, reverse, ledger
    case verbal, batch, instalment, planRevise, planReport, budget, caseDecision, payeeKind
    case open
    case dutySign, dutyView, dutyPreviousMonth, dutyNextMonth, dutyFill, dutyTemplate, dutyHours, dutySwap, dutyAccept, dutyRefuse
    case dutyAddShift, dutyBook, dutyIntake, dutyReceive
    case visitSheet, correctVisit, editHousehold, previousMonth, nextMonth, followUpVisit
    case today, followUps, history, sign, reply, amend, usage, onlineReplies
    case pointsSign, pointsSignAll, pointsAmend, pointsOverview, pointsWorker
    case training, trainingOpen, trainingPage, drillCheck, quizCategory, quizA, quizB, quizC, quizD, quizNext
    case pointsRanking
    case practiceReset
    case projectNote, reportKind, reportPublic
    case viewLog
    case kioskProfile, kioskNotice, kioskNotices, withdrawNotice

    /// Every name a keymap may use (plus `none`, which removes a binding).
    public static var names: Set<String> { Set(allCases.map(\.rawValue)).union(["none"]) }

    /// Movement commands are listed on the help screen but left out of the status line, which has little room.
    public var showsInStatusLine: Bool {
        switch self {
        case .up, .down, .pageUp, .pageDown, .first, .last, .nextField, .previousField,
             .tab2, .tab3, .tab4, .tab5, .nextTab, .previousTab, .deny,
             .dutyPreviousMonth, .dutyRefuse, .dutyTemplate, .dutyHours, .dutyAddShift, .dutyIntake, .dutyReceive,
             .quizB, .quizC, .quizD, .practiceReset, .reportKind, .reportPublic:
            return false
        default:
            return true
        }
    }

    /// The tab a `tabN` command selects.
    public var tab: Tab? {
        switch self {
        case .tab1: return .reception
        case .tab2: return .visits
        case .tab3: return .duty
        case .tab4: return .funds
        case .tab5: return .points
        default: return nil
        }
    }
}

/// The key contexts, most specific first when looked up; their Chinese names head the help screen.
public enum KeyContext: String, CaseIterable, Sendable {
    case dialog, help, form, login, people, list
    /// One context per tab, in force while that tab is shown (its own keys come before `main`'s).
    case reception, visits, duty, funds, points
    case main, global
    /// The training screen (F3), and a quiz paper being answered on it.
    case training, quiz
    /// The touch screen's notices as posted, on the people screen (F2 then `m`).
    case kioskNotices

    public var title: String {
        switch self {
        case .dialog: return "对话框"
        case .help: return "帮助"
        case .form: return "表单"
        case .login: return "登录"
        case .people: return PeopleText.title
        case .list: return "列表"
        case .reception, .visits, .duty, .funds, .points: return Tab.allCases[Self.tabContexts.firstIndex(of: self)!].title
        case .main: return "主界面"
        case .global: return "任何时候"
        case .training: return "培训"
        case .quiz: return "答题"
        case .kioskNotices: return KioskText.noticesContext
        }
    }

    /// The tabs' contexts in the order of `Tab`.
    public static let tabContexts: [KeyContext] = [.reception, .visits, .duty, .funds, .points]

    /// The contexts in force while a form has the keyboard.
    public static let whileTyping: [KeyContext] = [.form, .global]

    /// The contexts in force on the people screen (F2).
    public static let peopleScreen: [KeyContext] = [.people, .list, .main, .global]

    /// The contexts in force on the list of the touch screen's notices (F2 then `m`).
    public static let kioskNoticeList: [KeyContext] = [.kioskNotices, .list, .main, .global]

    /// The contexts in force on the training screen: its drills and papers, or the paper being answered.
    public static func training(answering: Bool) -> [KeyContext] {
        answering ? [.quiz, .list, .global] : [.training, .list, .main, .global]
    }
}
