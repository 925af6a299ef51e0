using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private JsValue ArrayMethod(JsValue array, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var element = array.Type.Element ?? JsType.Unknown;
        switch (method)
        {
            case "pop" or "shift":
                var taken = method == "pop" ? PyCall.Method(array.Py, "pop") : PyCall.Method(array.Py, "pop", new PyNumber("0"));
                // Read to see whether there was one (const cmd = queue.shift(); if (!cmd) ...), or returned (the caller may
                // test it): undefined from an empty array.
                return JsValue.Of((IsProbed(node) || node.Parent?.Type == "return_statement") && IsPure(array.Py) ? new PyConditional(array.Py, taken, PyConstant.None) : taken, element);
            case "join":
                var separator = arguments.Count == 0 ? new PyString(",") : Lower(arguments[0]).Py;
                PyExpression items = element.Kind == JsKind.String ? array.Py
                    : element.Kind == JsKind.Int ? PyCall.Of("map", new PyName("str"), array.Py)
                    : PyCall.Of("map", new PyName(JsRuntime.Str), array.Py);
                if (element.Kind is not (JsKind.String or JsKind.Int))
                {
                    ctx.Helpers.Add(JsRuntime.Str);
                }
                return JsValue.Of(PyCall.Method(separator, "join", items), JsType.String);
            case "map":
                return MapCallback(array, arguments[0]);
            case "flat" when arguments.Count == 0:
                return JsValue.Of(ctx.Helper(JsRuntime.Flat, array.Py), JsType.ArrayOf(element.Kind == JsKind.Array ? element.Element : null));
            case "flatMap" when arguments.Count == 1:
                var mapped = MapCallback(array, arguments[0]);
                return JsValue.Of(ctx.Helper(JsRuntime.Flat, mapped.Py), JsType.ArrayOf(mapped.Type.Element?.Kind == JsKind.Array ? mapped.Type.Element.Element : null));
            case "filter":
            {
                var (target, iterable, body) = Comprehension(array, arguments[0]);
                return JsValue.Of(new PyComprehension(ElementOf(target), target, iterable, body), array.Type);
            }
            case "some" or "every":
            {
                var (target, iterable, body) = Comprehension(array, arguments[0]);
                return JsValue.Of(PyCall.Of(method == "some" ? "any" : "all", new PyComprehension(body, target, iterable, Generator: true)), JsType.Bool);
            }
            case "find":
            {
                var (target, iterable, body) = Comprehension(array, arguments[0]);
                return JsValue.Of(PyCall.Of("next", new PyComprehension(ElementOf(target), target, iterable, body, Generator: true), PyConstant.None), element);
            }
            case "findIndex":
            {
                var (target, iterable, body) = Comprehension(array, arguments[0], indexed: true);
                return JsValue.Of(PyCall.Of("next", new PyComprehension(((PyTuple)target).Items[0], target, iterable, body, Generator: true), new PyNumber("-1")), JsType.Int);
            }
            case "reduce":
                return Reduce(array, arguments);
            case "reduceRight" when arguments[0].Type is not ("arrow_function" or "function_expression") || CallbackParameters(arguments[0]).Count <= 2:
                // The same fold over the elements from the last (a callback reading the index would see the reversed one).
                return Reduce(JsValue.Of(new PySubscript(array.Py, new PySlice(null, null, new PyNumber("-1"))), array.Type), arguments);
            case "sort":
            case "reverse":
                var keywords = method == "sort" ? SortKeywords(array, arguments) : [];
                if (IsPure(array.Py) && array.Py is PyName && ctx.Before is not null)
                {
                    // sort() and reverse() reorder in place and return the same array.
                    ctx.Before.Add(new PyExpressionStatement(new PyCall(new PyMember(array.Py, method), [], keywords)));
                    return array;
                }
                return method == "sort"
                    ? JsValue.Of(new PyCall(new PyName("sorted"), [array.Py], keywords), array.Type)
                    : JsValue.Of(new PySubscript(array.Py, new PySlice(null, null, new PyNumber("-1"))), array.Type);
            case "keys":
                return JsValue.Of(PyCall.Of("range", PyCall.Of("len", array.Py)), JsType.ArrayOf(JsType.Int));
            case "entries":
                return JsValue.Of(PyCall.Of("enumerate", array.Py), JsType.ArrayOf(JsType.ArrayOf(null)));
            case "values":
                return array;
            case "splice" when arguments.Count >= 1:
                return JsValue.Of(ctx.Helper(JsRuntime.Splice, [array.Py, .. LowerArguments(arguments)]), array.Type);
            case "toSorted":
                return JsValue.Of(new PyCall(new PyName("sorted"), [array.Py], SortKeywords(array, arguments)), array.Type);
            case "toReversed":
                return JsValue.Of(new PySubscript(array.Py, new PySlice(null, null, new PyNumber("-1"))), array.Type);
            case "findLast":
            {
                var (target, iterable, body) = Comprehension(array, arguments[0]);
                return JsValue.Of(PyCall.Of("next", new PyComprehension(ElementOf(target), target, Reversed(iterable), body, Generator: true), PyConstant.None), element);
            }
            case "findLastIndex":
            {
                var (target, iterable, body) = Comprehension(array, arguments[0], indexed: true);
                return JsValue.Of(PyCall.Of("next", new PyComprehension(((PyTuple)target).Items[0], target, Reversed(iterable), body, Generator: true), new PyNumber("-1")), JsType.Int);
            }
            case "push" when arguments.All(a => a.Type != "spread_element"):
                return JsValue.Of(ctx.Helper(JsRuntime.Push, [array.Py, .. LowerArguments(arguments)]), JsType.Int);
            default:
                throw Unsupported(node, $"the array method '{method}' used as a value");
        }
    }

    /// <summary>
    /// A comprehension's iterable may not hold a walrus (Python rejects it when compiling): such a value is computed
    /// first into a temporary.
    /// </summary>
    private JsValue Iterable(JsValue array, SyntaxNode node)
    {
        if (!Python.Printing.PythonExpressionPrinter.Print(array.Py).Contains(":=", StringComparison.Ordinal))
        {
            return array;
        }
        if (ctx.Before is null)
        {
            throw Unsupported(node, "a value evaluated once inside a loop condition");
        }
        var temporary = new PyName(ctx.Temporary("items"));
        ctx.Before.Add(new PyAssign([temporary], array.Py));
        return JsValue.Of(temporary, array.Type);
    }

    /// <summary>Backwards over a list, or over an enumerate() (which has no reversed()) made a list first.</summary>
    private static PyCall Reversed(PyExpression iterable) =>
        PyCall.Of("reversed", iterable is PyCall { Function: PyName { Id: "enumerate" } } ? PyCall.Of("list", iterable) : iterable);

    private static PyExpression ElementOf(PyExpression target) => target is PyTuple t ? t.Items[1] : target;

    /// <summary>The loop parts of a comprehension over <paramref name="array"/> whose element expression is the callback's body.</summary>
    private (PyExpression Target, PyExpression Iterable, PyExpression Body) Comprehension(JsValue array, SyntaxNode callback, bool indexed = false)
    {
        array = Iterable(array, callback);
        var element = array.Type.Element ?? JsType.Unknown;
        if (callback.Type is "arrow_function" or "function_expression")
        {
            var parameters = CallbackParameters(callback);
            if (parameters.Count > 2)
            {
                throw Unsupported(callback, "a callback that reads the array argument");
            }
            var lambda = AsLambda(callback, [element, JsType.Int]);
            if (lambda is null)
            {
                // A callback of several statements becomes a nested def called per element.
                var def = LowerFunctionValue(callback).Py;
                var item = new PyName("x");
                var index = new PyName("i");
                return parameters.Count == 2 || indexed
                    ? (new PyTuple([index, item]), PyCall.Of("enumerate", array.Py), new PyCall(def, parameters.Count == 2 ? [item, index] : [item]))
                    : (item, array.Py, new PyCall(def, parameters.Count == 0 ? [] : [item]));
            }
            var names = lambda.Parameters;
            if (names.Count == 2 || indexed)
            {
                var item = names.Count > 0 ? names[0] : "_";
                var index = names.Count > 1 ? names[1] : "i";
                return (new PyTuple([new PyName(index), new PyName(item)]), PyCall.Of("enumerate", array.Py), lambda.Body);
            }
            return (new PyName(names.Count == 0 ? "_" : names[0]), array.Py, lambda.Body);
        }
        var function = Lower(callback);
        var x = new PyName("x");
        return indexed
            ? (new PyTuple([new PyName("i"), x]), PyCall.Of("enumerate", array.Py), new PyCall(function.Py, [x]))
            : (x, array.Py, new PyCall(function.Py, [x]));
    }

    private JsValue MapCallback(JsValue array, SyntaxNode callback)
    {
        var (target, iterable, body) = Comprehension(array, callback);
        var element = callback.Type is "arrow_function" or "function_expression" ? _lastLambdaType : JsType.Unknown;
        return JsValue.Of(new PyComprehension(body, target, iterable), JsType.ArrayOf(element));
    }

    private JsValue Reduce(JsValue array, List<SyntaxNode> arguments)
    {
        var callback = arguments[0];
        var parameters = callback.Type is "arrow_function" or "function_expression" ? CallbackParameters(callback) : [];
        var initial = arguments.Count > 1 ? Lower(arguments[1]) : null;
        if (parameters.Count == 3 && (initial is not null || IsPure(array.Py) || ctx.Before is not null))
        {
            return IndexedReduce(array, callback, initial);
        }
        if (parameters.Count > 2)
        {
            throw Unsupported(callback, "a reduce callback that reads the array argument");
        }
        var lambda = callback.Type is "arrow_function" or "function_expression"
            ? AsLambda(callback, [initial?.Type ?? JsType.Unknown, array.Type.Element ?? JsType.Unknown])
            : null;
        if (lambda is { Parameters: [var acc, var x], Body: PyBinary { Operator: PyBinaryOperator.Add, Left: PyName l, Right: PyName r } }
            && l.Id == acc && r.Id == x && initial?.Py is PyNumber { Text: "0" })
        {
            return JsValue.Of(PyCall.Of("sum", array.Py), array.Type.Element ?? JsType.Unknown);
        }
        ctx.Require("functools");
        if (lambda is null && callback.Type is "arrow_function" or "function_expression")
        {
            _callbackTypes = [initial?.Type ?? array.Type.Element ?? JsType.Unknown, array.Type.Element ?? JsType.Unknown];
        }
        PyExpression function = lambda is not null ? lambda : Lower(callback).Py;
        _callbackTypes = null;
        var call = initial is null ? PyCall.Of("functools.reduce", function, array.Py) : PyCall.Of("functools.reduce", function, array.Py, initial.Py);
        // A number accumulator takes what the callback returns too (0 summed with floats is a float); a callback
        // that is no lambda says nothing of that.
        var type = initial is { Type.IsNumber: true } ? (lambda is null ? JsType.Unknown : JsType.Join(initial.Type, _lastLambdaType))
            : initial?.Type ?? array.Type.Element ?? JsType.Unknown;
        return JsValue.Of(call, type);
    }

    /// <summary>
    /// <c>(acc, x, i) =&gt; …</c>: over enumerate(), each step calling the callback with the accumulator, element and
    /// index. Without an initial value the first element is the accumulator and the steps start at index 1.
    /// </summary>
    private JsValue IndexedReduce(JsValue array, SyntaxNode callback, JsValue? initial)
    {
        var element = array.Type.Element ?? JsType.Unknown;
        if (initial is null && !IsPure(array.Py))
        {
            // Read twice below (its first element, then the rest): computed once first.
            var items = new PyName(ctx.Temporary("items"));
            ctx.Before!.Add(new PyAssign([items], array.Py));
            array = JsValue.Of(items, array.Type);
        }
        var start = initial ?? JsValue.Of(new PySubscript(array.Py, new PyNumber("0")), element);
        PyExpression function;
        JsType type;
        if (AsLambda(callback, [start.Type, element, JsType.Int]) is { } lambda)
        {
            function = lambda;
            type = start.Type.IsNumber ? JsType.Join(start.Type, _lastLambdaType) : start.Type;
        }
        else
        {
            _callbackTypes = [start.Type, element, JsType.Int];
            function = Lower(callback).Py;
            _callbackTypes = null;
            type = start.Type.IsNumber ? JsType.Unknown : start.Type;
        }
        ctx.Require("functools");
        var (total, e) = (new PyName("total"), new PyName("e"));
        var step = new PyLambda(["total", "e"], new PyCall(function, [total, new PySubscript(e, new PyNumber("1")), new PySubscript(e, new PyNumber("0"))]));
        var steps = initial is null
            ? PyCall.Of("enumerate", new PySubscript(array.Py, new PySlice(new PyNumber("1"), null)), new PyNumber("1"))
            : PyCall.Of("enumerate", array.Py);
        return JsValue.Of(PyCall.Of("functools.reduce", step, steps, start.Py), type);
    }

    /// <summary>
    /// Keywords for sort(): (a, b) =&gt; a - b sorts ascending, b - a descending, a.k - b.k by key; other comparators go
    /// through cmp_to_key. Without a comparator JavaScript compares the elements as strings.
    /// </summary>
    private List<PyKeyword> SortKeywords(JsValue array, List<SyntaxNode> arguments)
    {
        if (arguments.Count == 0)
        {
            if ((array.Type.Element?.Kind ?? JsKind.Unknown) == JsKind.String)
            {
                return [];
            }
            ctx.Helpers.Add(JsRuntime.Str);
            return [new PyKeyword("key", new PyName(JsRuntime.Str))];
        }
        var comparator = arguments[0];
        if (comparator.Type is "arrow_function" or "function_expression" && CallbackParameters(comparator) is [var a, var b]
            && AsLambda(comparator, [array.Type.Element ?? JsType.Unknown, array.Type.Element ?? JsType.Unknown]) is { } lambda)
        {
            var (pa, pb) = (JsContext.SafeName(a), JsContext.SafeName(b));
            if (lambda.Body is PyBinary { Operator: PyBinaryOperator.Subtract } diff)
            {
                if (diff.Left is PyName { Id: var left } && diff.Right is PyName { Id: var right })
                {
                    if (left == pa && right == pb)
                    {
                        return [];
                    }
                    if (left == pb && right == pa)
                    {
                        return [new PyKeyword("reverse", PyConstant.True)];
                    }
                }
                if (Rename(diff.Right, pb, pa) is { } renamed && renamed == diff.Left && !Mentions(diff.Left, pb))
                {
                    return [new PyKeyword("key", new PyLambda([pa], diff.Left))];
                }
                if (Rename(diff.Left, pb, pa) is { } renamedDesc && renamedDesc == diff.Right && !Mentions(diff.Right, pb))
                {
                    return [new PyKeyword("key", new PyLambda([pa], diff.Right)), new PyKeyword("reverse", PyConstant.True)];
                }
            }
            if (lambda.Body is PyCall { Function: PyName { Id: JsRuntime.LocaleCompare }, Arguments: [var x, var y] })
            {
                // a.k.localeCompare(b.k): sorted by the collation key of a.k (b.k.localeCompare(a.k): reversed).
                if (Rename(y, pb, pa) is { } same && same == x && !Mentions(x, pb))
                {
                    return [new PyKeyword("key", new PyLambda([pa], ctx.Helper(JsRuntime.Collate, x)))];
                }
                if (Rename(x, pb, pa) is { } swapped && swapped == y && !Mentions(y, pb))
                {
                    return [new PyKeyword("key", new PyLambda([pa], ctx.Helper(JsRuntime.Collate, y))), new PyKeyword("reverse", PyConstant.True)];
                }
            }
            ctx.Require("functools");
            return [new PyKeyword("key", PyCall.Of("functools.cmp_to_key", lambda))];
        }
        ctx.Require("functools");
        return [new PyKeyword("key", PyCall.Of("functools.cmp_to_key", Lower(comparator).Py))];
    }

    /// <summary><paramref name="e"/> with the name <paramref name="from"/> replaced (names, members and subscripts only).</summary>
    private static PyExpression? Rename(PyExpression e, string from, string to) => e switch
    {
        PyName n => n.Id == from ? new PyName(to) : n,
        PyNumber or PyString or PyConstant => e,
        PyMember m => Rename(m.Value, from, to) is { } v ? m with { Value = v } : null,
        PySubscript s => Rename(s.Value, from, to) is { } v && Rename(s.Index, from, to) is { } i ? new PySubscript(v, i) : null,
        PyCall { Function: PyName { Id: "len" or JsRuntime.Get } f } c => c.Arguments.Select(a => Rename(a, from, to)).ToList() is var renamed && renamed.All(a => a is not null)
            ? new PyCall(f, renamed!) : null,
        _ => null,
    };
}
