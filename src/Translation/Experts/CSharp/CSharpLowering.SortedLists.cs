using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// <c>SortedList&lt;TKey, TValue&gt;</c> as the <c>SortedList</c> helper class (see <see cref="CSharpHelpers"/>):
/// a dictionary to the rest of the lowering (indexer, <c>ContainsKey</c>, <c>TryGetValue</c>, <c>Remove</c>,
/// <c>Keys</c>, <c>Values</c>, <c>foreach</c>), with its own <c>Add</c>, which refuses a key already there, and
/// the index methods. Its comparer: the keys' own order (<c>IComparable</c>, a source type's <c>CompareTo</c>),
/// <c>Comparer&lt;T&gt;.Create(lambda)</c> or a source class implementing <c>IComparer&lt;T&gt;</c>.
/// </summary>
internal sealed partial class CSharpLowering
{
    private static bool IsSortedList(ITypeSymbol? type) => type is not null && FullName(type) == "System.Collections.Generic.SortedList";

    /// <summary><c>new SortedList&lt;K, V&gt;(capacity | comparer | dictionary, ...) { {k, v} | [k] = v }</c>.</summary>
    private PyExpression CreateSortedList(BaseObjectCreationExpressionSyntax creation, List<ExpressionSyntax> arguments, InitializerExpressionSyntax? initializer)
    {
        PyExpression compare = PyConstant.None;
        PyExpression? items = null;
        foreach (var argument in arguments)
        {
            switch (KindOf(argument))
            {
                case CsKind.Int:
                    break; // a capacity changes nothing
                case CsKind.Dictionary:
                    items = Py.Method(Lower(argument), "items");
                    break;
                default:
                    compare = Comparison(argument) ?? throw Unsupported(argument, $"a SortedList with the comparer {argument} is not translated");
                    break;
            }
        }
        if (initializer is { Expressions.Count: > 0 })
        {
            if (items is not null)
            {
                throw Unsupported(creation, "a SortedList built from a dictionary and an initializer is not translated");
            }
            // Index initializers set (the last value wins); Add initializers refuse a key already there, as Add does.
            items = initializer.Expressions.All(e => e is AssignmentExpressionSyntax)
                ? Py.Method(new PyDict([.. initializer.Expressions.Select(DictionaryEntry)]), "items")
                : initializer.Expressions.All(e => e is InitializerExpressionSyntax)
                    ? new PyList([.. initializer.Expressions.Select(DictionaryEntry).Select(entry => (PyExpression)new PyTuple([entry.Key, entry.Value]))])
                    : throw Unsupported(initializer, "a SortedList initializer mixing Add and index entries is not translated");
        }
        var sortedList = Helper(CSharpHelpers.SortedList);
        return items is not null ? new PyCall(sortedList, [compare, items])
            : compare is PyConstant { Keyword: "None" } ? new PyCall(sortedList, []) : new PyCall(sortedList, [compare]);
    }

    /// <summary>
    /// A key comparer as a Python comparison function: None for the keys' own order (<c>Comparer&lt;T&gt;.Default</c>,
    /// <c>StringComparer.Ordinal</c>); null where it is not translated.
    /// </summary>
    private PyExpression? Comparison(ExpressionSyntax comparer)
    {
        if (SymbolOf(comparer) is IPropertySymbol { Name: "Default", ContainingType.Name: "Comparer" } or IPropertySymbol { Name: "Ordinal", ContainingType.Name: "StringComparer" })
        {
            return PyConstant.None;
        }
        if (comparer is InvocationExpressionSyntax { ArgumentList.Arguments: [var lambda] } && SymbolOf(comparer) is IMethodSymbol { Name: "Create", ContainingType.Name: "Comparer" })
        {
            return Lower(lambda.Expression);
        }
        if (TypeOf(comparer) is INamedTypeSymbol type && IsFromSource(type)
            && type.AllInterfaces.FirstOrDefault(i => i.Name == "IComparer" && i.ContainingNamespace.ToDisplayString() == "System.Collections.Generic") is { } comparerInterface
            && type.FindImplementationForInterfaceMember(comparerInterface.GetMembers("Compare")[0]) is IMethodSymbol compare)
        {
            return new PyMember(Lower(comparer), NameOf(compare));
        }
        return null;
    }

    /// <summary>SortedList's own methods; null for those it shares with Dictionary.</summary>
    private PyExpression? LowerSortedListMethod(LibraryCall call, PyExpression list, ITypeSymbol? type) => !IsSortedList(type) ? null : (call.Name, call.Count) switch
    {
        ("Add", 2) or ("SetValueAtIndex", 2) => Py.Method(list, call.Name, Arg(call, 0), Arg(call, 1)),
        ("RemoveAt" or "IndexOfKey" or "IndexOfValue" or "GetKeyAtIndex" or "GetValueAtIndex", 1) => Py.Method(list, call.Name, Arg(call, 0)),
        ("TrimExcess", 0) => PyConstant.None,
        ("ContainsKey" or "ContainsValue" or "Remove" or "TryGetValue" or "Clear" or "GetValueOrDefault" or "TryAdd", _) => null,
        _ => throw Unsupported(call.Syntax, $"SortedList.{call.Name} is not translated"),
    };

    /// <summary>System.DayOfWeek: the DayOfWeek helper enum (Sunday = 0).</summary>
    private static bool IsDayOfWeek(ITypeSymbol? type) => type is not null && FullName(type) == "System.DayOfWeek";

    /// <summary><c>date.DayOfWeek</c>: isoweekday counts Monday 1 to Sunday 7; .NET Sunday 0 to Saturday 6.</summary>
    private PyExpression DayOfWeekOf(PyExpression date) =>
        new PyCall(Helper(CSharpHelpers.DayOfWeek), [Py.Binary(Py.Method(date, "isoweekday"), PyBinaryOperator.Modulo, Py.Number(7))]);

    private bool? _keyOrderedDictionaries;

    /// <summary>
    /// Whether the program builds a SortedDictionary with its own comparer: then every sorted dictionary is walked
    /// through ordered_keys/ordered_items, which read the order a KeyOrderedDict carries (a variable may hold either).
    /// </summary>
    private bool UsesKeyOrderedDictionaries => _keyOrderedDictionaries ??= _model.SyntaxTree.GetRoot(_cancellationToken)
        .DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()
        .Any(c => c.ArgumentList is { Arguments: [var only] } && IsOwnComparer(only.Expression) && TypeOf(c) is { } t && FullName(t) == "System.Collections.Generic.SortedDictionary");

    /// <summary>A comparer that orders otherwise than the keys' own order: <c>Comparer&lt;T&gt;.Create(...)</c> or a source IComparer.</summary>
    private bool IsOwnComparer(ExpressionSyntax comparer) =>
        SymbolOf(comparer) is IMethodSymbol { Name: "Create", ContainingType.Name: "Comparer" } || TypeOf(comparer) is INamedTypeSymbol { TypeKind: TypeKind.Class } type && IsFromSource(type) && IsKeyComparer(type);

    private PyExpression SortedKeys(PyExpression dictionary) =>
        UsesKeyOrderedDictionaries ? new PyCall(Helper(CSharpHelpers.OrderedKeys), [dictionary]) : Py.Call("sorted", dictionary);

    private PyExpression SortedItems(PyExpression dictionary) =>
        UsesKeyOrderedDictionaries ? new PyCall(Helper(CSharpHelpers.OrderedItems), [dictionary]) : Py.Call("sorted", Py.Method(dictionary, "items"));
}
