#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension StringProtocol {
    /// `firstIndex(of:)` the `Character` of an ASCII byte, found with `memchr` on the UTF-8 bytes
    /// (the `Character` walk costs a hundred instructions or more a character). The first such
    /// byte is that `Character` when the bytes either side of it are ASCII: no combining mark
    /// joins it and no prepended mark holds it. Otherwise the `Character` walk decides.
    func firstIndex(ofASCII byte: UInt8) -> Index? {
        let utf8 = self.utf8
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, standsAlone: Bool)? {
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let standsAlone = (offset == 0 || bytes[offset - 1] < 0x80) && (offset + 1 == bytes.count || bytes[offset + 1] < 0x80)
            return (offset, standsAlone)
        }
        guard let found = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search) else {
            return nil
        }
        guard found.standsAlone else { return firstIndex(of: Character(Unicode.Scalar(byte))) }
        return utf8.index(utf8.startIndex, offsetBy: found.offset)
    }
}
