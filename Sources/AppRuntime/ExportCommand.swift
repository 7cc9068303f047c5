import ArgumentParser

/// `baishihui export`: data written out for other programs or for editing.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出数据",
        subcommands: [PolicyExportCommand.self]
    )
}
