import FlyingFox
import FlyingSocks
import Foundation

/// A running `hindsight serve`: the HTTP server on 127.0.0.1 and the thread
/// that watches the sources. Nothing is written to disk, so stopping leaves
/// nothing behind.
public final class ServeSession: Sendable {
    /// The port the server listens on (the one asked for, or the one chosen for port 0).
    public let port: UInt16
    /// The address the server is bound to, as the system reports it (always `127.0.0.1`).
    public let boundAddress: String
    /// How many post-mortems the first build read.
    public let fileCount: Int
    private let server: HTTPServer
    private let serverTask: Task<Void, Never>
    private let watcher: SourceWatcher

    private init(
        port: UInt16, boundAddress: String, fileCount: Int, server: HTTPServer, serverTask: Task<Void, Never>, watcher: SourceWatcher
    ) {
        self.port = port
        self.boundAddress = boundAddress
        self.fileCount = fileCount
        self.server = server
        self.serverTask = serverTask
        self.watcher = watcher
    }

    /// `http://127.0.0.1:<port>/`
    public var url: String { "http://127.0.0.1:\(port)/" }

    /// What the terminal shows once the site is served.
    public var startMessage: String { "serving \(Format.plural(fileCount, "post-mortem")) on \(url) (Ctrl-C stops)\n" }

    static func start(_ command: ServeCommand, log: @escaping @Sendable (String) -> Void) async throws(ServeCommand.StartFailure)
        -> ServeSession
    {
        let sources = try LiveSources(command: command)
        let shared = SharedServeState(sources.state)
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: command.port) } catch {
            throw .init(standardError: "error: cannot listen on 127.0.0.1:\(command.port): \(ServeSession.reason(error))\n")
        }
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled, handler: ServeSession.handler(shared))
        let failure = FirstError()
        let serverTask = Task {
            do { try await server.run() } catch { failure.record(error) }
        }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(command.listenTimeout) * 1_000_000_000
        while await !server.isListening {
            if let error = failure.error {
                throw .init(
                    standardError:
                        "error: cannot listen on 127.0.0.1:\(command.port): \(ServeSession.reason(error)); pass --port with another port, or 0 for any free one\n"
                )
            }
            guard DispatchTime.now().uptimeNanoseconds < deadline else {
                throw .init(
                    standardError:
                        "error: the server on 127.0.0.1:\(command.port) did not start listening within \(command.listenTimeout) seconds\n")
            }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        var port = command.port
        var boundAddress = ""
        if case .ip4(let address, let bound) = await server.listeningAddress { (boundAddress, port) = (address, bound) }
        let watcher = SourceWatcher(sources: sources, shared: shared, log: log)
        watcher.start()
        return ServeSession(
            port: port, boundAddress: boundAddress, fileCount: sources.snapshot.files.count, server: server, serverTask: serverTask,
            watcher: watcher)
    }

    /// Stops watching and serving; returns when both have ended.
    public func stop() async {
        await watcher.stop()
        await server.stop()
        // The task running the server ends with a cancellation or disconnection error: expected.
        await serverTask.value
    }

    /// Answers each request off the server's threads (a first request for the search index renders it whole).
    private static func handler(_ shared: SharedServeState) -> ClosureHTTPHandler {
        ClosureHTTPHandler { request in
            let state = shared.current
            let method = request.method.rawValue
            let target = request.target.path()
            let response = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(returning: ServeResponder.respond(method: method, target: target, to: state))
                }
            }
            var headers: HTTPHeaders = [.contentType: response.contentType, .cacheControl: "no-store"]
            if let location = response.location { headers[.location] = location }
            if method == "HEAD" { headers[.contentLength] = String(response.body.count) }
            if response.status == 405 { headers[HTTPHeader("Allow")] = "GET, HEAD" }
            return HTTPResponse(
                statusCode: HTTPStatusCode(response.status, phrase: ServeSession.phrase(response.status)), headers: headers,
                body: method == "HEAD" ? Data() : Data(response.body))
        }
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        default: return "Internal Server Error"
        }
    }

    /// A socket error in words (`address already in use`).
    static func reason(_ error: Error) -> String {
        if case SocketError.failed(_, _, let message) = error { return message.lowercased() }
        return String(describing: error)
    }
}

/// The first error a task reported, read from another.
private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Error?

    var error: Error? { lock.withLock { value } }

    func record(_ error: Error) {
        lock.withLock { if value == nil { value = error } }
    }
}
