using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

internal sealed partial class CSharpLowering
{
    /// <summary>
    /// The binary operators of this type with the same token whose first operand is this type
    /// (<c>Matrix * double</c>, <c>Matrix * Matrix</c>, <c>Matrix * Vec3</c>), when there are several and a run-time
    /// test of the second operand picks the one C# resolves: each a source class or struct none of the others
    /// derives from, or one number type (an int argument converts to a double parameter in C#). Null otherwise.
    /// </summary>
    private List<(IMethodSymbol Symbol, OperatorDeclarationSyntax Syntax)>? OverloadsByOperand(OperatorDeclarationSyntax op, IMethodSymbol symbol, INamedTypeSymbol type)
    {
        var group = ((TypeDeclarationSyntax)op.Parent!).Members.OfType<OperatorDeclarationSyntax>()
            .Where(o => o.OperatorToken.IsKind(op.OperatorToken.Kind()) && o.ParameterList.Parameters.Count == 2)
            .Select(o => (Symbol: _model.GetDeclaredSymbol(o, _cancellationToken)!, Syntax: o))
            .Where(o => SymbolEqualityComparer.Default.Equals(o.Symbol.Parameters[0].Type, type))
            .ToList();
        if (group.Count < 2 || symbol.Parameters.Length != 2)
        {
            return null;
        }
        var seconds = group.Select(o => o.Symbol.Parameters[1].Type).ToList();
        var numbers = seconds.Count(t => Classify(t) is CsKind.Int or CsKind.Float);
        var testable = seconds.All(t => Classify(t) is CsKind.Int or CsKind.Float && !IsDecimal(t)
            || t is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } && IsFromSource(t) && !seconds.Any(u => !SymbolEqualityComparer.Default.Equals(u, t) && DerivesFrom(u, t)));
        return testable && numbers <= 1 && seconds.Distinct(SymbolEqualityComparer.Default).Count() == seconds.Count ? group : null;
    }

    private static bool DerivesFrom(ITypeSymbol type, ITypeSymbol ancestor) =>
        type.BaseType is { } b && (SymbolEqualityComparer.Default.Equals(b, ancestor) || DerivesFrom(b, ancestor));

    /// <summary>
    /// One overload as <c>op_mul_2(a, b)</c>; the first of the group also defines <c>__mul__</c>, which calls the
    /// overload the second operand's run-time type selects, in declaration order.
    /// </summary>
    private IEnumerable<PyStatement> OperatorOverload(string name, List<PyParameter> parameters, List<PyStatement> body,
        List<(IMethodSymbol Symbol, OperatorDeclarationSyntax Syntax)> group, OperatorDeclarationSyntax op)
    {
        string Overload(int i) => $"op{name.Trim('_')}_{i + 1}";
        var index = group.FindIndex(o => o.Syntax == op);
        yield return new PyFunctionDef(Overload(index), parameters, body);
        if (index != 0)
        {
            yield break;
        }
        var (self, other) = (Py.Name("self"), Py.Name("other"));
        var dispatch = new List<PyStatement>();
        for (var i = 0; i < group.Count; i++)
        {
            var second = group[i].Symbol.Parameters[1].Type;
            PyExpression test = Classify(second) switch
            {
                CsKind.Int => Py.Name("int"),
                CsKind.Float => new PyTuple([Py.Name("int"), Py.Name("float")]),
                _ => Py.Name(NameOf(second)),
            };
            dispatch.Add(new PyIf(Py.Call("isinstance", other, test), [new PyReturn(Py.Method(self, Overload(i), other))], []));
        }
        dispatch.Add(new PyReturn(Py.Name("NotImplemented")));
        yield return new PyFunctionDef(name, [new("self"), new("other")], dispatch);
    }
}
