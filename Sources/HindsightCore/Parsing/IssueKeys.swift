import Foundation

/// Finds issue keys like `OPS-123` in text.
enum IssueKeys {
    /// Prefixes of names that look like issue keys but are standards and versions.
    static let notProjects: Set<String> = ["SHA", "UTF", "HTTP", "TLS", "SSL", "ISO", "RFC", "MD", "TCP", "UDP", "IPV", "PEP", "JSR", "ES"]

    static func find(in text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).compactMap { token in
            let parts = token.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let prefix = parts.first, let number = parts.last,
                (2...10).contains(prefix.count), prefix.first?.isUppercase == true,
                prefix.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0.isASCIIDigit }),
                !number.isEmpty, number.allSatisfy(\.isASCIIDigit),
                !notProjects.contains(String(prefix)), !(prefix.count == 2 && prefix.first == "P" && prefix.last?.isASCIIDigit == true)
            else { return nil }
            return String(token)
        }
    }
}
