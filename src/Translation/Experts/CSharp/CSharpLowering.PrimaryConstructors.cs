using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Primary constructors (C# 12 <c>class C(int x) : Base(x)</c>, structs, and positional records): an
/// <c>__init__</c> taking the parameters. A parameter that a member reads or writes is captured, as C# captures
/// it, in an attribute of its own (<c>self._x</c>), and every use reads that attribute; one only the initializers
/// and the base arguments read stays a local of <c>__init__</c>. A positional record's parameters set the
/// properties the compiler synthesizes for them.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly Dictionary<ISymbol, string?> _captured = new(SymbolEqualityComparer.Default);

    private PyFunctionDef LowerPrimaryConstructor(TypeDeclarationSyntax declaration, ParameterListSyntax primary, INamedTypeSymbol type, string name)
    {
        var parameters = LowerParameters(primary);
        parameters.Insert(0, new PyParameter("self"));
        var body = WithScope(type, () =>
        {
            var statements = new List<PyStatement>();
            var symbols = primary.Parameters.Select(p => _model.GetDeclaredSymbol(p, _cancellationToken)!).ToList();
            foreach (var symbol in symbols)
            {
                _owners[symbol] = _function;
            }
            foreach (var symbol in symbols)
            {
                if (CapturedName(symbol) is { } captured)
                {
                    statements.Add(new PyAssign([new PyMember(Py.Name("self"), captured)], Py.Name(NameOf(symbol))));
                }
            }
            if (declaration is RecordDeclarationSyntax)
            {
                // The synthesized property X of a positional record is initialized from the parameter X first.
                for (var i = 0; i < symbols.Count; i++)
                {
                    if (SynthesizedProperty(type, primary.Parameters[i]) is { } property)
                    {
                        statements.Add(new PyAssign([new PyMember(Py.Name("self"), NameOf(property))], Py.Name(NameOf(symbols[i]))));
                    }
                }
            }
            statements.AddRange(FieldInitializers(declaration));
            statements.AddRange(BaseCall(type, PrimaryBaseArguments(declaration)));
            return statements;
        });
        return new PyFunctionDef(name, parameters, body);
    }

    /// <summary>The arguments of <c>: Base(a, b)</c> in a type's base list (C# 12 and records), or null.</summary>
    private static ArgumentListSyntax? PrimaryBaseArguments(TypeDeclarationSyntax declaration) =>
        declaration.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault()?.ArgumentList;

    /// <summary>The property the compiler synthesized for a positional record parameter (none when the record declares or inherits one).</summary>
    private IPropertySymbol? SynthesizedProperty(INamedTypeSymbol type, ParameterSyntax parameter) =>
        type.GetMembers(parameter.Identifier.ValueText).OfType<IPropertySymbol>()
            .FirstOrDefault(p => p.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) == parameter));

    /// <summary>
    /// The attribute holding a captured primary constructor parameter, or null when the symbol is none or is not
    /// captured (no member outside the field and property initializers uses it).
    /// </summary>
    private string? CapturedName(ISymbol symbol)
    {
        if (symbol is not IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter)
        {
            return null;
        }
        if (_captured.TryGetValue(parameter, out var known))
        {
            return known;
        }
        string? name = null;
        if (constructor.DeclaringSyntaxReferences is [var reference] && reference.GetSyntax(_cancellationToken) is TypeDeclarationSyntax declaration)
        {
            var captured = declaration.Members
                .SelectMany(m => m.DescendantNodes(n => !IsInitializerOf(n, m)))
                .OfType<IdentifierNameSyntax>()
                .Any(n => n.Identifier.ValueText == parameter.Name && SymbolEqualityComparer.Default.Equals(SymbolOf(n), parameter));
            if (captured)
            {
                var taken = new HashSet<string>(StringComparer.Ordinal);
                for (var t = constructor.ContainingType; t is not null && IsFromSource(t); t = t.BaseType)
                {
                    taken.UnionWith(t.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.Constructor }).Select(NameOf));
                }
                taken.UnionWith(_captured.Values.OfType<string>());
                name = "_" + NameOf(parameter);
                for (var n = 2; taken.Contains(name); n++)
                {
                    name = $"_{NameOf(parameter)}_{n}"; // not __x, which Python would mangle
                }
            }
        }
        _captured[parameter] = name;
        return name;
    }

    /// <summary>Whether <paramref name="node"/> is the initializer of field or property <paramref name="member"/> (run in the constructor, where the parameter is a local).</summary>
    private static bool IsInitializerOf(SyntaxNode node, MemberDeclarationSyntax member) =>
        node is EqualsValueClauseSyntax && (node.Parent == member || node.Parent is VariableDeclaratorSyntax { Parent.Parent: var field } && field == member);

    /// <summary>A captured primary constructor parameter as the attribute that holds it.</summary>
    private PyExpression? CapturedParameter(ISymbol symbol) =>
        CapturedName(symbol) is { } name ? new PyMember(Py.Name("self"), name) : null;
}
