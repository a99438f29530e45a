//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Context while rendering mustache tokens
struct MustacheContext {
    let stack: [Any]
    /// Hindsight patch: `stack`'s objects with their protocol casts done once, when pushed
    let objects: [MustacheStackObject]
    let sequenceContext: MustacheSequenceContext?
    let indentation: String?
    let inherited: [String: MustacheTemplate]?
    let contentType: MustacheContentType
    let library: MustacheLibrary?
    let reloadPartials: Bool

    /// initialize context with a single objectt
    init(_ object: Any, library: MustacheLibrary? = nil, reloadPartials: Bool = false) {
        self.stack = [object]
        self.objects = [MustacheStackObject(object)]
        self.sequenceContext = nil
        self.indentation = nil
        self.inherited = nil
        self.contentType = HTMLContentType()
        self.library = library
        self.reloadPartials = reloadPartials
    }

    private init(
        stack: [Any],
        objects: [MustacheStackObject],
        sequenceContext: MustacheSequenceContext?,
        indentation: String?,
        inherited: [String: MustacheTemplate]?,
        contentType: MustacheContentType,
        library: MustacheLibrary? = nil,
        reloadPartials: Bool
    ) {
        self.stack = stack
        self.objects = objects
        self.sequenceContext = sequenceContext
        self.indentation = indentation
        self.inherited = inherited
        self.contentType = contentType
        self.library = library
        self.reloadPartials = reloadPartials
    }

    /// return context with object add to stack
    func withObject(_ object: Any) -> MustacheContext {
        var stack = self.stack
        stack.append(object)
        var objects = self.objects
        objects.append(MustacheStackObject(object))  // Hindsight patch
        return .init(
            stack: stack,
            objects: objects,
            sequenceContext: nil,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent and parameter information for invoking a partial
    func withPartial(indented: String?, inheriting: [String: MustacheTemplate]?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        let inherits: [String: MustacheTemplate]?
        if let inheriting {
            if let originalInherits = self.inherited {
                inherits = originalInherits.merging(inheriting) { value, _ in value }
            } else {
                inherits = inheriting
            }
        } else {
            inherits = self.inherited
        }
        return .init(
            stack: self.stack,
            objects: self.objects,
            sequenceContext: nil,
            indentation: indentation,
            inherited: inherits,
            contentType: HTMLContentType(),
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent information for invoking an inheritance block
    func withBlockExpansion(indented: String?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        return .init(
            stack: self.stack,
            objects: self.objects,
            sequenceContext: nil,
            indentation: indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withSequence(_ object: Any, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        var stack = self.stack
        stack.append(object)
        var objects = self.objects
        objects.append(MustacheStackObject(object))  // Hindsight patch
        return .init(
            stack: stack,
            objects: objects,
            sequenceContext: sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withContentType(_ contentType: MustacheContentType) -> MustacheContext {
        .init(
            stack: self.stack,
            objects: self.objects,
            sequenceContext: self.sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }
}

/// Hindsight patch: an object on the context stack as a lookup sees it. The casts to
/// `MustacheCustomRepresentation` and `MustacheParent` that swift-mustache 2.1.1 did at every
/// lookup climbing past the object are done once, when it is pushed, in the same order, so a value
/// that is both is still looked up through its representation. The representation itself is
/// still asked for at every lookup, as before.
enum MustacheStackObject {
    case custom(MustacheCustomRepresentation)
    case parent(MustacheParent)
    case other(Any)
    /// Hindsight patch: a String, Substring, Bool or Int, which has no children to look up
    case plain

    init(_ object: Any) {
        if isPlainMustacheValue(object) {
            // a String, Substring, Bool or Int conforms to neither protocol, and its Mirror has no
            // children (each is CustomReflectable with an empty mirror): no lookup in it can find a name
            self = .plain
        } else if let custom = object as? MustacheCustomRepresentation {
            self = .custom(custom)
        } else if let parent = object as? MustacheParent {
            self = .parent(parent)
        } else {
            self = .other(object)
        }
    }

    /// The child `name` of the object, as `getChild(named:)`'s `_getImmediateChild` found it
    func child(named name: String) -> Any? {
        switch self {
        case .custom(let custom):
            let object = custom.representation
            if let customBox = object as? MustacheParent {
                return customBox.child(named: name)
            } else if let object {
                return Mirror(reflecting: object).getValue(forKey: name)
            } else {
                return nil
            }
        case .parent(let parent):
            return parent.child(named: name)
        case .other(let object):
            return Mirror(reflecting: object).getValue(forKey: name)
        case .plain:
            // Hindsight patch: what `Mirror(reflecting:).getValue(forKey:)` finds in a plain value
            return nil
        }
    }
}

/// Hindsight patch: whether a value is exactly a `String`, `Substring`, `Bool` or `Int` (not an
/// Optional of one): standard types that conform to none of the library's protocols for values
/// (`MustacheCustomRepresentation`, `MustacheParent`, `MustacheCustomRenderable`,
/// `MustacheSequence`), so the casts to them can be skipped. (A client's retroactive conformance
/// of these standard types to those protocols would be bypassed; Swift warns against those.)
@inline(__always)
func isPlainMustacheValue(_ value: Any) -> Bool {
    let type = type(of: value)
    return type == String.self || type == Bool.self || type == Int.self || type == Substring.self
}

/// Hindsight patch: the text of a plain value (see `isPlainMustacheValue`) or of an Optional
/// String, as `String(describing:)` of the unwrapped value gives it; nil for any other value.
@inline(__always)
func plainMustacheText(_ value: Any) -> String? {
    let type = type(of: value)
    if type == String.self { return value as? String }
    if type == Bool.self { return (value as? Bool).map { $0 ? "true" : "false" } }
    if type == Int.self { return (value as? Int).map { String($0) } }
    if type == Substring.self { return (value as? Substring).map { String($0) } }
    if type == Optional<String>.self {
        // unwrapIfAnyContainsOptional keeps a nil Optional, which String(describing:) writes "nil"
        guard let optional = value as? String? else { return nil }
        return optional ?? "nil"
    }
    return nil
}
