import DataFile
import Testing

/// The one CSV writer every export uses.
@Suite struct CSVTextTests {
    @Test func documentHasBOMAndCRLFAndQuotesOnlyWhatMustBe() {
        let text = CSVText.document([["姓名", "备注"], ["张桂英", "独居, 需 \"每周\" 探望"], ["李明", "两行\n说明"]])
        #expect(text == "\u{FEFF}姓名,备注\r\n张桂英,\"独居, 需 \"\"每周\"\" 探望\"\r\n李明,\"两行\n说明\"\r\n")
    }

    @Test func plainFieldsStayAsTheyAre() {
        #expect(CSVText.field("¥1,200.50") == "\"¥1,200.50\"")
        #expect(CSVText.field("1200.50") == "1200.50")
        #expect(CSVText.document([]) == "\u{FEFF}")
    }
}
