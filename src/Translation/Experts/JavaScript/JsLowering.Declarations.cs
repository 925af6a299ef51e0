using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private List<PyStatement> LowerDeclaration(SyntaxNode node)
    {
        var result = new List<PyStatement>();
        foreach (var declarator in node.NamedChildren.Where(c => c.Type == "variable_declarator"))
        {
            var name = declarator.ChildByField("name")!.Value;
            var value = declarator.ChildByField("value");
            if (value is { Type: "call_expression" } call && call.ChildByField("function")?.Text == "require")
            {
                result.Add(new PyComment("require dropped: " + declarator.Text.Trim()));
                continue;
            }
            if (name.Type == "identifier")
            {
                result.AddRange(DeclareVariable(name, value, declarator, node.Parent ?? node));
            }
            else
            {
                var lowered = value is null ? throw Unsupported(declarator, "a destructuring declaration without a value") : Lower(value.Value);
                result.AddRange(Destructure(name, lowered, declare: true));
            }
        }
        return result;
    }

    private List<PyStatement> DeclareVariable(SyntaxNode name, SyntaxNode? value, SyntaxNode declarator, SyntaxNode scope)
    {
        var id = name.Text;
        if (value is { Type: "arrow_function" or "function_expression" or "function" } function)
        {
            ctx.Declare(id, declarator.StartByte, JsType.Function);
            return [LowerFunction(function, id)];
        }
        if (value is null)
        {
            ctx.Declare(id, declarator.StartByte, JsType.Null);
            return [new PyAssign([new PyName(JsContext.SafeName(id))], PyConstant.None)];
        }
        var lowered = Lower(value.Value);
        if (lowered.Type.Kind == JsKind.OrderedSet && value.Value.Type == "new_expression" && JsProgramFacts.UsedForMembershipOnly(scope, id))
        {
            // Order never shows: a plain set reads better than the insertion-ordered dict.
            var arguments = value.Value.ChildByField("arguments")?.NamedChildren ?? [];
            lowered = JsValue.Of(arguments.Count == 0 ? PyCall.Of("set") : PyCall.Of("set", Lower(arguments[0]).Py), JsType.Set);
        }
        ctx.Declare(id, declarator.StartByte, lowered.Type);
        return [new PyAssign([new PyName(JsContext.SafeName(id))], lowered.Py)];
    }

    private List<PyStatement> LowerExpressionStatement(SyntaxNode e)
    {
        switch (e.Type)
        {
            case "assignment_expression":
                return LowerAssignment(e);
            case "augmented_assignment_expression":
                return LowerAugmented(e);
            case "update_expression":
                var target = e.ChildByField("argument")!.Value;
                var op = e.Children.Any(c => c.Type == "++") ? PyBinaryOperator.Add : PyBinaryOperator.Subtract;
                MarkAssigned(target, JsType.Int);
                if (AmbiguousMember(target) is { } ambiguous)
                {
                    var stepped = new PyBinary(Lower(target).Py, op, new PyNumber("1"));
                    return [new PyExpressionStatement(ctx.Helper(JsRuntime.Set, ambiguous.Receiver, new PyString(ambiguous.Name), stepped))];
                }
                return [new PyAugmentedAssign(LowerTarget(target), op, new PyNumber("1"))];
            case "yield_expression":
                // A generator's yield: Python generators are lazy too, and single-pass like JavaScript's.
                var yielded = e.NamedChildren.Where(c => c.Type != "comment").Select(c => Lower(c).Py).FirstOrDefault();
                if (e.Children.Any(c => c.Type == "*"))
                {
                    var each = new PyName(ctx.Temporary("each"));
                    return [new PyFor(each, yielded!, [new PyExpressionStatement(new PyYield(each))])];
                }
                return [new PyExpressionStatement(new PyYield(yielded))];
            case "sequence_expression":
                return e.NamedChildren.SelectMany(LowerExpressionStatement).ToList();
            case "string" when e.Text is "\"use strict\"" or "'use strict'":
                return [];
            case "call_expression" when LowerCallStatement(e) is { } statements:
                return statements;
            case "parenthesized_expression":
                return LowerExpressionStatement(e.NamedChildren[0]);
            case "unary_expression" when e.ChildByField("operator")?.Text == "delete":
                var deleted = e.ChildByField("argument")!.Value;
                if (deleted.Type is "subscript_expression" or "member_expression" && LowerTarget(deleted) is PySubscript { } entry)
                {
                    // delete never fails on a missing key in JavaScript.
                    return [new PyExpressionStatement(PyCall.Method(entry.Value, "pop", entry.Index, PyConstant.None))];
                }
                throw Unsupported(e, "delete of this target");
            case "call_expression" when e.ChildByField("function")?.Text == "process.stdout.write":
                var written = Lower(Arguments(e)[0]);
                return [new PyExpressionStatement(new PyCall(new PyName("print"), [Stringify(written)], [new PyKeyword("end", new PyString(string.Empty))]))];
            default:
                return [new PyExpressionStatement(Lower(e).Py)];
        }
    }

    private List<PyStatement> LowerAssignment(SyntaxNode e)
    {
        var targets = new List<SyntaxNode>();
        var value = e;
        while (value.Type == "assignment_expression")
        {
            targets.Add(value.ChildByField("left")!.Value);
            value = value.ChildByField("right")!.Value;
        }
        if (targets.Any(t => t.Text is "module.exports" || t.Text.StartsWith("exports.", StringComparison.Ordinal) || t.Text.StartsWith("module.exports.", StringComparison.Ordinal)))
        {
            return [];
        }
        if (targets.Count == 1 && targets[0].Type == "identifier" && value.Type is "arrow_function" or "function_expression" or "function")
        {
            ctx.Assign(targets[0].Text, JsType.Function);
            return [LowerFunction(value, targets[0].Text)];
        }
        var lowered = Lower(value);
        if (targets.Count == 1 && targets[0].Type is "array_pattern" or "object_pattern")
        {
            return Destructure(targets[0], lowered, declare: false);
        }
        var pyTargets = new List<PyExpression>();
        foreach (var target in targets)
        {
            // An array's length; a value of unknown kind is an array where no class or object literal has a length of its own.
            if (target.Type == "member_expression" && target.ChildByField("property")?.Text == "length"
                && Lower(target.ChildByField("object")!.Value) is { } receiver
                && (receiver.Type.Kind is not (JsKind.Instance or JsKind.Unknown)
                    || receiver.Type.Kind == JsKind.Unknown && !ctx.Facts.ClassMembers.Contains("length") && !ctx.Facts.ObjectKeys.Contains("length")))
            {
                if (value.Text == "0")
                {
                    return [new PyExpressionStatement(PyCall.Method(receiver.Py, "clear"))];
                }
                throw Unsupported(target, "setting an array's length to anything but 0");
            }
            MarkAssigned(target, lowered.Type);
            if (targets.Count == 1 && AmbiguousMember(target) is { } member)
            {
                return [new PyExpressionStatement(ctx.Helper(JsRuntime.Set, member.Receiver, new PyString(member.Name), lowered.Py))];
            }
            pyTargets.Add(LowerTarget(target));
        }
        if (targets.Count == 1 && GrowsByIndex(targets[0]) is { } element)
        {
            // JavaScript grows an array written past its end (holes read undefined); Python's list raises.
            return [new PyExpressionStatement(ctx.Helper(JsRuntime.SetIndex, element.Value, element.Index, lowered.Py))];
        }
        if (targets.Count == 1 && IsUint8Element(targets[0]))
        {
            // A Uint8Array keeps the value modulo 256.
            return [new PyAssign(pyTargets, WrapByte(lowered))];
        }
        return [new PyAssign(pyTargets, lowered.Py)];
    }

    /// <summary>
    /// <c>o.name</c> where o's kind is unknown and name is both a class member and an object key: the receiver
    /// and the name, for <c>js_set</c>, which decides at run time; null for any other target.
    /// </summary>
    private (PyExpression Receiver, string Name)? AmbiguousMember(SyntaxNode target)
    {
        if (target.Type != "member_expression")
        {
            return null;
        }
        var receiver = Lower(target.ChildByField("object")!.Value);
        var name = target.ChildByField("property")!.Value.Text;
        return Property(receiver, name).Py is PyCall { Function: PyName { Id: JsRuntime.Get } } ? (receiver.Py, name) : null;
    }

    /// <summary><c>q[i] = v</c> on an array declared empty (<c>const q = []</c>): the list and the index, else null.</summary>
    private PySubscript? GrowsByIndex(SyntaxNode target) =>
        target.Type == "subscript_expression" && target.ChildByField("object") is { Type: "identifier" } array
            && ctx.Facts.EmptyArrays.Contains(array.Text) && Lower(array).Type.Kind == JsKind.Array
            && LowerTarget(target) is PySubscript { Index: not PySlice } element ? element : null;

    private void MarkAssigned(SyntaxNode target, JsType type)
    {
        if (target.Type == "identifier")
        {
            ctx.Assign(target.Text, type);
        }
        else if (target.Type == "member_expression" && target.ChildByField("property")?.Text is { } property
            && (target.ChildByField("object")?.Type == "this" || ctx.Facts.ClassMembers.Contains(property)))
        {
            // winner.rating += delta changes a field of some class as this.rating = … would.
            ctx.AssignField(property, type);
        }
    }

    private List<PyStatement> LowerAugmented(SyntaxNode e)
    {
        var left = e.ChildByField("left")!.Value;
        var op = e.ChildByField("operator")!.Value.Text;
        if (op is "+=" or "-=" or "*=" && AmbiguousMember(left) is { } member)
        {
            var updated = Binary(op[..^1], Lower(left), Lower(e.ChildByField("right")!.Value), e);
            MarkAssigned(left, updated.Type);
            return [new PyExpressionStatement(ctx.Helper(JsRuntime.Set, member.Receiver, new PyString(member.Name), updated.Py))];
        }
        var target = LowerTarget(left);
        var current = Lower(left);
        var value = Lower(e.ChildByField("right")!.Value);
        if (op is "||=" or "??=" && current.Py is PySubscript { Value: var table, Index: var key } && IsPure(table) && left.Type == "subscript_expression")
        {
            // A missing key reads as undefined before it is filled.
            var ownerKind = Lower(left.ChildByField("object")!.Value).Type.Kind;
            current = ownerKind is JsKind.Object or JsKind.Map ? JsValue.Of(PyCall.Method(table, "get", key), current.Type)
                : ownerKind == JsKind.Unknown ? JsValue.Of(ctx.Helper(JsRuntime.Item, table, key), current.Type)
                : current;
        }
        switch (op)
        {
            case "||=":
            case "&&=":
            case "??=":
                var test = op switch
                {
                    "||=" => PyUnary.Not(Truthy(current)),
                    "&&=" => Truthy(current),
                    _ => new PyCompare(current.Py, PyCompareOperator.Is, PyConstant.None),
                };
                MarkAssigned(left, value.Type);
                return [new PyIf(test, [new PyAssign([target], value.Py)], [])];
        }
        var combined = Binary(op[..^1], current, value, e);
        MarkAssigned(left, combined.Type);
        // x += y stays augmented where the operator is Python's own.
        if (combined.Py is PyBinary b && b.Left == current.Py && ReferenceEquals(b.Right, value.Py))
        {
            return [new PyAugmentedAssign(target, b.Operator, b.Right)];
        }
        if (combined.Py is PyBinary b2 && b2.Left == current.Py && b2.Operator == PyBinaryOperator.Add)
        {
            return [new PyAugmentedAssign(target, PyBinaryOperator.Add, b2.Right)];
        }
        return [new PyAssign([target], combined.Py)];
    }

    /// <summary>
    /// Whether an assignment used as a value (to a property or an element of a plain receiver) is the first thing its
    /// statement evaluates, so that it may run as a statement of its own just before: the whole initializer of a
    /// declaration, the value returned, or an arrow's body.
    /// </summary>
    private static bool AssignedFirst(SyntaxNode assignment)
    {
        if (assignment.ChildByField("left") is not { Type: "member_expression" or "subscript_expression" } left
            || left.ChildByField("object") is not { Type: "this" or "identifier" }
            || left.ChildByField("index") is { Type: not ("identifier" or "number" or "string") })
        {
            return false;
        }
        var value = assignment;
        while (value.Parent is { Type: "parenthesized_expression" } wrapper)
        {
            value = wrapper;
        }
        return value.Parent is { } parent && (parent.Type is "return_statement"
            || parent.Type == "variable_declarator" && parent.ChildByField("value")?.StartByte == value.StartByte
            || parent.Type == "arrow_function" && parent.ChildByField("body")?.StartByte == value.StartByte);
    }
}
