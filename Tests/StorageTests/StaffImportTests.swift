import Domain
import Foundation
import Testing
@testable import Storage

/// Reading a staff file: the exact header, line-numbered Chinese problems, a tolerated BOM.
@Suite struct StaffImportTests {
    @Test func readsRowsWithTheirLines() throws {
        let text = "\u{FEFF}姓名,角色,片区\r\n李四,社工、报账员,一片\r\n\r\n张三,主任,\r\n\"赵六\",培训员 , 三片 \r\n"
        let rows = try StaffImport.parse(text).get()
        #expect(rows == [
            StaffImport.Row(line: 2, name: "李四", roles: [.worker, .bookkeeper], zone: "一片"),
            StaffImport.Row(line: 4, name: "张三", roles: [.director], zone: nil),
            StaffImport.Row(line: 5, name: "赵六", roles: [.trainer], zone: "三片"),
        ])
    }

    @Test(arguments: ["姓名,角色\n李四,社工\n", "名字,角色,片区\n", "", "姓名,角色,片区,备注\n"])
    func aWrongHeaderIsLineOne(text: String) {
        #expect(problems(text).map(\.line) == [1])
    }

    @Test func everyBadRowIsReportedWithItsLine() {
        let text = """
            姓名,角色,片区
            李四,社工,一片
            ,社工,一片
            王五,队长,二片
            李四,主任,
            赵六,,三片
            钱七,社工
            孙八,社工,一片,多余
            "周九
            ",社工,
            吴十,社工,
            """
        let found = problems(text)
        #expect(found.map(\.line) == [3, 4, 5, 6, 7, 8, 9])
        #expect(found[0].message == "姓名不能为空")
        #expect(found[1].message.contains("队长"))
        #expect(found[2].message.contains("第 2 行"))
        #expect(found[3].message == RoleParseError.empty.message)
    }

    @Test func bytesThatAreNotUTF8AreRefusedOnLineOne() throws {
        let gbkHeader: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xBD, 0xC7, 0xC9, 0xAB, 0x2C, 0xC6, 0xAC, 0xC7, 0xF8, 0x0A]
        guard case .failure(let failure) = StaffImport.parse(data: Data(gbkHeader)) else {
            Issue.record("GBK bytes should be refused")
            return
        }
        #expect(failure.problems == [.init(line: 1, message: StorageText.importNotUTF8)])
        let utf8 = Data("\u{FEFF}姓名,角色,片区\n李四,社工,\n".utf8)
        #expect(try StaffImport.parse(data: utf8).get().map(\.name) == ["李四"])
    }

    @Test func aFileWithOnlyAHeaderHasNothingToImport() {
        #expect(problems("姓名,角色,片区\n\n").map(\.line) == [1])
    }

    @Test func theFailureListsOneLinePerProblem() {
        let failure = StaffImportFailure([.init(line: 3, message: "姓名不能为空"), .init(line: 5, message: "x")])
        #expect(failure.description == "第 3 行：姓名不能为空\n第 5 行：x")
    }

    // MARK: - Issue 17 item 3

    @Test func anEscapeInANameIsRefusedSoNoTwinAppearsOnTheLoginList() {
        let found = problems("姓名,角色,片区\n王秀兰,书记,一片\n王秀兰\u{1B},书记、主任,\n李明,社工,一\u{0}片\n")
        #expect(found == [
            StaffImport.Problem(line: 3, message: "第 1 列“姓名”第 4 个字符是不可见的控制字符 U+001B（常来自复制粘贴），请删去后重填"),
            StaffImport.Problem(line: 4, message: "第 3 列“片区”第 2 个字符是不可见的控制字符 U+0000（常来自复制粘贴），请删去后重填"),
        ])
    }

    @Test func aDuplicateNameWithANULGetsAChineseRefusalNotSQLitesEnglish() throws {
        let fixture = try DatabaseFixture()
        _ = try fixture.database.addWorker("李明", by: fixture.admin)
        do {
            _ = try fixture.database.addWorker("李明\u{0}", by: fixture.admin)
            Issue.record("a name with a NUL was added")
        } catch let error as StorageError {
            #expect(error.kind == .invalidInput)
            #expect(error.message.contains("U+0000"))
        }
        #expect(storageErrorKind { _ = try fixture.database.setZone("一\u{1B}片", for: fixture.admin.id, by: fixture.admin.id, at: Fixture.start) }
                == .invalidInput)
    }

    private func problems(_ text: String) -> [StaffImport.Problem] {
        guard case .failure(let failure) = StaffImport.parse(text) else { return [] }
        return failure.problems
    }
}
