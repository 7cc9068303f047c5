import DataFile
import Testing

/// `TOMLSource`: the line of every kind of key, the order of keys, and syntax errors with their line.
@Suite struct TOMLSourceLineTests {
    private func source(_ text: String) throws -> TOMLSource {
        try TOMLSource(text, file: "t.toml")
    }

    // MARK: - Syntax errors

    @Test func aSyntaxErrorNamesTheFileAndTheLineTOMLKitGives() throws {
        let error = try #require(throws: DataFileError.self) { try TOMLSource("a = 1\n\nb = = 2\n", file: "t.toml") }
        #expect(error.file == "t.toml")
        #expect(error.line == 3)
        #expect(error.reason.hasPrefix("TOML 语法错误："))
    }

    // MARK: - Lines of keys

    @Test func tableHeadersAndTheKeysBelowThem() throws {
        let toml = try source("# rules\n[visits]\nquota = 30\n\n[visits.intervals]\n\"独居老人\" = 30\n")
        #expect(toml.line(of: ["visits"]) == 2)
        #expect(toml.line(of: ["visits", "quota"]) == 3)
        #expect(toml.line(of: ["visits", "intervals"]) == 5)
        #expect(toml.line(of: ["visits", "intervals", "独居老人"]) == 6)
    }

    @Test func aMissingKeyIsShownAtTheNearestTableOrKeyWritten() throws {
        let toml = try source("[ranking]\nexcellent_rate = 20\n")
        #expect(toml.line(of: ["ranking", "excellent_percent"]) == 1)
        #expect(toml.line(of: ["nowhere", "at", "all"]) == nil)
    }

    @Test func dottedAndQuotedKeys() throws {
        let text = "[funds]\noffice_cap.cap_percent = 35\n[roles]\n\"tab.active\" = {}\n'field' . \"x\\u0079\" = 1\n[ \"a.b\" . c ]\nd = 1\n"
        let toml = try source(text)
        #expect(toml.line(of: ["funds", "office_cap"]) == 2)
        #expect(toml.line(of: ["funds", "office_cap", "cap_percent"]) == 2)
        #expect(toml.line(of: ["roles", "tab.active"]) == 4)
        #expect(toml.line(of: ["roles", "field", "xy"]) == 5)
        #expect(toml.line(of: ["a.b", "c", "d"]) == 7)
        #expect(toml.line(of: ["a.b"]) == 6)
    }

    @Test func keysOfAnInlineTableStandOnItsLine() throws {
        let toml = try source("[points.awards]\nclause = \"x\"\nindividual = { city = 5, district = { a = 1 } }\n")
        #expect(toml.line(of: ["points", "awards", "individual", "city"]) == 3)
        #expect(toml.line(of: ["points", "awards", "individual", "district", "a"]) == 3)
        #expect(toml.line(of: ["points", "awards", "individual", "street"]) == 3)
    }

    @Test func nothingInsideAValueIsTakenForAKey() throws {
        let text = """
            [a]
            note = \"\"\"
            fake = 1
            [b]
            \"\"\"
            list = [
              "x = 1", # fake = 2
              { fake = 3 },
            ]
            real = 'C:\\'
            """
        let toml = try source(text)
        #expect(toml.line(of: ["a", "fake"]) == 1)
        #expect(toml.line(of: ["b"]) == nil)
        #expect(toml.line(of: ["a", "list"]) == 6)
        #expect(toml.line(of: ["a", "real"]) == 10)
    }

    @Test func anArrayOfTablesIsAtItsFirstHeader() throws {
        let toml = try source("[[holiday]]\nname = \"元旦\"\n[[holiday]]\nname = \"春节\"\n")
        #expect(toml.line(of: ["holiday"]) == 1)
        #expect(toml.line(of: ["holiday", "name"]) == 2)
    }

    @Test func windowsLineEndingsCountLinesToo() throws {
        let toml = try source("[a]\r\nx = 1\r\n\r\ny = 2\r\n")
        #expect(toml.line(of: ["a", "y"]) == 4)
    }

    // MARK: - Order of keys

    @Test func keysComeInFileOrder() throws {
        let toml = try source("zeta = 1\nalpha = { z = 1, a = 2 }\n[mid]\n[first]\n")
        #expect(toml.orderedKeys(of: toml.root, at: []) == ["zeta", "alpha", "mid", "first"])
        let alpha = try #require(toml.root["alpha"]?.table)
        #expect(toml.orderedKeys(of: alpha, at: ["alpha"]) == ["z", "a"])
    }

    // MARK: - Problems

    @Test func aProblemNamesTheLineOfItsPath() throws {
        let toml = try source("[points.complaint]\nmin = -2\nmax = -5\n")
        #expect(toml.problem("max 太小", at: "points.complaint.max").message == "t.toml 第 3 行：max 太小")
        #expect(toml.problem("max 太小", at: ["points", "complaint", "max"]).line == 3)
        #expect(toml.problem("缺少 [roles] 表").message == "t.toml：缺少 [roles] 表")
        #expect(TOMLSource.keys(of: "a.b.c") == ["a", "b", "c"])
    }
}
