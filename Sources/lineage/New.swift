import ArgumentParser
import Foundation
import LineageXML

extension Lineage {
    /// `lineage new`: starts a case folder from a commented skeleton.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new case: a folder with one commented evidence file to fill in.",
            discussion: """
                Writes \(CaseSkeleton.fileName) into the folder (creating it): one source, two parties, a \
                database, a batch, an extraction and a transfer, each with comments saying what to write. It \
                checks without errors as written: run lineage check <folder> after each edit. A folder that \
                exists and is not empty is refused, so nothing is ever overwritten. \(ExitStatus.help)
                """
        )

        @Argument(
            help: ArgumentHelp("The folder to create, such as my-case.", valueName: "folder"), completion: .directory)
        var folder: String

        func run() throws {
            let manager = FileManager.default
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw UsageError(message: "\(folder): a file already exists there; name a new folder")
                }
                guard ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).isEmpty else {
                    throw UsageError(
                        message: "\(folder): the folder is not empty; name a new or empty folder (nothing is "
                            + "overwritten)")
                }
            }
            let file = (folder as NSString).appendingPathComponent(CaseSkeleton.fileName)
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared since the check above is still never replaced.
                try Data(CaseSkeleton.text.utf8).write(to: URL(fileURLWithPath: file), options: .withoutOverwriting)
            } catch {
                StandardError.line("lineage: error: \(file): cannot write the skeleton: \(error.localizedDescription)")
                throw ExitCode(ExitStatus.unwritable)
            }
            print("created \(file): fill it in, then run lineage check \(folder)")
        }
    }
}
