using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Object, collection and array creation: collections and builders as their Python counterparts, user classes called, exceptions mapped with .NET's messages, object initializers built in front of the statement.</summary>
internal sealed partial class CSharpLowering
{
    private PyExpression LowerCreation(BaseObjectCreationExpressionSyntax creation)
    {
        var type = TypeOf(creation);
        var kind = Classify(type);
        var arguments = creation.ArgumentList?.Arguments.Select(a => a.Expression).ToList() ?? [];
        var initializer = creation.Initializer;
        if (LowerRegexCreation(type, arguments) is { } regex)
        {
            return regex;
        }
        if (kind is CsKind.Dictionary or CsKind.Set && !IsSortedList(type) && arguments.FirstOrDefault(IsStringComparer) is { } comparer)
        {
            // new Dictionary<string, V>(StringComparer.OrdinalIgnoreCase): the dictionary built without it, then given its key comparison.
            arguments.Remove(comparer);
            return WithKeyComparer(comparer, LowerCollectionCreation(creation, type, kind, arguments, initializer));
        }
        if (IsSorted(type) && arguments.FirstOrDefault(a => IsKeyComparer(TypeOf(a))) is { } keyComparer && Comparison(keyComparer) is not PyConstant { Keyword: "None" })
        {
            if (kind == CsKind.Dictionary && arguments.Count == 1 && initializer is null or { Expressions.Count: 0 } && IsOwnComparer(keyComparer) && Comparison(keyComparer) is { } compare)
            {
                // A dict carrying its key order; sorted dictionaries are then walked in the order each carries.
                return Py.Call(Helper(CSharpHelpers.KeyOrderedDict).Id, Py.Call("functools.cmp_to_key", compare));
            }
            // Python's sorted() here would order by the keys' own order, and a set or dict would take the comparer for items.
            throw Unsupported(keyComparer, $"a {type!.Name} with the comparer {keyComparer} is not translated (a SortedList with it is, and a SortedDictionary with Comparer.Create or its own IComparer)");
        }
        return LowerCollectionCreation(creation, type, kind, arguments, initializer);
    }

    private static bool IsKeyComparer(ITypeSymbol? type) =>
        type is not null && (type.Name == "IComparer" || type.AllInterfaces.Any(i => i.Name == "IComparer"));

    private PyExpression LowerCollectionCreation(BaseObjectCreationExpressionSyntax creation, ITypeSymbol? type, CsKind kind, List<ExpressionSyntax> arguments, InitializerExpressionSyntax? initializer)
    {
        if (type is not null && IsFromSource(type))
        {
            var ctor = SymbolOf(creation) as IMethodSymbol;
            PyExpression instance = new PyCall(Py.Name(NameOf(type)), creation.ArgumentList is null ? [] : LowerArguments(creation.ArgumentList, ctor), ctor is null || creation.ArgumentList is null ? null : Keywords(creation.ArgumentList, ctor));
            return initializer is null ? instance : ObjectInitializer(creation, instance, initializer);
        }
        if (initializer is not null && initializer.IsKind(SyntaxKind.ObjectInitializerExpression) && initializer.Expressions.Count > 0 && kind != CsKind.Dictionary)
        {
            throw Unsupported(initializer, $"an object initializer on the library type {type?.ToDisplayString()} is not translated");
        }
        var items = initializer?.Expressions ?? default;
        PyExpression? Source() => arguments.Count == 1 && KindOf(arguments[0]) != CsKind.Int ? LowerIterable(arguments[0]) : null;
        switch (kind)
        {
            case CsKind.List:
                return initializer is not null ? new PyList([.. items.Select(Lower)]) : Source() is { } source ? Py.Call("list", source) : new PyList([]);
            case CsKind.Stack:
                return Source() is { } stackSource ? Py.Call("list", stackSource) : new PyList([]);
            case CsKind.PriorityQueue when arguments.All(a => KindOf(a) == CsKind.Int) && initializer is null:
                return new PyList([]); // a heap of (priority, arrival, element) entries; a capacity changes nothing
            case CsKind.PriorityQueue:
                throw Unsupported(creation, "a PriorityQueue with a comparer or initial items is not translated");
            case CsKind.Set:
                return initializer is not null && items.Count > 0 ? new PySet([.. items.Select(Lower)]) : Source() is { } setSource ? Py.Call("set", setSource) : new PySet([]);
            case CsKind.Queue when IsNodeLinkedList(type):
                return NodeLinkedList(Source());
            case CsKind.Queue:
                var deque = Imported("collections", "deque");
                return Source() is { } queueSource ? Py.Call(deque.Id, queueSource) : Py.Call(deque.Id);
            case CsKind.Dictionary when IsSortedList(type):
                return CreateSortedList(creation, arguments, initializer);
            case CsKind.Dictionary:
                if (initializer is not null)
                {
                    return new PyDict([.. items.Select(DictionaryEntry)]);
                }
                return Source() is { } dictSource ? Py.Call("dict", dictSource) : new PyDict([]);
            case CsKind.StringBuilder:
                return arguments.Count == 1 && KindOf(arguments[0]) == CsKind.String ? Py.Call("list", Lower(arguments[0])) : new PyList([]);
            case CsKind.String when arguments.Count == 2:
                return Py.Binary(LowerCore(arguments[0]), PyBinaryOperator.Multiply, Lower(arguments[1]));
            case CsKind.String when arguments.Count == 1:
                return Py.Method(new PyString(string.Empty), "join", Lower(arguments[0]));
            case CsKind.Date:
                return CreateDate(creation, arguments);
            case CsKind.Tuple or CsKind.KeyValuePair:
                return new PyTuple([.. arguments.Select(Lower)]);
        }
        if (type is not null && RaisedException(type) is { } exception)
        {
            var created = new PyCall(Py.Name(exception), ExceptionMessage(type.Name, arguments));
            var members = new List<PyKeyword>();
            // new InvalidOperationException("m", inner): the inner exception is the Python cause, read back by InnerException.
            if (InnerExceptionArgument(arguments) is { } inner)
            {
                members.Add(new PyKeyword("__cause__", Lower(inner)));
            }
            if (ReadsParamName && ArgumentParts(type.Name, arguments).Parameter is { } parameter)
            {
                members.Add(new PyKeyword("ParamName", Lower(parameter)));
            }
            return members.Count > 0 ? new PyCall(Helper(CSharpHelpers.With), [created], members) : created;
        }
        if (type is { Name: "Random" })
        {
            throw Unsupported(creation, "System.Random draws a different sequence than Python's random; not translated");
        }
        throw Unsupported(creation, $"creating {type?.ToDisplayString() ?? creation.ToString()} is not translated");
    }

    /// <summary>The argument of an exception constructor that is its inner exception (typed Exception or a subclass).</summary>
    private ExpressionSyntax? InnerExceptionArgument(IReadOnlyList<ExpressionSyntax> arguments) =>
        arguments.FirstOrDefault(a => TypeOf(a) is { } t && IsExceptionType(t));

    private static bool IsExceptionType(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == "Exception" && t.ContainingNamespace?.ToDisplayString() == "System")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The message .NET gives the exception (Message appends the parameter name for Argument* exceptions).</summary>
    private List<PyExpression> ExceptionMessage(string typeName, List<ExpressionSyntax> arguments)
    {
        var (message, parameter) = ArgumentParts(typeName, arguments);
        PyExpression? text = message is null ? null : Lower(message);
        if (message is null && parameter is not null)
        {
            text = new PyString(typeName == "ArgumentNullException" ? "Value cannot be null." : "Specified argument was out of the range of valid values.");
        }
        if (text is not null && parameter is not null)
        {
            text = Py.Binary(Py.Binary(Py.Binary(text, PyBinaryOperator.Add, new PyString(" (Parameter '")), PyBinaryOperator.Add, Lower(parameter)), PyBinaryOperator.Add, new PyString("')"));
            if (text is PyBinary { Left: PyBinary { Left: PyBinary { Left: PyString a, Right: PyString b }, Right: PyString c }, Right: PyString d })
            {
                text = new PyString(a.Value + b.Value + c.Value + d.Value);
            }
        }
        return text is null ? [] : [text];
    }

    /// <summary>The message and parameter name an exception constructor takes (their order differs among the Argument* exceptions).</summary>
    private (ExpressionSyntax? Message, ExpressionSyntax? Parameter) ArgumentParts(string typeName, List<ExpressionSyntax> arguments)
    {
        var strings = arguments.Where(a => KindOf(a) == CsKind.String).ToList();
        return typeName switch
        {
            "ArgumentException" => (strings.ElementAtOrDefault(0), strings.ElementAtOrDefault(1)),
            "ArgumentNullException" or "ArgumentOutOfRangeException" => (strings.ElementAtOrDefault(1), strings.ElementAtOrDefault(0)),
            _ => (strings.ElementAtOrDefault(0), null),
        };
    }

    private PyDictEntry DictionaryEntry(ExpressionSyntax item) => item switch
    {
        InitializerExpressionSyntax { Expressions: [var key, var value] } => new PyDictEntry(Lower(key), Lower(value)),
        AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: [var key] } } assignment => new PyDictEntry(Lower(key.Expression), Lower(assignment.Right)),
        _ => throw Unsupported(item, "this dictionary initializer entry is not translated"),
    };

    /// <summary><c>new P { X = 1 }</c>: a temporary built in front of the statement, its members assigned, then used.</summary>
    private PyExpression ObjectInitializer(SyntaxNode creation, PyExpression instance, InitializerExpressionSyntax initializer)
    {
        if (!initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return SourceCollectionInitializer(creation, instance, initializer);
        }
        var members = new List<(ISymbol Symbol, ExpressionSyntax Value)>();
        var indexed = new List<(IReadOnlyList<ExpressionSyntax> Keys, ExpressionSyntax Value)>();
        foreach (var expression in initializer.Expressions)
        {
            switch (expression)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } assignment when SymbolOf(member) is { } symbol && indexed.Count == 0:
                    members.Add((symbol, assignment.Right));
                    break;
                // new SparseMatrix(2, 6) { [0, 0] = 3.0 }: the source indexer's setter, one tuple key for several parameters.
                case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: > 0 } keys } } assignment
                    when SymbolOf(assignment.Left) is IPropertySymbol { IsIndexer: true } indexer && IsFromSource(indexer):
                    indexed.Add(([.. keys.Select(k => k.Expression)], assignment.Right));
                    break;
                default:
                    throw Unsupported(expression, "this object initializer entry is not translated");
            }
        }
        if (_pre is null || IsConditionallyEvaluated(creation))
        {
            // Under ?:, &&, a switch arm or a lambda the object must be built where it stands: cs_with(C(...), A=1).
            return indexed.Count == 0
                ? new PyCall(Helper(CSharpHelpers.With), [instance], [.. members.Select(m => new PyKeyword(NameOf(m.Symbol), Lower(m.Value)))])
                : throw Unsupported(initializer, "an indexer in an object initializer that runs only on some paths is not translated");
        }
        var temporary = Temporary("created");
        Hoist(creation, new PyAssign([Py.Name(temporary)], instance));
        foreach (var (symbol, value) in members)
        {
            Hoist(creation, new PyAssign([new PyMember(Py.Name(temporary), NameOf(symbol))], Lower(value)));
        }
        foreach (var (keys, value) in indexed)
        {
            var key = keys.Count == 1 ? Lower(keys[0]) : new PyTuple([.. keys.Select(Lower)]);
            Hoist(creation, new PyAssign([new PySubscript(Py.Name(temporary), key)], Lower(value)));
        }
        return Py.Name(temporary);
    }

    /// <summary>
    /// <c>new Album("owner") { stamp1, stamp2 }</c> on a class of the program: a temporary built in front of the
    /// statement and the class's own <c>Add</c> called for each item, as C# does.
    /// </summary>
    private PyExpression SourceCollectionInitializer(SyntaxNode creation, PyExpression instance, InitializerExpressionSyntax initializer)
    {
        var adds = initializer.Expressions
            .Select(item => (Item: item, Add: _model.GetCollectionInitializerSymbolInfo(item, _cancellationToken).Symbol as IMethodSymbol))
            .ToList();
        if (_pre is null || IsConditionallyEvaluated(creation) || adds.Exists(a => a.Add is null || !IsFromSource(a.Add) || a.Add.IsStatic))
        {
            throw Unsupported(initializer, "a collection initializer on this type is not translated");
        }
        var temporary = Temporary("created");
        Hoist(creation, new PyAssign([Py.Name(temporary)], instance));
        foreach (var (item, add) in adds)
        {
            IEnumerable<ExpressionSyntax> arguments = item is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } complex ? complex.Expressions : [item];
            Hoist(creation, new PyExpressionStatement(new PyCall(new PyMember(Py.Name(temporary), NameOf(add!)), [.. arguments.Select(Lower)])));
        }
        return Py.Name(temporary);
    }

    private PyExpression LowerArrayCreation(ArrayCreationExpressionSyntax creation)
    {
        if (creation.Initializer is { } initializer)
        {
            return LowerArrayInitializer(initializer);
        }
        var arrayType = (IArrayTypeSymbol)TypeOf(creation)!;
        var sizes = creation.Type.RankSpecifiers[0].Sizes.Select(Lower).ToList();
        // Jagged arrays: new int[n][] leaves the inner arrays null.
        var element = creation.Type.RankSpecifiers.Count > 1 ? PyConstant.None : DefaultValue(ElementTypeOf(arrayType));
        return Filled(element, sizes);
    }

    private static ITypeSymbol ElementTypeOf(IArrayTypeSymbol array) => array.ElementType;

    /// <summary>
    /// [v] * n, and for more dimensions [[v] * m for _ in range(n)] (each row its own list). A struct default
    /// (<c>Counter()</c>) is an object: each slot gets its own, [Counter() for _ in range(n)].
    /// </summary>
    private static PyExpression Filled(PyExpression element, List<PyExpression> sizes)
    {
        PyExpression result = element is PyCall
            ? new PyComprehension(element, Py.Name("_"), Py.Call("range", sizes[^1]))
            : Py.Binary(new PyList([element]), PyBinaryOperator.Multiply, sizes[^1]);
        for (var i = sizes.Count - 2; i >= 0; i--)
        {
            result = new PyComprehension(result, Py.Name("_"), Py.Call("range", sizes[i]));
        }
        return result;
    }

    private PyExpression LowerArrayInitializer(InitializerExpressionSyntax initializer) =>
        new PyList([.. initializer.Expressions.Select(e => e is InitializerExpressionSyntax nested ? LowerArrayInitializer(nested) : Lower(e))]);

    private PyExpression LowerCollectionExpression(CollectionExpressionSyntax collection)
    {
        if (collection.Elements.Any(e => e is not ExpressionElementSyntax))
        {
            throw Unsupported(collection, "spread elements in collection expressions are not translated");
        }
        var items = collection.Elements.Cast<ExpressionElementSyntax>().Select(e => Lower(e.Expression)).ToList();
        return Classify(ConvertedTypeOf(collection)) switch
        {
            CsKind.Set => new PySet(items),
            CsKind.Queue => Py.Call(Imported("collections", "deque").Id, new PyList(items)),
            CsKind.Dictionary => new PyDict([]),
            _ => new PyList(items),
        };
    }
}
