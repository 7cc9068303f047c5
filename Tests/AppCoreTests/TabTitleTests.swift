import AppCore
import Domain
import Testing

/// The five tab titles have one home (Domain's `ScenarioTab`); the tab bar and the drills read the same words.
@Suite struct TabTitleTests {
    @Test func eachTabIsTheDrillTabOfTheSameNameAndTitle() {
        #expect(Tab.allCases.map(\.title) == ["首问接待", "走访记录", "错时值班", "经费管理", "积分卡"])
        #expect(Tab.allCases.map(\.scenarioTab) == ScenarioTab.allCases)
        for tab in Tab.allCases {
            #expect(tab.scenarioTab.rawValue == "\(tab)")
        }
    }
}
