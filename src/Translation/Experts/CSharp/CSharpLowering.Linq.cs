using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// LINQ method syntax over comprehensions and builtins: Select/Where as list comprehensions, Sum/Max/Min/Any/All
/// over generators, OrderBy as sorted with a key (both are stable), ToList/ToArray as list. Query syntax,
/// GroupBy, Join and ThenBy are reported.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression? LowerLinq(LibraryCall call)
    {
        if (call.Method.ReducedFrom is null)
        {
            return LowerEnumerableStatic(call);
        }
        var sourceSyntax = call.ReceiverSyntax ?? throw Unsupported(call.Syntax, "LINQ after ?. is not translated");
        var sourceKind = KindOf(sourceSyntax);
        var source = LowerIterable(sourceSyntax);
        // A list in Python already: a C# list, array or string, or what an eager LINQ call before this one built.
        var grid = TypeOf(sourceSyntax) is IArrayTypeSymbol { Rank: > 1 }; // walked as its chained rows
        var indexable = !grid && (sourceKind is CsKind.List or CsKind.Array or CsKind.String || IsPythonList(source));
        var sized = indexable || !grid && sourceKind is CsKind.Dictionary or CsKind.Set or CsKind.Queue or CsKind.Stack;
        var elementType = ElementType(TypeOf(sourceSyntax));
        if (LowerElementOperator(call, source, elementType) is { } element)
        {
            return element;
        }
        switch (call.Name, call.Count)
        {
            case ("Select", 1) when call.Arguments[0] is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 2 } indexed:
                return InLambdaScope(() =>
                {
                    var names = LambdaParameters(indexed);
                    if (indexed.Body is ExpressionSyntax indexedBody && InlineLambdaBody(indexedBody) is { } inline)
                    {
                        return new PyComprehension(inline, new PyTuple([Py.Name(names[1]), Py.Name(names[0])]), Py.Call("enumerate", source));
                    }
                    var selector = Lower(indexed);
                    var (item, index) = (Py.Name(Temporary("item")), Py.Name(Temporary("index")));
                    return new PyComprehension(new PyCall(selector, [item, index]), new PyTuple([index, item]), Py.Call("enumerate", source));
                });
            case ("Select", 1):
                var (target, body) = Predicate(call.Arguments[0]);
                return new PyComprehension(body, target, source, Generator: Lazy(call, sized, source));
            case ("Where", 1):
                var (whereTarget, test) = Predicate(call.Arguments[0]);
                return new PyComprehension(whereTarget, whereTarget, source, test, Generator: Lazy(call, sized, source));
            case ("Sum" or "Max" or "Min", 0):
                return Py.Call(call.Name.ToLowerInvariant(), source);
            case ("Sum" or "Max" or "Min", 1):
                var (t, b) = Predicate(call.Arguments[0]);
                return Py.Call(call.Name.ToLowerInvariant(), new PyComprehension(b, t, source, Generator: true));
            case ("Average", 0):
                return new PyCall(new PyMember(ModuleName("statistics"), IsDecimal(TypeOf(call.Syntax)) ? "mean" : "fmean"), [source]);
            case ("Average", 1):
                var (at, ab) = Predicate(call.Arguments[0]);
                return new PyCall(new PyMember(ModuleName("statistics"), IsDecimal(TypeOf(call.Syntax)) ? "mean" : "fmean"), [new PyComprehension(ab, at, source)]);
            case ("Count" or "LongCount", 0):
                return sized ? Py.Length(source) : Py.Call("len", Py.Call("list", source));
            case ("Count" or "LongCount", 1):
                var (ct, ctest) = Predicate(call.Arguments[0]);
                return Py.Call("sum", new PyComprehension(Py.Number(1), ct, source, ctest, Generator: true));
            case ("Any", 0):
                return sized ? Py.Compare(Py.Length(source), PyCompareOperator.Greater, Py.Number(0)) : Py.Call("any", new PyComprehension(PyConstant.True, Py.Name("_"), source, Generator: true));
            case ("Any" or "All", 1):
                var (qt, qtest) = Predicate(call.Arguments[0]);
                return Py.Call(call.Name.ToLowerInvariant(), new PyComprehension(qtest, qt, source, Generator: true));
            case ("Contains", 1):
                return Py.Compare(Arg(call, 0), PyCompareOperator.In, source);
            case ("OrderBy" or "OrderByDescending", 1 or 2):
                var (kt, key) = SortKey(call.Arguments[0], call.Arguments.ElementAtOrDefault(1));
                var keywords = new List<PyKeyword>();
                if (!(key is PyName keyName && kt is PyName targetName && keyName.Id == targetName.Id))
                {
                    keywords.Add(new PyKeyword("key", new PyLambda([((PyName)kt).Id], key)));
                }
                if (call.Name == "OrderByDescending")
                {
                    keywords.Add(new PyKeyword("reverse", PyConstant.True));
                }
                return new PyCall(Py.Name("sorted"), [source], keywords);
            case ("ThenBy" or "ThenByDescending", 1 or 2):
                return ChainedSort(call);
            case ("Order" or "OrderDescending", 1):
                // Order(comparer): the comparer as OrderBy(x => x, comparer) takes it.
                var (ot, orderKey) = SortKey(call.Arguments[0], call.Arguments[0], identity: true);
                var orderKeywords = new List<PyKeyword>();
                if (!(orderKey is PyName orderName && ot is PyName orderTarget && orderName.Id == orderTarget.Id))
                {
                    orderKeywords.Add(new PyKeyword("key", new PyLambda([((PyName)ot).Id], orderKey)));
                }
                if (call.Name == "OrderDescending")
                {
                    orderKeywords.Add(new PyKeyword("reverse", PyConstant.True));
                }
                return new PyCall(Py.Name("sorted"), [source], orderKeywords);
            case ("Order", 0):
                return Py.Call("sorted", source);
            case ("OrderDescending", 0):
                return new PyCall(Py.Name("sorted"), [source], [new PyKeyword("reverse", PyConstant.True)]);
            case ("ToList" or "ToArray", 0) when IsMutableStruct(elementType):
                // Each element of the new list is a copy of a struct, as C# copies values into it.
                var copied = Py.Name(Temporary("item"));
                return new PyComprehension(ShallowCopy(copied), copied, source);
            case ("ToList" or "ToArray", 0):
                return IsPythonList(source) ? source : Py.Call("list", source);
            case ("ToHashSet", 0):
                return Py.Call("set", source);
            case ("ToDictionary", 2 or 3) when IsStringComparer(call.Arguments[^1]):
                return WithKeyComparer(call.Arguments[^1], LowerLinq(call with { Arguments = call.Arguments.SkipLast(1).ToList() })!);
            case ("ToDictionary", 1):
                var (ek, elementKey) = Predicate(call.Arguments[0]);
                return Py.Call("dict", new PyComprehension(new PyTuple([elementKey, ek]), ek, source, Generator: true));
            case ("ToDictionary", 2):
                var (dk, keyBody) = Predicate(call.Arguments[0]);
                var (_, valueBody) = PredicateOver(call.Arguments[1], dk);
                return Py.Call("dict", new PyComprehension(new PyTuple([keyBody, valueBody]), dk, source, Generator: true));
            case ("First" or "Last", 0) when indexable:
                return new PySubscript(source, call.Name == "First" ? Py.Number(0) : new PyUnary(PyUnaryOperator.Negate, Py.Number(1)));
            case ("First", 0):
                return Py.Call("next", Py.Call("iter", source));
            case ("FirstOrDefault", 0):
                return Py.Call("next", Py.Call("iter", source), DefaultValue(elementType));
            case ("First" or "FirstOrDefault", 1):
                var (ft, ftest) = Predicate(call.Arguments[0]);
                var generator = new PyComprehension(ft, ft, source, ftest, Generator: true);
                return call.Name == "First" ? Py.Call("next", generator) : Py.Call("next", generator, DefaultValue(elementType));
            case ("ElementAt", 1):
                return new PySubscript(indexable ? source : Py.Call("list", source), Arg(call, 0));
            case ("ElementAtOrDefault", 1):
                // The default past the end (next's default), as LINQ's, for any sequence.
                return Py.Call("next", Py.Call(Imported("itertools", "islice").Id, source, Arg(call, 0), PyConstant.None), DefaultValue(elementType));
            case ("Last", 1):
                var (lt, ltest) = Predicate(call.Arguments[0]);
                return new PySubscript(new PyComprehension(lt, lt, source, ltest), new PyUnary(PyUnaryOperator.Negate, Py.Number(1)));
            case ("GroupBy", 1) or ("GroupBy", 2) when call.Count == 1 || IsOneParameterFunction(call.Arguments[1]):
                // Groups in order of first appearance, each a list with a Key, as LINQ's GroupBy yields them.
                return GroupBy(call, source);
            case ("ToLookup", 1 or 2):
                // A Lookup: the groups by key, an empty sequence for a key without items.
                var group = Py.Name("g");
                Helper(CSharpHelpers.GroupBy);
                return new PyCall(Helper(CSharpHelpers.ToLookup),
                    [new PyComprehension(new PyTuple([new PyMember(group, "Key"), group]), group, GroupBy(call, source), Generator: true)]);
            case ("Zip", 1):
                return Py.Call("list", Py.Call("zip", source, LowerIterable(call.Arguments[0])));
            case ("Zip", 2) when call.Arguments[1] is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 2, Body: ExpressionSyntax } pair:
            {
                var zipped = Py.Call("zip", source, LowerIterable(call.Arguments[0]));
                var inlined = InLambdaScope(() =>
                {
                    var names = LambdaParameters(pair);
                    return InlineLambdaBody((ExpressionSyntax)pair.Body) is { } body
                        ? new PyComprehension(body, new PyTuple([Py.Name(names[0]), Py.Name(names[1])]), zipped, Generator: Lazy(call, sized, source))
                        : null;
                });
                if (inlined is not null)
                {
                    return inlined;
                }
                // A body that needs statements of its own (a switch subject read once) runs per pair in a def.
                var (first, second) = (Py.Name(Temporary("first")), Py.Name(Temporary("second")));
                return new PyComprehension(new PyCall(Lower(pair), [first, second]), new PyTuple([first, second]), zipped, Generator: Lazy(call, sized, source));
            }
            case ("SelectMany", 1):
                // [y for x in source for y in f(x)], in order, as LINQ flattens.
                var (mt, many) = Predicate(call.Arguments[0]);
                var flattened = new PyCall(new PyMember(Imported("itertools", "chain"), "from_iterable"), [new PyComprehension(many, mt, source, Generator: true)]);
                return FeedsLinq(call.Syntax) ? flattened : Py.Call("list", flattened);
            case ("OfType", 0) when call.Method.TypeArguments is [var wanted]:
                var it = Py.Name(Temporary("item"));
                return new PyComprehension(it, it, source, TypeTest(wanted, call.Syntax, it));
            case ("MaxBy" or "MinBy", 1):
                var (bt, bkey) = Predicate(call.Arguments[0]);
                return new PyCall(Py.Name(call.Name == "MaxBy" ? "max" : "min"), [source], [new PyKeyword("key", new PyLambda([((PyName)bt).Id], bkey))]);
            case ("DefaultIfEmpty", 0 or 1):
                var fallback = call.Count == 1 ? Arg(call, 0) : DefaultValue(elementType);
                return new PyBoolean(indexable ? source : Py.Call("list", source), PyBooleanOperator.Or, new PyList([fallback]));
            case ("TakeWhile" or "SkipWhile", 1):
                var (wt, wtest) = Predicate(call.Arguments[0]);
                var whileCall = Py.Call(Imported("itertools", call.Name == "TakeWhile" ? "takewhile" : "dropwhile").Id, new PyLambda([((PyName)wt).Id], wtest), source);
                return FeedsLinq(call.Syntax) ? whileCall : Py.Call("list", whileCall);
            case ("Distinct", 0):
                return Py.Call("list", Py.Method(Py.Name("dict"), "fromkeys", source));
            case ("Distinct", 1) when SymbolOf(call.Arguments[0]) is IPropertySymbol { Name: "Ordinal" or "OrdinalIgnoreCase", ContainingType.Name: "StringComparer" } comparer:
                // The first spelling of each key, in order of first appearance (upper-cased keys ignore case, as OrdinalIgnoreCase).
                return comparer.Name == "Ordinal" ? Py.Call("list", Py.Method(Py.Name("dict"), "fromkeys", source))
                    : new PyCall(Helper(CSharpHelpers.DistinctBy), [source, new PyLambda(["s"], Py.Method(Py.Name("s"), "upper"))]);
            case ("Reverse", 0) when indexable:
                return Py.Call("list", Py.Call("reversed", source));
            case ("Reverse", 0):
                // reversed() needs a sequence; an iterator's or a set's items are gathered first, as LINQ buffers them.
                return new PySubscript(Py.Call("list", source), new PySlice(null, null, Py.Number(-1)));
            case ("Skip" or "Take", 1) when indexable:
                return new PySubscript(source, call.Name == "Skip" ? new PySlice(Arg(call, 0), null) : new PySlice(null, Arg(call, 0)));
            case ("Skip" or "Take", 1):
                // islice stops after n items, so Take works on an endless iterator, as LINQ's does.
                var islice = Imported("itertools", "islice");
                var sliced = call.Name == "Skip" ? Py.Call(islice.Id, source, Arg(call, 0), PyConstant.None) : Py.Call(islice.Id, source, Arg(call, 0));
                return FeedsLinq(call.Syntax) ? sliced : Py.Call("list", sliced);
            case ("Chunk", 1):
                return new PyCall(Helper(CSharpHelpers.Chunk), [source, Arg(call, 0)]);
            case ("Concat", 1):
                return Py.Binary(Py.Call("list", source), PyBinaryOperator.Add, Py.Call("list", LowerIterable(call.Arguments[0])));
            case ("Append", 1):
                return Py.Binary(Py.Call("list", source), PyBinaryOperator.Add, new PyList([Arg(call, 0)]));
            case ("Prepend", 1):
                return Py.Binary(new PyList([Arg(call, 0)]), PyBinaryOperator.Add, Py.Call("list", source));
            case ("Cast", 0) when IsValuePreservingCast(elementType, call.Method.TypeArguments[0]):
                // Cast<SemVer?>() or Cast<IShape>(): the items themselves; a cast that converts or can throw is reported.
                return source;
            case ("Union", 1):
                // The distinct items of both, first's first: what LINQ yields, in its order.
                return Py.Call("list", Py.Method(Py.Name("dict"), "fromkeys", Py.Binary(Py.Call("list", source), PyBinaryOperator.Add, Py.Call("list", LowerIterable(call.Arguments[0])))));
            case ("Except" or "Intersect", 1):
                return new PyCall(Helper(call.Name == "Except" ? CSharpHelpers.Except : CSharpHelpers.Intersect), [source, LowerIterable(call.Arguments[0])]);
            case ("SequenceEqual", 1):
                return Py.Compare(Py.Call("list", source), PyCompareOperator.Equal, Py.Call("list", LowerIterable(call.Arguments[0])));
            case ("Aggregate", 1):
                return Py.Call(Imported("functools", "reduce").Id, Lower(call.Arguments[0]), source);
            case ("Aggregate", 2):
                return Py.Call(Imported("functools", "reduce").Id, Lower(call.Arguments[1]), source, Arg(call, 0));
            default:
                return null;
        }
    }

    /// <summary>Whether Cast&lt;T&gt; gives each item unchanged and cannot throw: an implicit identity, reference, boxing or nullable conversion.</summary>
    private bool IsValuePreservingCast(ITypeSymbol? element, ITypeSymbol target)
    {
        if (element is null)
        {
            return false;
        }
        var conversion = ((CSharpCompilation)_model.Compilation).ClassifyConversion(element, target);
        return conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference || conversion.IsBoxing || conversion.IsNullable);
    }

    /// <summary>Lowers a lambda's body inline (a comprehension): its parameters belong to a scope of their own.</summary>
    private T InLambdaScope<T>(Func<T> lower)
    {
        var saved = _function;
        _function = new FunctionScope(saved?.Type, saved?.IsStatic ?? true, saved);
        try
        {
            return lower();
        }
        finally
        {
            _function = saved;
        }
    }

    /// <summary>
    /// Select/Where over an iterator (which may never end) feeding another LINQ call stay generators, so that
    /// <c>Naturals().Where(p).Take(3)</c> stops; over a collection they are list comprehensions.
    /// </summary>
    private bool Lazy(LibraryCall call, bool sized, PyExpression source) => !sized && !IsPythonList(source) && FeedsLinq(call.Syntax) || ReadsWhatTheLoopAssigns(call);

    private static bool IsPythonList(PyExpression e) => e is PyComprehension { Generator: false } or PyList or PyCall { Function: PyName { Id: "sorted" or "list" } };

    /// <summary>
    /// <c>foreach (var d in ds.Where(d =&gt; cents &gt;= d)) cents %= d;</c>: LINQ runs the lambda as the loop advances,
    /// so it sees what the body assigned; a generator does the same, a list would test every item up front.
    /// </summary>
    private bool ReadsWhatTheLoopAssigns(LibraryCall call) =>
        call.Syntax.Parent is ForEachStatementSyntax loop && loop.Expression == call.Syntax
        && call.Arguments.SelectMany(a => a.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Select(n => SymbolOf(n)).OfType<ISymbol>().Where(s => s is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol)
            .Any(s => Assigns(loop.Statement, s));

    /// <summary><c>group_by(items, key)</c>, with the element selector where GroupBy or ToLookup has one.</summary>
    private PyExpression GroupBy(LibraryCall call, PyExpression source)
    {
        var (target, key) = Predicate(call.Arguments[0]);
        List<PyExpression> arguments = [source, new PyLambda([((PyName)target).Id], key)];
        if (call.Count == 2)
        {
            var (elementTarget, element) = Predicate(call.Arguments[1]);
            arguments.Add(new PyLambda([((PyName)elementTarget).Id], element));
        }
        return new PyCall(Helper(CSharpHelpers.GroupBy), arguments);
    }

    private bool IsOneParameterFunction(ExpressionSyntax argument) =>
        argument is SimpleLambdaExpressionSyntax || argument is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 }
        || SymbolOf(argument) is IMethodSymbol { Parameters.Length: 1 };

    /// <summary>Whether a LINQ call's result is the source of another LINQ call, which consumes it on the spot.</summary>
    private bool FeedsLinq(ExpressionSyntax call) =>
        call.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } member && member.Expression == call
        && SymbolOf(outer) is IMethodSymbol { ContainingType: { Name: "Enumerable", ContainingNamespace.Name: "Linq" } };

    /// <summary>
    /// OrderBy(k1).ThenBy(k2)...: stable sorts applied from the last key to the first, which orders by k1, then k2
    /// among equals (the same result as LINQ, whose sorts are stable too).
    /// </summary>
    private PyExpression ChainedSort(LibraryCall call)
    {
        var keys = new List<(ExpressionSyntax Key, ExpressionSyntax? Comparer, bool Descending)>();
        ExpressionSyntax current = call.Syntax;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } link
            && SymbolOf(link) is IMethodSymbol { Name: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } m && link.ArgumentList.Arguments.Count is 1 or 2)
        {
            var arguments = link.ArgumentList.Arguments;
            keys.Insert(0, (arguments[0].Expression, arguments.ElementAtOrDefault(1)?.Expression, m.Name.EndsWith("Descending", StringComparison.Ordinal)));
            current = member.Expression;
            if (m.Name.StartsWith("OrderBy", StringComparison.Ordinal))
            {
                break;
            }
        }
        if (keys.Count == 0 || current == call.Syntax)
        {
            throw Unsupported(call.Syntax, "ThenBy without OrderBy is not translated");
        }
        var result = LowerIterable(current);
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var (target, key) = SortKey(keys[i].Key, keys[i].Comparer);
            var keywords = new List<PyKeyword> { new("key", new PyLambda([((PyName)target).Id], key)) };
            if (keys[i].Descending)
            {
                keywords.Add(new PyKeyword("reverse", PyConstant.True));
            }
            result = new PyCall(Py.Name("sorted"), [result], keywords);
        }
        return result;
    }

    /// <summary>A second lambda over the same element, renamed to the first one's variable when their names differ.</summary>
    private (PyExpression Target, PyExpression Body) PredicateOver(ExpressionSyntax argument, PyExpression target)
    {
        var (own, body) = Predicate(argument);
        if (own is PyName a && target is PyName b && a.Id != b.Id)
        {
            return (target, new PyCall(new PyLambda([a.Id], body), [target]));
        }
        return (target, body);
    }

    private PyExpression? LowerEnumerableStatic(LibraryCall call) => (call.Name, call.Count) switch
    {
        ("Range", 2) => Py.Literal(Arg(call, 0)) is { } start && Py.Literal(Arg(call, 1)) is { } count
            ? Py.Call("range", Py.Number(start), Py.Number(start + count))
            : Py.Call("range", Arg(call, 0), Py.Binary(Arg(call, 0), PyBinaryOperator.Add, Arg(call, 1))),
        ("Repeat", 2) => Py.Binary(new PyList([Arg(call, 0)]), PyBinaryOperator.Multiply, Arg(call, 1)),
        ("Empty", 0) => new PyList([]),
        _ => null,
    };
}
