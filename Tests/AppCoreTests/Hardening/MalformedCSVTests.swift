import DataFile
import Domain
import Foundation
import Storage
import Testing

/// Malformed files for every CSV import: a wrong header, GB18030 bytes, a BOM or none, quoted
/// newlines, and 20,000 rows with one bad one. Each gives a Chinese report naming the line, and
/// a refused file reaches no write (every import parses the whole file before it opens a transaction).
@Suite struct MalformedCSVTests {
    /// One import: its header and how its file is read (the number of rows, or every problem).
    struct Import: CustomStringConvertible, Sendable {
        let name: String
        let header: [String]
        let parse: @Sendable (String) -> Result<Int, StaffImportFailure>
        var description: String { name }
    }

    static let now = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 1)!).addingTimeInterval(9 * 3600)

    /// The number of rows read, or the failure.
    static func count<R>(_ r: Result<[R], StaffImportFailure>) -> Result<Int, StaffImportFailure> { r.map(\.count) }

    static let imports: [Import] = {
        typealias T = MalformedCSVTests
        let now = T.now
        let rules = try! RuleSet.bundledPutuo2017()
        let calendar = try! WorkingDayCalendar.bundled()
        return [
            Import(name: "staff", header: StaffImport.header) { T.count(StaffImport.parse($0)) },
            Import(name: "households", header: HouseholdImport.header) { T.count(HouseholdImport.parse($0, rules: rules)) },
            Import(name: "visits", header: VisitImport.header) { T.count(VisitImport.parse($0, now: now)) },
            Import(name: "receptions", header: ReceptionImport.header) {
                T.count(ReceptionImport.parse($0, now: now, calendar: calendar, rules: rules))
            },
            Import(name: "replies", header: OnlineReplyImport.header) { T.count(OnlineReplyImport.parse($0)) },
            Import(name: "shifts", header: ShiftImport.header) { T.count(ShiftImport.parse($0)) },
            Import(name: "expenses", header: ExpenseImport.header) {
                T.count(ExpenseImport.parse($0, today: ShanghaiCalendar.day(of: now)))
            },
            Import(name: "points", header: PointsImport.header) { T.count(PointsImport.parse($0)) },
            Import(name: "points-totals", header: PointsTotalsFile.header) { T.count(PointsTotalsFile.parse($0).map(\.totals)) },
        ]
    }()

    static func problems(_ result: Result<Int, StaffImportFailure>) -> [StaffImport.Problem] {
        if case .failure(let failure) = result { return failure.problems }
        return []
    }

    /// A row of the right width whose every field is a resident's details: it must be refused.
    static func junkRow(_ width: Int) -> String {
        Array(repeating: "欧阳秀珍", count: width).joined(separator: ",")
    }

    // MARK: - Header

    @Test("a file without its header is refused on line 1, naming the header, not echoing the row", arguments: imports)
    func wrongHeader(_ i: Import) {
        let text = "88号楼808室,欧阳秀珍,13912345678\n"
        let found = Self.problems(i.parse(text))
        #expect(found.first?.line == 1)
        #expect(found.first?.message.contains(i.header[0]) == true)
        #expect(!found.contains { $0.message.contains("欧阳秀珍") || $0.message.contains("13912345678") })
    }

    // MARK: - BOM

    @Test("a UTF-8 BOM changes nothing: the same rows or the same problems", arguments: imports)
    func bomOrNot(_ i: Import) throws {
        let body = i.header.joined(separator: ",") + "\r\n" + Self.junkRow(i.header.count) + "\r\n"
        let withBOM = try CSVBytes.text(Data(("\u{FEFF}" + body).utf8), file: "x.csv").get()
        let without = try CSVBytes.text(Data(body.utf8), file: "x.csv").get()
        #expect(withBOM == without)
        #expect(i.parse(withBOM) == i.parse(without))
        // (The points totals, a signed file, miss their checksum line: that too is line 2 here.)
        #expect(Self.problems(i.parse(without)).first?.line == 2, "the junk row is refused on its own line")
    }

    // MARK: - Quoted newlines

    @Test("a quoted newline inside a field is refused on the line where the record starts, and later lines count it",
          arguments: imports.filter { $0.name != "points-totals" })
    func quotedNewline(_ i: Import) {
        let width = i.header.count
        let split = "\"第一行\n第二行\"" + String(repeating: ",x", count: width - 1)
        let text = i.header.joined(separator: ",") + "\n" + split + "\n" + Self.junkRow(width) + "\n"
        let lines = Self.problems(i.parse(text)).map(\.line)
        #expect(lines.first == 2)
        #expect(lines.contains(4), "the row after the two-line record is line 4")
    }

    // MARK: - Control characters and size (issue 17 item 3, "Smaller")

    @Test("a NUL, an ESC or a C1 control in any column of any import is refused with its line and column",
          arguments: imports.filter { $0.name != "points-totals" })
    func controlCharacters(_ i: Import) {
        for (column, control) in zip(i.header.indices, [Character("\u{0}"), "\u{1B}", "\u{9B}"].cycled(i.header.count)) {
            var fields = Array(repeating: "欧阳秀珍", count: i.header.count)
            fields[column] = "好邻居" + String(control) + "文具店"
            let text = i.header.joined(separator: ",") + "\n" + fields.joined(separator: ",") + "\n"
            let found = Self.problems(i.parse(text))
            #expect(found.first?.line == 2)
            #expect(found.first?.message.hasPrefix("第 \(column + 1) 列“\(i.header[column])”第 4 个字符是不可见的控制字符") == true,
                    "\(i.name) column \(column + 1): \(found.first?.message ?? "accepted")")
            #expect(!found.contains { $0.message.contains("好邻居") || $0.message.unicodeScalars.contains { $0.value < 0x20 } })
        }
    }

    @Test("a megabyte in any column of any import is refused with the bound, and not echoed",
          arguments: imports.filter { $0.name != "points-totals" })
    func megabyteField(_ i: Import) {
        var fields = Array(repeating: "欧阳秀珍", count: i.header.count)
        fields[i.header.count - 1] = String(repeating: "文", count: 1_000_000)
        let found = Self.problems(i.parse(i.header.joined(separator: ",") + "\n" + fields.joined(separator: ",") + "\n"))
        #expect(found.first?.line == 2)
        #expect(found.first?.message.contains("不能超过 \(FieldText.importFieldLength) 个字") == true)
        #expect(found.allSatisfy { $0.message.count < 200 })
    }

    // MARK: - Encoding

    /// "姓名,角色,片区\n王秀兰,书记,一片\n" saved by a Chinese Windows spreadsheet as plain CSV (GB18030).
    static let gb18030 = Data([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xbd, 0xc7, 0xc9, 0xab, 0x2c, 0xc6, 0xac, 0xc7, 0xf8, 0x0a,
                               0xcd, 0xf5, 0xd0, 0xe3, 0xc0, 0xbc, 0x2c, 0xca, 0xe9, 0xbc, 0xc7, 0x2c, 0xd2, 0xbb, 0xc6, 0xac, 0x0a])

    @Test("a GB18030 file is recognised and sent back with the line and how to save it as UTF-8")
    func gb18030() {
        guard case .failure(let error) = CSVBytes.text(Self.gb18030, file: "人员.csv") else {
            Issue.record("a GB18030 file was read as UTF-8"); return
        }
        #expect(error.message == "人员.csv 第 1 行：文件是 GB18030（GBK）编码，不是 UTF-8：请在 Excel 中“另存为”，"
                + "文件类型选“CSV UTF-8（逗号分隔）”，再导入；或确认后加 --encoding gb18030 按 GB18030 读取；未写入任何数据")
    }

    @Test("--encoding gb18030 reads the same file through iconv into the text its UTF-8 twin holds, four-byte characters too")
    func gb18030Decoded() throws {
        #expect(try CSVBytes.text(Self.gb18030, file: "人员.csv", encoding: .gb18030).get() == "姓名,角色,片区\n王秀兰,书记,一片\n")
        // 𠀀 (U+20000) is four bytes in GB18030: 95 32 82 36.
        #expect(try CSVBytes.text(Data([0x95, 0x32, 0x82, 0x36, 0x0a]), file: "x.csv", encoding: .gb18030).get() == "\u{20000}\n")
        #expect(CSVEncoding(name: "GBK") == .gb18030 && CSVEncoding(name: "UTF8") == .utf8 && CSVEncoding(name: "latin1") == nil)
    }

    @Test("a byte GB18030 cannot decode is refused with its line, nothing read")
    func gb18030Broken() {
        var bytes = Self.gb18030
        bytes.append(contentsOf: [0x81, 0x0a])   // a lead byte with no trail: line 3
        guard case .failure(let error) = CSVBytes.text(bytes, file: "x.csv", encoding: .gb18030) else {
            Issue.record("a broken GB18030 file was read"); return
        }
        #expect(error.line == 3 && error.reason.hasPrefix("此行起不是 GB18030 编码的文本"))
    }

    @Test("UTF-8 up to a stray byte names that byte's line; UTF-16 is named too")
    func otherEncodings() throws {
        var bytes = Data("姓名,角色,片区\n李明,社工,一片\n".utf8)
        bytes.append(contentsOf: [0x7a, 0xff, 0x0a])
        guard case .failure(let error) = CSVBytes.text(bytes, file: "x.csv") else { Issue.record("read"); return }
        #expect(error.line == 3 && error.reason.contains("不是 UTF-8"))
        guard case .failure(let utf16) = CSVBytes.text(Data([0xFF, 0xFE, 0x53, 0x59]), file: "x.csv") else {
            Issue.record("read"); return
        }
        #expect(utf16.reason.hasPrefix("文件是 UTF-16"))
        for bom in [[0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]] as [[UInt8]] {
            guard case .failure(let utf32) = CSVBytes.text(Data(bom + [0x53, 0x59, 0x00, 0x00]), file: "x.csv") else {
                Issue.record("read"); return
            }
            #expect(utf32.reason.hasPrefix("文件是 UTF-32"), "a UTF-32 file is not called UTF-16")
        }
        #expect(try CSVBytes.text(Data("\u{FEFF}姓名".utf8), file: "x.csv").get() == "姓名")
    }

    // MARK: - 20,000 rows, one bad

    @Test("20,000 households with one bad phone: exactly that line is reported, so nothing is imported")
    func manyRowsOneBad() throws {
        let rules = try RuleSet.bundledPutuo2017()
        var lines = [HouseholdImport.header.joined(separator: ",")]
        for n in 1...20_000 {
            let phone = n == 12_345 ? "1380000abcd" : "1380000\(String(format: "%04d", n % 10_000))"
            lines.append("\(n / 100 + 1)号楼\(n)室,住户\(n),两口之家,\(phone),,一片")
        }
        let result = HouseholdImport.parse(lines.joined(separator: "\n") + "\n", rules: rules)
        guard case .failure(let failure) = result else { Issue.record("the bad row was not found"); return }
        #expect(failure.problems == [StaffImport.Problem(line: 12_346, message: "联系电话只能包含数字（可有空格、- 或开头的 +86）")])

        let staff = (["姓名,角色,片区"] + (1...20_000).map { $0 == 777 ? "某人,园丁," : "员工\($0),社工," }).joined(separator: "\n")
        let staffProblems = Self.problems(StaffImport.parse(staff).map(\.count))
        #expect(staffProblems.map(\.line) == [778])
    }
}

extension Array {
    /// The elements repeated until there are `count` of them.
    func cycled(_ count: Int) -> [Element] { (0..<count).map { self[$0 % self.count] } }
}
