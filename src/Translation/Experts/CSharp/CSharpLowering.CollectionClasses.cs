using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Classes of the source that derive from <c>List&lt;T&gt;</c>, <c>Dictionary&lt;K, V&gt;</c> or <c>HashSet&lt;T&gt;</c>
/// (<c>class RouteValues : Dictionary&lt;string, object&gt;</c>) derive from Python's <c>list</c>, <c>dict</c> or
/// <c>set</c>, which stand for those collections everywhere else, so the inherited members (<c>this[key]</c>,
/// <c>Add</c>, <c>Count</c>, <c>foreach</c>, LINQ over <c>this</c>) translate as on the collection itself. What the
/// Python container does differently from the .NET class is put back: C# compares and hashes such an object by
/// reference (Python's containers by value, and refuse to hash), and its default ToString is the type's name.
/// </summary>
internal sealed partial class CSharpLowering
{
    // The members of Python's containers that the translation calls on them: a source member by one of
    // these names would hide the container's.
    private static readonly HashSet<string> ContainerMethodNames =
    [
        "append", "add", "clear", "copy", "count", "difference", "discard", "extend", "fromkeys", "get", "index", "insert",
        "intersection", "issubset", "issuperset", "items", "keys", "pop", "popitem", "remove", "reverse", "setdefault",
        "sort", "union", "update", "values",
    ];

    /// <summary>The collection a class of the source derives from (List, Dictionary or HashSet), or Other.</summary>
    private static CsKind CollectionBaseKind(ITypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (!IsFromSource(t))
            {
                return FullName(t) switch
                {
                    "System.Collections.Generic.List" => CsKind.List,
                    "System.Collections.Generic.Dictionary" => CsKind.Dictionary,
                    "System.Collections.Generic.HashSet" => CsKind.Set,
                    _ => CsKind.Other,
                };
            }
        }
        return CsKind.Other;
    }

    /// <summary>The library collection behind <paramref name="type"/>: itself, or the one a class of the source derives from.</summary>
    private static ITypeSymbol? LibraryCollection(ITypeSymbol? type)
    {
        var t = type;
        while (t is { BaseType: not null } && IsFromSource(t))
        {
            t = t.BaseType;
        }
        return t is not null && IsFromSource(t) ? type : t;
    }

    /// <summary>The Python container a class deriving straight from a library collection takes as its base, or null.</summary>
    private static string? ContainerBase(INamedTypeSymbol symbol) =>
        symbol.BaseType is { } baseType && !IsFromSource(baseType) ? CollectionBaseKind(symbol) switch
        {
            CsKind.List => "list",
            CsKind.Dictionary => "dict",
            CsKind.Set => "set",
            _ => null,
        } : null;

    /// <summary>Reference equality and hashing, and .NET's default ToString, for a class deriving from a library collection.</summary>
    private IEnumerable<PyStatement> ContainerClassMembers(TypeDeclarationSyntax declaration, INamedTypeSymbol symbol)
    {
        if (ContainerBase(symbol) is null)
        {
            yield break;
        }
        foreach (var member in symbol.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is IFieldSymbol or IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary }))
        {
            if (ContainerMethodNames.Contains(NameOf(member)))
            {
                throw Unsupported(declaration, $"the member {member.Name} of {symbol.Name} would hide the Python container's method of that name; not translated");
            }
        }
        var overrides = symbol.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsOverride).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (!overrides.Contains("Equals"))
        {
            yield return new PyAssign([Py.Name("__eq__")], new PyMember(Py.Name("object"), "__eq__"));
            yield return new PyAssign([Py.Name("__ne__")], new PyMember(Py.Name("object"), "__ne__"));
        }
        if (!overrides.Contains("GetHashCode"))
        {
            yield return new PyAssign([Py.Name("__hash__")], new PyMember(Py.Name("object"), "__hash__"));
        }
        if (!overrides.Contains("ToString"))
        {
            List<PyStatement> body = symbol.IsGenericType
                ? [.. Untranslated(declaration, $"the default ToString of the generic class {symbol.Name}, which names its type arguments, is not translated")]
                : [new PyReturn(new PyString(symbol.ToDisplayString()))];
            yield return new PyFunctionDef("__str__", [new PyParameter("self")], body);
        }
    }

    /// <summary>
    /// The base constructor's arguments of a class deriving from a library collection: the items to start with
    /// (<c>: base(items)</c>) are what Python's constructor takes; a capacity or a comparer are not.
    /// </summary>
    private void CheckContainerBaseArguments(INamedTypeSymbol type, ArgumentListSyntax argumentList)
    {
        if (ContainerBase(type) is null)
        {
            return;
        }
        foreach (var argument in argumentList.Arguments)
        {
            if (KindOf(argument.Expression) is not (CsKind.List or CsKind.Array or CsKind.Dictionary or CsKind.Set or CsKind.Enumerable))
            {
                throw Unsupported(argument, $"the argument {argument} of the {type.BaseType!.Name} constructor is not translated (only the items to start with)");
            }
        }
    }
}
