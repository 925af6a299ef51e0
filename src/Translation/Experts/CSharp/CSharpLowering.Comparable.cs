using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// A source type that implements <c>IComparable&lt;T&gt;</c> (or <c>IComparable</c>) with its own CompareTo is ordered
/// by it wherever .NET's default comparer orders it (SortedSet, SortedDictionary, OrderBy(x =&gt; x), Sort(), Min,
/// Max): Python's sorted, min and max ask <c>&lt;</c> and <c>&gt;</c>, so the class gets <c>__lt__</c> and
/// <c>__gt__</c> calling CompareTo, unless it declares those operators itself.
/// </summary>
internal sealed partial class CSharpLowering
{
    private IEnumerable<PyStatement> ComparisonMethods(INamedTypeSymbol type)
    {
        if (!type.Interfaces.Any(i => i.Name == "IComparable" && i.ContainingNamespace?.ToDisplayString() == "System")
            || type.GetMembers("op_LessThan").Length > 0 || type.GetMembers("op_GreaterThan").Length > 0)
        {
            yield break;
        }
        var compareTo = type.GetMembers("CompareTo").OfType<IMethodSymbol>()
            .Where(m => !m.IsStatic && m.Parameters.Length == 1 && m.DeclaredAccessibility == Accessibility.Public)
            .OrderBy(m => SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type) ? 0 : 1)
            .FirstOrDefault();
        if (compareTo is null)
        {
            yield break;
        }
        var self = Py.Name("self");
        var other = Py.Name("other");
        foreach (var (dunder, test) in new[] { ("__lt__", PyCompareOperator.Less), ("__gt__", PyCompareOperator.Greater) })
        {
            yield return new PyFunctionDef(dunder, [new PyParameter("self"), new PyParameter("other")],
                [new PyReturn(Py.Compare(new PyCall(new PyMember(self, NameOf(compareTo)), [other]), test, Py.Number(0)))]);
        }
    }
}
