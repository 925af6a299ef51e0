using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>Calls whose value is dropped and that Python spells as a statement: push, splice, forEach, Map.set. Null for others.</summary>
    private List<PyStatement>? LowerCallStatement(SyntaxNode call)
    {
        if (call.ChildByField("function") is not { Type: "member_expression" } callee || callee.Children.Any(c => c.Type == "optional_chain"))
        {
            return null;
        }
        var receiverNode = callee.ChildByField("object")!.Value;
        var method = callee.ChildByField("property")!.Value.Text;
        var arguments = Arguments(call);
        if (receiverNode.Type == "identifier" && ctx.Lookup(receiverNode.Text) is null)
        {
            if (receiverNode.Text == "Object" && method == "assign" && arguments.Count >= 2)
            {
                if (arguments[0].Type == "this" && arguments.Skip(1).All(a => a.Type == "object" && a.NamedChildren.All(p => p.Type is "shorthand_property_identifier" or "pair")))
                {
                    // Object.assign(this, { id, name }): one attribute each.
                    return arguments.Skip(1).SelectMany(a => a.NamedChildren).Select(p =>
                    {
                        var key = p.Type == "pair" ? PatternKey(p.ChildByField("key")!.Value) : p.Text;
                        var value = p.Type == "pair" ? Lower(p.ChildByField("value")!.Value) : JsValue.Of(new PyName(JsContext.SafeName(p.Text)), ctx.Lookup(p.Text) ?? JsType.Unknown);
                        ctx.AssignField(key, value.Type);
                        return (PyStatement)new PyAssign([new PyMember(new PyName("self"), JsContext.SafeName(key))], value.Py);
                    }).ToList();
                }
                var assigned = Lower(arguments[0]);
                // Onto an instance, the properties become attributes.
                var target = arguments[0].Type == "this" || assigned.Type.Kind == JsKind.Instance ? PyCall.Of("vars", assigned.Py) : assigned.Py;
                return arguments.Skip(1).Select(a => (PyStatement)new PyExpressionStatement(PyCall.Method(target, "update", Lower(a).Py))).ToList();
            }
            return null;
        }
        if (receiverNode.Type is "super" or "this")
        {
            return null;
        }
        var receiver = Lower(receiverNode);
        var kind = receiver.Type.Kind;
        if (kind == JsKind.Unknown && method == "push" && arguments.Count == 1 && arguments[0].Type != "spread_element"
            && ctx.Facts.ClassMembers.Contains(method))
        {
            // A class of the program has push too: an array or an instance, as the value turns out.
            List<PyStatement> first = [];
            var owner = receiver.Py;
            if (!IsPure(owner))
            {
                owner = new PyName(ctx.Temporary("target"));
                first.Add(new PyAssign([owner], receiver.Py));
            }
            var pushed = Lower(arguments[0]).Py;
            return [.. first, new PyIf(PyCall.Of("isinstance", owner, new PyName("list")),
                [new PyExpressionStatement(PyCall.Method(owner, "append", pushed))],
                [new PyExpressionStatement(PyCall.Method(owner, "push", pushed))])];
        }
        if (kind is JsKind.Instance or JsKind.Function or JsKind.String || kind == JsKind.Unknown && ctx.Facts.ClassMembers.Contains(method))
        {
            return null;
        }
        var target2 = receiver.Py;
        PyStatement Call(string name, params PyExpression[] args) => new PyExpressionStatement(PyCall.Method(target2, name, args));
        switch (kind, method)
        {
            case (JsKind.Map or JsKind.Unknown or JsKind.Object, "set") when arguments.Count == 2:
                return [new PyAssign([new PySubscript(target2, Lower(arguments[0]).Py)], Lower(arguments[1]).Py)];
            case (JsKind.Map or JsKind.OrderedSet, "delete"):
                return [Call("pop", Lower(arguments[0]).Py, PyConstant.None)];
            case (JsKind.Set, "delete"):
                return [Call("discard", Lower(arguments[0]).Py)];
            case (JsKind.OrderedSet, "add"):
                return [new PyAssign([new PySubscript(target2, Lower(arguments[0]).Py)], PyConstant.None)];
            case (JsKind.Set, "add"):
                return [Call("add", Lower(arguments[0]).Py)];
            // A Set read back from a Map or an array: a dict of keys or a Python set, seen only at run time.
            case (JsKind.Unknown, "add") when arguments.Count == 1:
                return [new PyExpressionStatement(ctx.Helper(JsRuntime.SetAdd, target2, Lower(arguments[0]).Py))];
            case (JsKind.Unknown, "delete") when arguments.Count == 1:
                return [new PyExpressionStatement(ctx.Helper(JsRuntime.Delete, target2, Lower(arguments[0]).Py))];
            case (JsKind.Map or JsKind.Set or JsKind.OrderedSet or JsKind.Array, "clear"):
                return [Call("clear")];
            case (JsKind.Array or JsKind.Unknown, "push"):
                if (arguments is [{ Type: "spread_element" } spread])
                {
                    return [Call("extend", Lower(spread.NamedChildren[0]).Py)];
                }
                if (arguments.Count == 1)
                {
                    var pushed = Lower(arguments[0]);
                    if (receiverNode.Type == "identifier")
                    {
                        ctx.Assign(receiverNode.Text, JsType.ArrayOf(pushed.Type));
                    }
                    return [Call("append", pushed.Py)];
                }
                return [Call("extend", new PyList(LowerArguments(arguments)))];
            case (JsKind.Array or JsKind.Unknown, "unshift") when arguments.Count == 1:
                return [Call("insert", new PyNumber("0"), Lower(arguments[0]).Py)];
            case (JsKind.Array or JsKind.Unknown, "splice") when arguments.Count >= 1:
                var start = Lower(arguments[0]).Py;
                var end = arguments.Count > 1 ? Python.Printing.PythonExpressionPrinter.Print(Lower(arguments[1]).Py) == "1" && arguments.Count == 2
                    ? null : new PyBinary(start, PyBinaryOperator.Add, Lower(arguments[1]).Py) : null;
                if (arguments.Count == 2 && end is null)
                {
                    return [Call("pop", start)];
                }
                if (end is not null && (!IsPure(start) || Py.Literal(start) is not >= 0 && Lower(arguments[1]).Py is not PyNumber { Text: "0" }))
                {
                    // a[start:start + count] would miss when start counts from the end, and reads start twice.
                    return [new PyExpressionStatement(ctx.Helper(JsRuntime.Splice, [target2, .. LowerArguments(arguments)]))];
                }
                return [new PyAssign([new PySubscript(target2, new PySlice(start, end))], new PyList(arguments.Skip(2).Select(a => Lower(a).Py).ToList()))];
            case (JsKind.Array, "fill") when arguments.Count is >= 1 and <= 3 && IsPure(target2):
                // a.fill(v, start, end): the slice, whatever its bounds, becomes copies of v.
                var bounds = arguments.Skip(1).Select(a => Lower(a).Py).ToList();
                var slice = new PySubscript(target2, new PySlice(bounds.Count > 0 ? bounds[0] : null, bounds.Count > 1 ? bounds[1] : null));
                return [new PyAssign([slice], new PyBinary(new PyList([Lower(arguments[0]).Py]), PyBinaryOperator.Multiply, PyCall.Of("len", slice)))];
            case (JsKind.Array or JsKind.Unknown, "sort" or "reverse"):
                return [new PyExpressionStatement(new PyCall(new PyMember(target2, method), [], method == "sort" ? SortKeywords(receiver, arguments) : []))];
            // Strings have no forEach: a value that may be one is the array of a mixed row here.
            case (JsKind.Array or JsKind.Unknown or JsKind.MaybeString or JsKind.Map or JsKind.Set or JsKind.OrderedSet, "forEach") when arguments.Count == 1:
                return ForEach(receiver, arguments[0]);
        }
        return null;
    }

    /// <summary><c>a.forEach((x, i) =&gt; { ... })</c> as a for loop; a return in the callback continues the loop.</summary>
    private List<PyStatement> ForEach(JsValue receiver, SyntaxNode callback)
    {
        if (callback.Type is not ("arrow_function" or "function_expression"))
        {
            var function = Lower(callback);
            var x = new PyName("x");
            return [new PyFor(x, receiver.Type.Kind == JsKind.Map ? PyCall.Method(receiver.Py, "values") : receiver.Py, [new PyExpressionStatement(new PyCall(function.Py, [x]))])];
        }
        var parameters = CallbackParameters(callback);
        var parameterNodes = callback.ChildByField("parameters")?.NamedChildren.Where(p => p.Type != "comment").ToList() ?? [];
        var destructured = parameterNodes is [{ Type: "array_pattern" } pattern, ..] && pattern.NamedChildren.All(c => c.Type == "identifier")
            && !ctx.Facts.MayHaveShortRows(pattern.NamedChildren.Count) ? pattern : (SyntaxNode?)null;
        var patterned = parameterNodes is [{ Type: "array_pattern" or "object_pattern" } other, ..] && destructured is null ? other : (SyntaxNode?)null;
        List<PyStatement> arrayBinding = [];
        if (parameters.Count == 3 && parameterNodes.Count == 3 && parameterNodes[2].Type == "identifier"
            && !Descendants(Root(callback)).Any(n => n.Type == "identifier" && n.Text == parameters[2] && !Within(n, callback)))
        {
            // (x, i, arr) => ...: the third is the array itself, bound once before the loop that then iterates it (its name is
            // used nowhere else).
            ctx.Declare(parameters[2], callback.StartByte, receiver.Type);
            arrayBinding.Add(new PyAssign([Name(parameters[2])], receiver.Py));
            receiver = JsValue.Of(Name(parameters[2]), receiver.Type);
            parameters.RemoveAt(2);
            parameterNodes.RemoveAt(2);
        }
        if (parameters.Count > 2 || parameterNodes.Skip(1).Any(p => p.Type != "identifier") || parameterNodes is [{ Type: not ("identifier" or "array_pattern" or "object_pattern") }, ..])
        {
            throw Unsupported(callback, "a forEach callback with this parameter list");
        }
        ctx.PushScope(callback.StartByte);
        try
        {
            var element = receiver.Type.Kind == JsKind.Array ? receiver.Type.Element ?? JsType.Unknown : JsType.Unknown;
            PyExpression target;
            PyExpression iterable;
            if (receiver.Type.Kind == JsKind.Map)
            {
                target = parameters.Count == 2 ? new PyTuple([Name(parameters[1]), Name(parameters[0])]) : Name(parameters.Count == 0 ? "_" : parameters[0]);
                iterable = parameters.Count == 2 ? PyCall.Method(receiver.Py, "items") : PyCall.Method(receiver.Py, "values");
            }
            else if (parameters.Count == 2)
            {
                target = new PyTuple([Name(parameters[1]), Name(parameters[0])]);
                iterable = PyCall.Of("enumerate", receiver.Py);
            }
            else
            {
                target = Name(parameters.Count == 0 ? "_" : parameters[0]);
                iterable = receiver.Py;
            }
            List<PyStatement> unpack = [];
            for (var i = 0; i < parameters.Count; i++)
            {
                if (i == 0 && patterned is { } first)
                {
                    // Any other pattern: the element lands in a temporary the body starts by destructuring.
                    var item = new PyName(ctx.Temporary("item"));
                    target = target is PyTuple { Items.Count: 2 } pair ? new PyTuple([pair.Items[0], item]) : item;
                    unpack = Destructure(first, JsValue.Of(item, element), declare: true);
                    continue;
                }
                if (i == 0 && destructured is { } d)
                {
                    // ([a, b]) => ...: the element unpacks into the loop target.
                    var names = d.NamedChildren.Select(c => c.Text).ToList();
                    names.ForEach(n => ctx.Declare(n, callback.StartByte, element.Element ?? JsType.Unknown));
                    PyExpression unpacked = new PyTuple(names.Select(n => (PyExpression)Name(n)).ToList());
                    target = target is PyTuple { Items.Count: 2 } pair && receiver.Type.Kind != JsKind.Map ? new PyTuple([pair.Items[0], unpacked]) : unpacked;
                    continue;
                }
                ctx.Declare(parameters[i], callback.StartByte, i == 0 ? element : JsType.Int);
            }
            var body = callback.ChildByField("body")!.Value;
            ctx.PushLoop([], LoopKind.Callback);
            try
            {
                var statements = body.Type == "statement_block" ? LowerStatements(body.NamedChildren, body) : LowerExpressionStatement(body);
                return [.. arrayBinding, new PyFor(target, iterable, [.. unpack, .. statements])];
            }
            finally
            {
                ctx.PopLoop();
            }
        }
        finally
        {
            ctx.PopScope();
        }
    }

    private static PyName Name(string id) => new(JsContext.SafeName(id));

    private static bool Within(SyntaxNode node, SyntaxNode ancestor) => node.StartByte >= ancestor.StartByte && node.EndByte <= ancestor.EndByte;
}
