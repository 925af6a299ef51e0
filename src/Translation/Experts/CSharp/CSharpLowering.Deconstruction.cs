using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Deconstruction through a type's own <c>Deconstruct(out a, out b, ...)</c>: the type gets an <c>__iter__</c>
/// over what its Deconstruct returns, so <c>var (x, y) = v</c>, <c>foreach (var (x, y) in vs)</c> and nested
/// deconstructions unpack it as Python unpacks a tuple. Where <c>__iter__</c> cannot stand for the method C#
/// calls (several Deconstruct overloads, a type that is also a sequence, an extension or library Deconstruct
/// other than a pair's), the deconstruction is reported instead of failing at run time.
/// </summary>
internal sealed partial class CSharpLowering
{
    /// <summary>The one Deconstruct of a source type that <c>__iter__</c> stands for, or null when there is none or it would be ambiguous.</summary>
    private static IMethodSymbol? IterableDeconstruct(INamedTypeSymbol type)
    {
        var declared = type.GetMembers("Deconstruct").OfType<IMethodSymbol>()
            .Where(m => m is { IsStatic: false, IsImplicitlyDeclared: false, ReturnsVoid: true, MethodKind: MethodKind.Ordinary })
            .ToList();
        if (declared is not [var only] || only.Parameters.Length < 2 || only.Parameters.Any(p => p.RefKind != RefKind.Out))
        {
            return null;
        }
        // A record's synthesized Deconstruct of another arity, or a sequence's own __iter__, would claim __iter__ too.
        var synthesized = type.GetMembers("Deconstruct").OfType<IMethodSymbol>().Any(m => m.IsImplicitlyDeclared);
        var enumerable = type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)
            || type.GetMembers("GetEnumerator").Length > 0 || ContainerBase(type) is not null;
        return synthesized || enumerable ? null : only;
    }

    /// <summary><c>def __iter__(self): return iter(self.Deconstruct())</c> for a type whose own Deconstruct <c>__iter__</c> stands for.</summary>
    private IEnumerable<PyStatement> DeconstructIterator(INamedTypeSymbol type)
    {
        if (IterableDeconstruct(type) is not { } deconstruct)
        {
            yield break;
        }
        var self = Py.Name("self");
        yield return new PyFunctionDef("__iter__", [new PyParameter("self")],
            [new PyReturn(Py.Call("iter", Py.Method(self, NameOf(deconstruct))))]);
    }

    /// <summary>Reports a deconstruction (<c>var (a, b) = v</c>, <c>foreach (var (a, b) in vs)</c>) whose Deconstruct calls Python's unpacking would not make.</summary>
    private void CheckDeconstruction(SyntaxNode node)
    {
        var info = node switch
        {
            AssignmentExpressionSyntax assignment => _model.GetDeconstructionInfo(assignment),
            ForEachVariableStatementSyntax loop => _model.GetDeconstructionInfo(loop),
            _ => default,
        };
        CheckDeconstruction(info, node);
    }

    private static void CheckDeconstruction(DeconstructionInfo info, SyntaxNode where)
    {
        if (info.Method is { } method && !UnpacksAsPython(method))
        {
            throw Unsupported(where, $"deconstruction through {method.ContainingType?.Name}.Deconstruct is not translated"
                + (IsFromSource(method) ? " (the type declares several Deconstruct methods or is also a sequence)" : string.Empty));
        }
        foreach (var nested in info.Nested)
        {
            CheckDeconstruction(nested, where);
        }
    }

    /// <summary>Whether Python's unpacking of the lowered value calls what this Deconstruct returns.</summary>
    private static bool UnpacksAsPython(IMethodSymbol method)
    {
        if (method.IsExtensionMethod || method.ReducedFrom is not null)
        {
            return false;
        }
        var type = method.ContainingType;
        if (method.IsImplicitlyDeclared)
        {
            return type.IsRecord; // the positional Deconstruct, __iter__ of the record
        }
        if (IsFromSource(method))
        {
            // The declaring type's __iter__, which derived types inherit.
            return SymbolEqualityComparer.Default.Equals(IterableDeconstruct(type)?.OriginalDefinition, method.OriginalDefinition);
        }
        // A KeyValuePair is a (key, value) tuple in Python; System.Tuple is a tuple.
        return FullName(type) is "System.Collections.Generic.KeyValuePair" or "System.Tuple";
    }
}
