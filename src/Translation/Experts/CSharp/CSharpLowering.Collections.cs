using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Arrays and List&lt;T&gt; are lists, Dictionary a dict, HashSet a set, Queue a deque, Stack a list whose end is
/// the top. Methods whose C# result Python's counterpart lacks (Add returning whether it added, IndexOf
/// returning -1) call small helpers.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression? LowerListMethod(LibraryCall call, PyExpression list, CsKind kind, ITypeSymbol? type)
    {
        // A lambda these store or compare is a value (a list of handlers); the others read it as a predicate.
        var args = call.Name is "Add" or "Insert" or "Remove" or "Contains" or "IndexOf" or "LastIndexOf" or "Push" or "Enqueue"
            ? [.. call.Arguments.Select(Lower)]
            : LowerNonLambdaArguments(call);
        switch (call.Name, call.Count)
        {
            case ("Add", 1):
                return Py.Method(list, "append", args);
            case ("AddRange", 1):
                return Py.Method(list, "extend", args);
            case ("Insert", 2):
                return Py.Method(list, "insert", args);
            case ("Remove", 1):
                return new PyCall(Helper(CSharpHelpers.Remove), [list, args[0]]);
            case ("RemoveAt", 1):
                return Py.Method(list, "pop", args);
            case ("RemoveAll", 1) when kind == CsKind.List:
                // As a value (a statement filters in place directly): how many it removed.
                return new PyCall(Helper(CSharpHelpers.RemoveAll), [list, Lower(call.Arguments[0])]);
            case ("Clear", 0):
                return Py.Method(list, "clear");
            case ("Contains", 1):
                return Py.Compare(args[0], PyCompareOperator.In, list);
            case ("IndexOf", 1 or 2):
                return new PyCall(Helper(CSharpHelpers.IndexOf), [list, .. args]);
            case ("LastIndexOf", 1):
                return new PyCall(Helper(CSharpHelpers.LastIndexOf), [list, .. args]);
            case ("Sort", 0):
                return SortCall(list, null, ElementType(type));
            case ("Sort", 1):
                return SortCall(list, call.Arguments[0], ElementType(type));
            case ("Reverse", 0):
                return Py.Method(list, "reverse");
            case ("Clone", 0) when type is IArrayTypeSymbol { Rank: > 1 } grid:
                {
                    // A rectangular array is one block of elements, which Clone copies whole; here it is nested
                    // lists, so every level is copied (list() alone would share the rows).
                    var rows = Enumerable.Range(0, grid.Rank - 1).Select(_ => Temporary("row")).ToList();
                    PyExpression copied = Py.Call("list", Py.Name(rows[^1]));
                    for (var level = rows.Count - 2; level >= 0; level--)
                    {
                        copied = new PyComprehension(copied, Py.Name(rows[level + 1]), Py.Name(rows[level]));
                    }
                    return new PyComprehension(copied, Py.Name(rows[0]), list);
                }
            case ("ToArray" or "Clone", 0):
                return Py.Call("list", list);
            case ("GetRange", 2):
                return new PySubscript(list, new PySlice(args[0], Py.Binary(args[0], PyBinaryOperator.Add, args[1])));
            case ("GetLength" or "GetUpperBound", 1) when _model.GetConstantValue(call.Arguments[0], _cancellationToken).Value is int dimension:
                PyExpression measured = list;
                for (var d = 0; d < dimension; d++)
                {
                    measured = new PySubscript(measured, Py.Number(0));
                }
                return call.Name == "GetLength" ? Py.Length(measured) : Py.Plus(Py.Length(measured), -1);
            case ("Exists" or "TrueForAll", 1):
                var (target, test) = Predicate(call.Arguments[0]);
                return Py.Call(call.Name == "Exists" ? "any" : "all", new PyComprehension(test, target, list, Generator: true));
            case ("FindIndex" or "FindLastIndex", 1):
                var (indexTarget, indexTest) = Predicate(call.Arguments[0]);
                var indexed = call.Name == "FindIndex" ? Py.Call("enumerate", list) : Py.Call("reversed", Py.Call("list", Py.Call("enumerate", list)));
                return Py.Call("next", new PyComprehension(Py.Name("i"), new PyTuple([Py.Name("i"), indexTarget]), indexed, indexTest, Generator: true), new PyUnary(PyUnaryOperator.Negate, Py.Number(1)));
            case ("FindAll", 1):
                var (allTarget, allTest) = Predicate(call.Arguments[0]);
                return new PyComprehension(allTarget, allTarget, list, allTest);
            case ("Find", 1):
                var (findTarget, findTest) = Predicate(call.Arguments[0]);
                return Py.Call("next", new PyComprehension(findTarget, findTarget, list, findTest, Generator: true), DefaultValue(ElementType(type)));
            case ("ConvertAll", 1):
                var (convertTarget, converted) = Predicate(call.Arguments[0]);
                return new PyComprehension(converted, convertTarget, list);
            default:
                return null;
        }
    }

    /// <summary>The arguments lowered, lambdas left out (None): the rules that take a lambda lower it themselves.</summary>
    private PyExpression[] LowerNonLambdaArguments(LibraryCall call) =>
        [.. call.Arguments.Select(a => a is LambdaExpressionSyntax ? PyConstant.None : Lower(a))];

    /// <summary>
    /// A lambda body lowered to stand inside a comprehension, or null when it needs statements in front (a pattern
    /// variable, an object initializer): those must run per item, so the lambda becomes a def instead.
    /// </summary>
    private PyExpression? InlineLambdaBody(ExpressionSyntax body)
    {
        var outer = _pre;
        _pre = outer is null ? null : [];
        try
        {
            var lowered = Lower(body);
            return _pre is { Count: > 0 } ? null : lowered;
        }
        finally
        {
            _pre = outer;
        }
    }

    /// <summary>A one-parameter lambda (or method group) as the comprehension variable and the expression over it.</summary>
    private (PyExpression Target, PyExpression Body) Predicate(ExpressionSyntax argument)
    {
        if (argument is SimpleLambdaExpressionSyntax { Body: ExpressionSyntax body } lambda
            && InLambdaScope(() =>
            {
                var names = LambdaParameters(lambda); // declares the parameter in the lambda's scope before the body reads it
                return InlineLambdaBody(body) is { } inline ? (Py.Name(names[0]), inline) : ((PyName, PyExpression)?)null;
            }) is { } inlined)
        {
            return inlined;
        }
        var function = Lower(argument);
        if (function is PyLambda { Parameters: [var parameter] } pythonLambda)
        {
            return (Py.Name(parameter), pythonLambda.Body);
        }
        var item = Temporary("item");
        return (Py.Name(item), new PyCall(function, [Py.Name(item)]));
    }

    /// <summary>
    /// list.Sort(): plain; with a comparison, a key where the lambda compares one key of each side
    /// (<c>a.X.CompareTo(b.X)</c>, <c>a[0] - b[0]</c>), else <c>functools.cmp_to_key</c>. Objects that implement
    /// CompareTo are sorted through it.
    /// </summary>
    private PyExpression SortCall(PyExpression list, ExpressionSyntax? comparison, ITypeSymbol? element)
    {
        if (comparison is null)
        {
            if (element is not null && IsFromSource(element) && element.GetMembers("CompareTo").Length > 0)
            {
                var byCompareTo = new PyLambda(["a", "b"], Py.Method(Py.Name("a"), "CompareTo", Py.Name("b")));
                return new PyCall(new PyMember(list, "sort"), [], [new PyKeyword("key", Py.Call(Imported("functools", "cmp_to_key").Id, byCompareTo))]);
            }
            return Py.Method(list, "sort");
        }
        if (comparison is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 2, Body: ExpressionSyntax body } lambda)
        {
            var a = _model.GetDeclaredSymbol(lambda.ParameterList.Parameters[0], _cancellationToken)!;
            var b = _model.GetDeclaredSymbol(lambda.ParameterList.Parameters[1], _cancellationToken)!;
            ExpressionSyntax? first = null;
            ExpressionSyntax? second = null;
            if (body is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompareTo" } compareTo, ArgumentList.Arguments: [var other] }
                && KindOf(compareTo.Expression) is CsKind.Int or CsKind.Float or CsKind.String or CsKind.Char)
            {
                (first, second) = (compareTo.Expression, other.Expression);
            }
            else if (body is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } difference && KindOf(difference) == CsKind.Int)
            {
                (first, second) = (difference.Left, difference.Right);
            }
            if (first is not null && second is not null)
            {
                var key = KeyOf(first, second, a, b);
                if (key is not null)
                {
                    return key.Value.Reverse
                        ? new PyCall(new PyMember(list, "sort"), [], [.. key.Value.Key is null ? [] : new[] { new PyKeyword("key", key.Value.Key) }, new PyKeyword("reverse", PyConstant.True)])
                        : new PyCall(new PyMember(list, "sort"), [], key.Value.Key is null ? [] : [new PyKeyword("key", key.Value.Key)]);
                }
            }
        }
        var cmp = Lower(comparison);
        return new PyCall(new PyMember(list, "sort"), [], [new PyKeyword("key", Py.Call(Imported("functools", "cmp_to_key").Id, cmp))]);
    }

    /// <summary>When <paramref name="first"/> reads only parameter a and <paramref name="second"/> is the same expression over b (or the reverse), the key over one element.</summary>
    private (PyExpression? Key, bool Reverse)? KeyOf(ExpressionSyntax first, ExpressionSyntax second, ISymbol a, ISymbol b)
    {
        string Shape(ExpressionSyntax e, ISymbol p) =>
            string.Concat(e.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(n => SymbolEqualityComparer.Default.Equals(SymbolOf(n), p) ? "#" : n.Identifier.ValueText))
            + "|" + e.ToString().Replace(p.Name, "#", StringComparison.Ordinal);
        bool Reads(ExpressionSyntax e, ISymbol p) => e.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => SymbolEqualityComparer.Default.Equals(SymbolOf(n), p));
        var reverse = false;
        if (Reads(first, b) && !Reads(first, a))
        {
            (first, second) = (second, first);
            reverse = true;
        }
        if (!Reads(first, a) || Reads(first, b) || !Reads(second, b) || Reads(second, a) || Shape(first, a) != Shape(second, b))
        {
            return null;
        }
        var body = Lower(first);
        var name = NameOf(a);
        return (body is PyName n && n.Id == name ? null : new PyLambda([name], body), reverse);
    }

    /// <summary>Whether <paramref name="expression"/> reads the variable <paramref name="variable"/> names.</summary>
    private bool Reads(ExpressionSyntax expression, ExpressionSyntax variable) =>
        SymbolOf(variable) is { } symbol && expression.DescendantNodesAndSelf().Any(n => n is IdentifierNameSyntax && SymbolEqualityComparer.Default.Equals(SymbolOf(n), symbol));

    private PyExpression? LowerDictionaryMethod(LibraryCall call, PyExpression dict, ITypeSymbol? type)
    {
        var valueType = LibraryCollection(type) is INamedTypeSymbol { TypeArguments.Length: 2 } named ? named.TypeArguments[1] : null;
        switch (call.Name, call.Count)
        {
            case ("ContainsKey", 1):
                return Py.Compare(Arg(call, 0), PyCompareOperator.In, dict);
            case ("ContainsValue", 1):
                return Py.Compare(Arg(call, 0), PyCompareOperator.In, Py.Method(dict, "values"));
            case ("Remove", 1):
                return new PyCall(Helper(CSharpHelpers.DictRemove), [dict, Arg(call, 0)]);
            case ("TryGetValue", 2):
                // d.TryGetValue(k, out v): v = d.get(k, default) (C# sets the default when absent); the value is k in d.
                // Where the out variable is read by the receiver or the key (node.Children.TryGetValue(c, out node)), or
                // the call runs under a condition, both are read once, first, into temporaries.
                var outArgument = call.Syntax.ArgumentList.Arguments[1].Expression;
                var reads = new List<(string Name, PyExpression Value)>();
                var key = Arg(call, 0);
                var (dictReadsOut, keyReadsOut) = (Reads(call.Syntax.Expression, outArgument), Reads(call.Arguments[0], outArgument));
                if (dictReadsOut || keyReadsOut || !EvaluatedUnconditionally(call.Syntax))
                {
                    dict = ReadOnce(dict, "found_in", reads, force: dictReadsOut);
                    key = ReadOnce(key, "key", reads, force: keyReadsOut);
                }
                return OutIdiom(call.Syntax, outArgument, reads, Py.Method(dict, "get", key, DefaultValue(valueType)), Py.Compare(key, PyCompareOperator.In, dict));
            case ("Remove", 2):
            {
                // d.Remove(k, out v): whether k was there, read first; then v = d.pop(k, default).
                var removedOut = call.Syntax.ArgumentList.Arguments[1].Expression;
                var removeReads = new List<(string Name, PyExpression Value)>();
                var removedFrom = ReadOnce(dict, "removed_from", removeReads, force: false);
                var removedKey = ReadOnce(Arg(call, 0), "key", removeReads, force: false);
                var present = Temporary("removed");
                removeReads.Add((present, Py.Compare(removedKey, PyCompareOperator.In, removedFrom)));
                return OutIdiom(call.Syntax, removedOut, removeReads, Py.Method(removedFrom, "pop", removedKey, DefaultValue(valueType)), Py.Name(present));
            }
            case ("GetValueOrDefault", 1 or 2):
                return Py.Method(dict, "get", Arg(call, 0), call.Count == 2 ? Arg(call, 1) : DefaultValue(valueType));
            case ("Clear", 0):
                return Py.Method(dict, "clear");
            case ("TryAdd", 2):
                return new PyCall(Helper(CSharpHelpers.TryAdd), [dict, Arg(call, 0), Arg(call, 1)]);
            case ("Add", 2):
                throw Unsupported(call.Syntax, "Dictionary.Add used as a value is not translated");
            default:
                return null;
        }
    }

    private PyExpression? LowerSetMethod(LibraryCall call, PyExpression set)
    {
        var args = call.Arguments.Select(Lower).ToArray();
        return (call.Name, call.Count) switch
        {
            ("Add", 1) => new PyCall(Helper(CSharpHelpers.SetAdd), [set, args[0]]),
            ("Remove", 1) => new PyCall(Helper(CSharpHelpers.Remove), [set, args[0]]),
            ("Contains", 1) => Py.Compare(args[0], PyCompareOperator.In, set),
            ("Clear", 0) => Py.Method(set, "clear"),
            ("UnionWith", 1) => Py.Method(set, "update", args),
            ("IntersectWith", 1) => Py.Method(set, "intersection_update", args),
            ("ExceptWith", 1) => Py.Method(set, "difference_update", args),
            ("SymmetricExceptWith", 1) => Py.Method(set, "symmetric_difference_update", args),
            ("IsSubsetOf", 1) => Py.Method(set, "issubset", args),
            ("IsSupersetOf", 1) => Py.Method(set, "issuperset", args),
            ("Overlaps", 1) => new PyUnary(PyUnaryOperator.Not, Py.Method(set, "isdisjoint", args)),
            ("SetEquals", 1) => Py.Compare(set, PyCompareOperator.Equal, Py.Call("set", args[0])),
            _ => null,
        };
    }

    private PyExpression? LowerQueueMethod(LibraryCall call, PyExpression collection, CsKind kind)
    {
        if (call is { Name: "TryDequeue" or "TryPeek" or "TryPop", Count: 1 })
        {
            // q.TryDequeue(out x): ok = len(q) > 0, then x = q.popleft() if ok else default; the call's value is ok.
            var reads = new List<(string Name, PyExpression Value)>();
            var ok = ReadOnce(Py.Compare(Py.Length(collection), PyCompareOperator.Greater, Py.Number(0)), "nonempty", reads, force: true);
            PyExpression taken = (kind, call.Name) switch
            {
                (CsKind.Queue, "TryDequeue") => Py.Method(collection, "popleft"),
                (CsKind.Queue, _) => new PySubscript(collection, Py.Number(0)),
                (_, "TryPop") => Py.Method(collection, "pop"),
                _ => new PySubscript(collection, new PyUnary(PyUnaryOperator.Negate, Py.Number(1))),
            };
            return OutIdiom(call.Syntax, call.Arguments[0], reads, new PyConditional(ok, taken, DefaultValue(TypeOf(call.Arguments[0]))), ok);
        }
        var args = call.Arguments.Select(Lower).ToArray();
        return (kind, call.Name, call.Count) switch
        {
            (CsKind.Queue, "Enqueue" or "AddLast", 1) => Py.Method(collection, "append", args),
            (CsKind.Queue, "AddFirst", 1) => Py.Method(collection, "appendleft", args),
            (CsKind.Queue, "RemoveFirst", 0) => Py.Method(collection, "popleft"),
            (CsKind.Queue, "RemoveLast", 0) => Py.Method(collection, "pop"),
            (CsKind.Queue, "Dequeue", 0) => Py.Method(collection, "popleft"),
            (CsKind.Queue, "Peek", 0) => new PySubscript(collection, Py.Number(0)),
            (CsKind.Stack, "Push", 1) => Py.Method(collection, "append", args),
            (CsKind.Stack, "Pop", 0) => Py.Method(collection, "pop"),
            (CsKind.Stack, "Peek", 0) => new PySubscript(collection, new PyUnary(PyUnaryOperator.Negate, Py.Number(1))),
            (_, "Contains", 1) => Py.Compare(args[0], PyCompareOperator.In, collection),
            (_, "Clear", 0) => Py.Method(collection, "clear"),
            (CsKind.Queue, "ToArray", 0) => Py.Call("list", collection),
            (CsKind.Stack, "ToArray", 0) => Py.Call("list", Py.Call("reversed", collection)),
            _ => null,
        };
    }

    /// <summary>
    /// PriorityQueue&lt;TElement, TPriority&gt; as a heapq list of (priority, arrival, element): the lowest priority
    /// comes out first; equal priorities come out in arrival order, one of the orders .NET allows (its order for
    /// ties is unspecified, and may differ).
    /// </summary>
    private PyExpression? LowerPriorityQueueMethod(LibraryCall call, PyExpression queue)
    {
        PyExpression Heap(string function, params PyExpression[] arguments) => new PyCall(new PyMember(ModuleName("heapq"), function), arguments);
        var last = new PyUnary(PyUnaryOperator.Negate, Py.Number(1));
        switch (call.Name, call.Count)
        {
            case ("Enqueue", 2):
                return new PyCall(Helper(CSharpHelpers.PriorityPush), [queue, Arg(call, 0), Arg(call, 1)]);
            case ("Dequeue", 0):
                return new PySubscript(Heap("heappop", queue), last);
            case ("Peek", 0):
                return new PySubscript(new PySubscript(queue, Py.Number(0)), last);
            case ("Clear", 0):
                return Py.Method(queue, "clear");
            case ("TryDequeue" or "TryPeek", 2) when EvaluatedUnconditionally(call.Syntax):
                // (ok, element, priority) = priority_take(q, remove) in front; the call's value is ok.
                var ok = Temporary("taken");
                var targets = call.Syntax.ArgumentList.Arguments.Select(a => LowerOutTarget(a.Expression));
                Hoist(call.Syntax, new PyAssign([new PyTuple([Py.Name(ok), .. targets])],
                    new PyCall(Helper(CSharpHelpers.PriorityTake), [queue, PyConstant.Of(call.Name == "TryDequeue")])));
                return Py.Name(ok);
            case ("TryDequeue" or "TryPeek", 2):
                // Under a condition: [(taken := priority_take(q, True)), (e := taken[1]), (p := taken[2]), taken[0]][-1], where it stands.
                var taken = Temporary("taken");
                var parts = new List<PyExpression> { new PyNamedExpression(taken, new PyCall(Helper(CSharpHelpers.PriorityTake), [queue, PyConstant.Of(call.Name == "TryDequeue")])) };
                foreach (var (argument, index) in call.Syntax.ArgumentList.Arguments.Select((a, i) => (a, i)))
                {
                    if (LowerOutTarget(argument.Expression) is not PyName { Id: var name })
                    {
                        throw Unsupported(call.Syntax, "an out argument that is not a local variable, where the call runs only under a condition");
                    }
                    parts.Add(new PyNamedExpression(name, new PySubscript(Py.Name(taken), Py.Number(index + 1))));
                }
                parts.Add(new PySubscript(Py.Name(taken), Py.Number(0)));
                return new PySubscript(new PyList(parts), Py.Number(-1));
            default:
                return null;
        }
    }

    private PyExpression? LowerArrayStatic(LibraryCall call)
    {
        var args = LowerNonLambdaArguments(call);
        switch (call.Name, call.Count)
        {
            case ("Sort", 1):
                return SortCall(args[0], null, ElementType(TypeOf(call.Arguments[0])));
            case ("Sort", 2) when KindOf(call.Arguments[1]) is not CsKind.Array:
                return SortCall(args[0], call.Arguments[1], ElementType(TypeOf(call.Arguments[0])));
            case ("Reverse", 1):
                return Py.Method(args[0], "reverse");
            case ("IndexOf", 2 or 3):
                return new PyCall(Helper(CSharpHelpers.IndexOf), args);
            case ("Exists" or "TrueForAll", 2):
                var (target, test) = Predicate(call.Arguments[1]);
                return Py.Call(call.Name == "Exists" ? "any" : "all", new PyComprehension(test, target, args[0], Generator: true));
            case ("Empty", 0):
                return new PyList([]);
            case ("ConvertAll", 2):
                var (convertTarget, converted) = Predicate(call.Arguments[1]);
                return new PyComprehension(converted, convertTarget, args[0]);
            case ("Find", 2):
                var (findTarget, findTest) = Predicate(call.Arguments[1]);
                return Py.Call("next", new PyComprehension(findTarget, findTarget, args[0], findTest, Generator: true), DefaultValue(ElementType(TypeOf(call.Arguments[0]))));
            case ("FindIndex", 2):
                var (indexTarget, indexTest) = Predicate(call.Arguments[1]);
                return Py.Call("next", new PyComprehension(Py.Name("i"), new PyTuple([Py.Name("i"), indexTarget]), Py.Call("enumerate", args[0]), indexTest, Generator: true), new PyUnary(PyUnaryOperator.Negate, Py.Number(1)));
            case ("Fill", 2):
                // Array.Fill(a, v): a[:] = [v] * len(a), as an expression statement through slice assignment.
                return Py.Method(args[0], "__setitem__", Py.Call("slice", PyConstant.None), Py.Binary(new PyList([args[1]]), PyBinaryOperator.Multiply, Py.Length(args[0])));
            case ("Copy", 3):
                return Py.Method(args[1], "__setitem__", Py.Call("slice", Py.Number(0), args[2]), new PySubscript(args[0], new PySlice(null, args[2])));
            case ("Copy", 5):
                return Py.Method(args[2], "__setitem__", Py.Call("slice", args[3], Py.Binary(args[3], PyBinaryOperator.Add, args[4])), new PySubscript(args[0], new PySlice(args[1], Py.Binary(args[1], PyBinaryOperator.Add, args[4]))));
            default:
                return null;
        }
    }
}
