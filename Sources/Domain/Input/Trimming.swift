import Foundation

extension String {
    /// `trimmingCharacters(in: set)`, with the same result, but without going through `NSString`
    /// when neither end has anything to trim, as nearly every field of an import file has not:
    /// the bridge cost more than the rest of reading a visit row.
    public func trimmedFast(_ set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              !set.contains(first), !set.contains(last) else {
            return trimmingCharacters(in: set)
        }
        return self
    }
}
