import Foundation

/// libFuzzer's entry point: one input, run through read, parse, validate and render.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzBody.run(Data(bytes: bytes, count: count))
    return 0
}

#if FUZZING
    /// libFuzzer's driver, from `libclang_rt.fuzzer_no_main` (linked by scripts/fuzz.sh).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif

/// With `-DFUZZING` (scripts/fuzz.sh) this hands the command line to libFuzzer;
/// otherwise it replays saved inputs (a crash artifact, a corpus file) through
/// the same body, without libFuzzer.
@main
enum HindsightFuzz {
    static func main() {
        #if FUZZING
            // Load the theme before the first input, so its one-time allocations are not taken for that input's leaks.
            guard FuzzBody.setup != nil else { fatalError("the built-in theme does not load") }
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, fuzzTestOneInput))
        #else
            let paths = Array(CommandLine.arguments.dropFirst())
            guard !paths.isEmpty else {
                print(
                    """
                    hindsight-fuzz: the libFuzzer target over read, parse, validate and render of one file.
                    Fuzz with scripts/fuzz.sh [seconds], which builds it with address sanitizer, coverage and libFuzzer.
                    This build replays saved inputs instead: swift run hindsight-fuzz <file>...
                    """)
                return
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("hindsight-fuzz: cannot read \(path)\n".utf8))
                    exit(1)
                }
                FuzzBody.run(data)
                print("\(path): ok")
            }
        #endif
    }
}
