// The crash test's driver (scripts/crash-test): saves records through the same code the screen
// uses, printing each one only after its transaction has committed, and afterwards verifies that
// every record it printed, and every import, is in the database whole.
//
//   CrashDriver save DB                    saves visits and paid expenses until killed
//   CrashDriver verify DB LOG [MARK:ROWS:REPORTED]...
//                                          every "visit N" / "payment N" line of LOG is there, and
//                                          each import MARK has all ROWS visits or none (all if REPORTED=1)
import Foundation

let arguments = CommandLine.arguments.dropFirst()
switch (arguments.first, arguments.count) {
case ("save", 2):
    try CrashSaver(path: arguments[arguments.startIndex + 1]).run()
case ("verify", 3...):
    let rest = Array(arguments.dropFirst())
    exit(try CrashVerifier(path: rest[0]).run(log: rest[1], imports: rest.dropFirst(2).map(ImportClaim.init)))
default:
    FileHandle.standardError.write(Data("usage: CrashDriver save DB | verify DB LOG [MARK:ROWS:REPORTED]...\n".utf8))
    exit(2)
}
