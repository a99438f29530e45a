import Foundation

/// Reads when each post-mortem last changed from git: one `git log` over each
/// input folder (never one process per file) and one `git status`.
///
/// Only paths below the folder are asked for and only names are read (no file
/// contents, so no filters or diff drivers run); the names git gives are matched
/// against the files discovery found, never opened. Without git, outside a
/// repository, or where git refuses the repository, nothing is known and no date
/// is shown; in a shallow clone, a file last changed at the clone's boundary has
/// no known date either (its true last change may be older).
enum GitHistory {
    /// The history of each file in `files`, by its ``InputFile/path``; files git knows nothing of are left out.
    static func read(_ files: [InputFile]) -> [String: FileHistory] {
        var result: [String: FileHistory] = [:]
        let byFolder = Dictionary(grouping: files, by: \.boundary)
        for folder in byFolder.keys.sorted() {
            let histories = read(folder: folder)
            guard !histories.isEmpty else { continue }
            for file in byFolder[folder] ?? [] {
                guard let relative = relativePath(of: file.path, in: folder), let history = histories[relative] else { continue }
                result[file.path] = history
            }
        }
        return result
    }

    /// Every file below `folder` git knows of, by its path below `folder`.
    /// Sets each post-mortem's ``PostMortem/history`` from ``read(_:)`` of `files` (build and serve alike).
    static func annotate(_ postMortems: inout [PostMortem], from files: [InputFile]) {
        let histories = read(files)
        for index in postMortems.indices { postMortems[index].history = histories[postMortems[index].path] }
    }

    static func read(folder: String) -> [String: FileHistory] {
        guard let info = git(["rev-parse", "--is-shallow-repository", "--show-prefix"], in: folder) else { return [:] }
        // `true` or `false`, then the folder's path below the top (all the rest, less its final newline:
        // git prints it unquoted, so it may hold a newline itself).
        let lines = info.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let isShallow = lines.first == "true"
        let prefix = lines.count > 1 ? String(lines[1].hasSuffix("\n") ? lines[1].dropLast() : lines[1]) : ""
        var histories: [String: FileHistory] = [:]
        // `-z`: names NUL-terminated and never C-quoted, whatever they hold (`"`, `\`, a tab, a newline).
        if let log = gitOutput(
            ["log", "-z", "--relative", "--no-renames", "--no-merges", "--format=%x00%H %cs %P", "--name-only", "--", "."],
            in: folder)
        {
            for (header, names) in logRecords(log) {
                let parts = header.split(separator: " ")
                guard parts.count >= 2 else { continue }
                let isBoundary = isShallow && parts.count == 2
                for name in names where histories[name] == nil {
                    // Newest first: the first commit naming a file last changed it.
                    histories[name] =
                        isBoundary ? FileHistory() : FileHistory(date: DateParser.parse(String(parts[1])), commit: String(parts[0]))
                }
            }
        }
        // `git status` re-reads a file whose stat data is stale through the repository's clean filter
        // (`filter.<name>.clean`, a command the repository's config names): where any filter is
        // configured, status is not asked and nothing is said, since a date without it could hide an edit.
        if git(["config", "--get-regexp", "^filter\\."], in: folder)?.isEmpty == false { return [:] }
        if let status = gitOutput(
            ["status", "--porcelain", "-z", "--untracked-files=all", "--ignore-submodules=all", "--", "."], in: folder)
        {
            for path in changedPaths(status) where path.hasPrefix(prefix) {
                histories[String(path.dropFirst(prefix.count)), default: FileHistory()].hasUncommittedChanges = true
            }
        }
        return histories
    }

    /// The commits of `git log -z --format=%x00… --name-only`, newest first: each commit's header
    /// (`%H %cs %P`) and the names it touched. The output is NUL-separated fields: an empty field
    /// (the format's leading `%x00`, as no name is empty) starts a commit, the next field is its
    /// header, then come its names, the first after the `\n` git puts between a header and its names.
    static func logRecords(_ output: [UInt8]) -> [(header: String, names: [String])] {
        var records: [(header: String, names: [String])] = []
        var fields = output.split(separator: 0, omittingEmptySubsequences: false)[...]
        while let field = fields.popFirst() {
            guard field.isEmpty, let header = fields.popFirst() else { continue }
            var names: [String] = []
            while let name = fields.first, !name.isEmpty {
                fields.removeFirst()
                let text = names.isEmpty && name.first == UInt8(ascii: "\n") ? name.dropFirst() : name
                if !text.isEmpty { names.append(String(decoding: text, as: UTF8.self)) }
            }
            records.append((String(decoding: header, as: UTF8.self), names))
        }
        return records
    }

    /// The paths `git status --porcelain -z` lists, below the repository's top: each record is
    /// `XY path`, and a rename or copy is followed by the path it came from, which is skipped.
    static func changedPaths(_ output: [UInt8]) -> [String] {
        var paths: [String] = []
        var records = output.split(separator: 0)[...]
        while let record = records.popFirst() {
            guard record.count > 3 else { continue }
            let kind = record.prefix(2)
            if kind.contains(UInt8(ascii: "R")) || kind.contains(UInt8(ascii: "C")) { _ = records.popFirst() }
            paths.append(String(decoding: record.dropFirst(3), as: UTF8.self))
        }
        return paths
    }

    /// `path` below `folder` (both made absolute and real), nil when it is not below it.
    static func relativePath(of path: String, in folder: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        let absolute = String(cString: real)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        guard absolute.hasPrefix(base) else { return nil }
        return String(absolute.dropFirst(base.count))
    }

    /// The environment git runs in: the inherited one without git's own variables (GIT_DIR,
    /// GIT_WORK_TREE, GIT_INDEX_FILE… set when a build runs from a hook, which would override `-C`,
    /// so the folder alone says which repository is read), no prompt, no optional locks, C locale.
    static func environment(_ inherited: [String: String]) -> [String: String] {
        var environment = inherited.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        return environment
    }

    /// Git's standard output as text, nil when git is missing, fails or the folder is not in a repository.
    static func git(_ arguments: [String], in folder: String) -> String? {
        gitOutput(arguments, in: folder).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Git's standard output, nil when git is missing, fails or the folder is not in a repository.
    static func gitOutput(_ arguments: [String], in folder: String) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // No pager, no prompt, no lock or index refresh written (a build only reads), names as they are.
        process.arguments =
            [
                "git", "--no-pager", "-C", folder, "-c", "core.quotePath=false", "-c", "core.fsmonitor=false", "-c",
                "log.showSignature=false",
            ]
            + arguments
        process.environment = environment(ProcessInfo.processInfo.environment)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return [UInt8](data)
    }
}
