//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        // Hindsight patch: the whole template renders into one buffer, reserved once
        var output = ""
        output.reserveCapacity(self.text.utf8.count * 2)
        self.render(context: context, into: &output)
        return output
    }

    /// Hindsight patch: renders the template at the end of `output` (what `render(context:)` returns,
    /// appended) instead of returning a String per token, section and partial.
    func render(context: MustacheContext, into output: inout String) {
        var context = context

        if let indentation = context.indentation, indentation != "" {
            // what this template has written so far starts at `start`
            let start = output.utf8.count
            for index in self.tokens.indices {
                var renderedString = ""
                self.renderToken(self.tokens[index], context: &context, into: &renderedString)
                // if rendered string is not empty and we are on a new line
                if renderedString.count > 0, Self.endsWithNewline(output, after: start) {
                    output += indentation
                }
                output += renderedString
            }
        } else {
            for index in self.tokens.indices {
                self.renderToken(self.tokens[index], context: &context, into: &output)
            }
        }
    }

    /// Hindsight patch: whether what `output` holds from UTF-8 offset `start` on ends in the Character "\n"
    /// (as `string.last == "\n"` asked of the template's own string: not "\r\n", which is one Character)
    static func endsWithNewline(_ output: String, after start: Int) -> Bool {
        let utf8 = output.utf8
        let count = utf8.count - start
        guard count > 0 else { return false }
        let last = utf8.index(before: utf8.endIndex)
        guard utf8[last] == UInt8(ascii: "\n") else { return false }
        return count == 1 || utf8[utf8.index(before: last)] != UInt8(ascii: "\r")
    }

    /// Render a token (Hindsight patch: appended to `output`, instead of returned)
    func renderToken(_ token: Token, context: inout MustacheContext, into output: inout String) {
        switch token {
        case .text(let text):
            output += text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // Hindsight patch: a String, Bool or Int is escaped as it is, without the casts below
                if let text = plainMustacheText(child) {
                    output += context.contentType.escapeText(text)
                } else if let template = child as? MustacheTemplate {
                    template.render(context: context, into: &output)
                } else if let renderable = child as? MustacheCustomRenderable {
                    output += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    output += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // Hindsight patch: a String, Bool or Int is written as it is, without the casts below
                if let text = plainMustacheText(child) {
                    output += text
                } else if let renderable = child as? MustacheCustomRenderable {
                    output += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    output += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            // Hindsight patch: a plain value (String, Bool, Int) is no lambda
            if let value = child, !isPlainMustacheValue(value), let lambda = value as? MustacheLambda {
                output += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
                return
            }
            self.renderSection(child, with: template, context: context, into: &output)

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: context, into: &output)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &output)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &output)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        output += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &output)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        output += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &output)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var output = ""
        self.renderSection(child, with: template, context: context, into: &output)
        return output
    }

    /// Hindsight patch: `renderSection(_:with:context:)`, appended to `output`
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        // Hindsight patch: a Bool, or a String or Int (no sequence, no custom renderable), before the casts
        if let value = child, isPlainMustacheValue(value) {
            if let bool = value as? Bool {
                if bool { template.render(context: context, into: &output) }
                return
            }
            template.render(context: context.withObject(value), into: &output)
            return
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, context: context, into: &output)
        case let bool as Bool:
            if bool { template.render(context: context, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            template.render(context: context.withObject(value), into: &output)
        case .none:
            break
        }
    }

    /// Render an inverted section (Hindsight patch: appended to `output`, instead of returned)
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        // Hindsight patch: a Bool, or a String or Int (no sequence, no custom renderable), before the casts
        if let value = child, isPlainMustacheValue(value) {
            if let bool = value as? Bool, !bool {
                template.render(context: context, into: &output)
            }
            return
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderInvertedSection(with: template, context: context, into: &output)
        case let bool as Bool:
            if !bool { template.render(context: context, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(context: context, into: &output)
        case .some:
            break
        case .none:
            template.render(context: context, into: &output)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        // Hindsight patch: only dynamic partial names are split here; tokens carry theirs split.
        self.getChild(named: VariableName(name), transforms: transforms, context: context)
    }

    /// Get child object from a variable name split when the template was parsed (Hindsight patch)
    func getChild(named variable: VariableName, transforms: [String], context: MustacheContext) -> Any? {
        let name = variable.name
        // Hindsight patch: the casts of an object for a lookup are MustacheStackObject's, made once
        // per object on the stack (see Context.swift)
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            MustacheStackObject(object).child(named: name)
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            // Hindsight patch: a plain value (String, Bool, Int) is no lambda
            if !isPlainMustacheValue(object), let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        func _getChildInStack(named names: ArraySlice<String>, from stack: [Any]) -> Any? {
            guard let name = names.first else { return stack.last }
            // Hindsight patch: the stack's objects as cast when they were pushed
            for object in context.objects.reversed() {
                if let childObject = object.child(named: name) {
                    let names2 = names.dropFirst()
                    return _getChild(named: names2, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if variable.hasLeadingDot {
            // Hindsight patch: the components were split when the template was parsed
            child = _getChild(named: variable.components[...], from: context.stack.last!)
        } else {
            child = _getChildInStack(named: variable.components[...], from: context.stack)
        }

        // Hindsight patch: a plain value (String, Bool, Int) is no custom representation
        if let value = child, !isPlainMustacheValue(value), let custom = value as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
