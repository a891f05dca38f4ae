/// A unit of the archive, named by its place in `Archive.units` (tree order: the root first,
/// a parent before its children, siblings in name order).
///
/// Its own type, not an `Int`, so that a unit cannot be taken for a rank, a count or a
/// month's position, nor looked up in a list of units in another order
/// (`ContentSet.units`): ids come from the archive and its tables, and `PerUnit` takes no
/// other index.
/// ```swift
/// let an = archive.unit("an")!            // UnitID
/// archive.units[an].name                  // "Phường An"
/// archive.children[an].map { archive.units[$0].slug }
/// ```
public struct UnitID: Hashable, Sendable, Comparable {
    /// The place in tree order: for tables laid out by hand (`index * months + month`).
    public let index: Int

    @usableFromInline init(_ index: Int) { self.index = index }

    /// Tree order.
    @inlinable public static func < (a: UnitID, b: UnitID) -> Bool { a.index < b.index }
}

/// One value for every unit of an archive, looked up by `UnitID`: an array under a type that
/// takes no other index (the tables of a national archive hold 80,000 units a month, so
/// nothing more than the array's own lookup).
public struct PerUnit<Element>: RandomAccessCollection, MutableCollection {
    @usableFromInline var values: [Element]

    @usableFromInline init(_ values: [Element]) { self.values = values }

    /// `count` copies of `value`: give it the archive's `units.count`.
    @inlinable public init(repeating value: Element, count: Int) { values = Array(repeating: value, count: count) }

    @inlinable public var startIndex: UnitID { UnitID(0) }
    @inlinable public var endIndex: UnitID { UnitID(values.count) }
    @inlinable public var count: Int { values.count }
    @inlinable public func index(after i: UnitID) -> UnitID { UnitID(i.index + 1) }
    @inlinable public func index(before i: UnitID) -> UnitID { UnitID(i.index - 1) }
    @inlinable public func index(_ i: UnitID, offsetBy distance: Int) -> UnitID { UnitID(i.index + distance) }
    @inlinable public func distance(from start: UnitID, to end: UnitID) -> Int { end.index - start.index }

    @inlinable public subscript(unit: UnitID) -> Element {
        get { values[unit.index] }
        // In place, as an array's own: through a setter, `children[p].append(id)` would copy
        // the list at every append.
        _modify { yield &values[unit.index] }
    }
}

extension PerUnit: Sendable where Element: Sendable {}
