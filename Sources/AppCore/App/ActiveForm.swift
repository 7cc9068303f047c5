import ScreenKit

// MARK: - The form the person is typing into, wherever it is

extension AppState {
    /// The form that has the keyboard now, if any; setting it writes back into the phase it belongs to.
    public var activeForm: FormState? {
        get {
            switch phase {
            case .firstRun(let s): return s.form
            case .login(let s): return s.entry?.form
            case .main(let s) where s.training != nil: return nil
            case .main(let s): return FormSlot.inView(s).shownForm(s)
            case .starting: return nil
            }
        }
        set {
            guard let form = newValue else { return }
            switch phase {
            case .firstRun(var s):
                s.form = form
                phase = .firstRun(s)
            case .login(var s):
                s.entry?.form = form
                phase = .login(s)
            case .main(var s):
                FormSlot.inView(s).setShownForm(&s, form)
                phase = .main(s)
            case .starting:
                break
            }
        }
    }

    /// True when anything typed would be lost by quitting: the form with the keyboard, or a form
    /// left open under another screen or on another tab (the reception form under the policy search).
    public var hasUnsavedInput: Bool {
        if activeForm?.hasInput == true { return true }
        guard case .main(let s) = phase else { return false }
        return FormSlot.openForms(s).contains { $0.hasInput }
            || s.training?.sheet?.isInProgress == true
    }

    /// Whether someone is logged in (and so has drafts kept for them).
    public var isLoggedIn: Bool {
        if case .main = phase { return true }
        return false
    }

    /// The key contexts in force, most specific first.
    public var keyContexts: [KeyContext] {
        if lock != nil { return [.form] }  // the lock screen takes its own few keys (LockFeature)
        if case .help = modal { return [.help] }
        if modal != nil { return [.dialog] }
        if case .main(let s) = phase, s.people?.deactivating != nil { return [.dialog] }
        if case .main(let s) = phase, s.people == nil, s.tab == .funds, s.funds.asks { return [.dialog] }  // PaymentConfirm, PayeeCorrectionConfirm ask
        if activeForm != nil { return KeyContext.whileTyping }
        switch phase {
        case .starting, .firstRun: return [.global]
        case .login: return [.login, .list, .global]
        case .main(let s):
            if let training = s.training { return KeyContext.training(answering: training.sheet != nil) }
            if s.people == nil, s.tab == .points, s.points.signing != nil { return [.dialog] }  // PointsSigning asks
            if s.people?.notices != nil { return KeyContext.kioskNoticeList }
            return s.people != nil ? KeyContext.peopleScreen : s.tab.contextsInForce
        }
    }
}
