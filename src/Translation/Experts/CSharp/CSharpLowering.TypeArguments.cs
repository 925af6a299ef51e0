using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Type arguments of generic methods that the program reads at run time. C# keeps a method's type arguments
/// (<c>e is T</c>, <c>catch (TEx)</c>, <c>typeof(T).Name</c>); Python erases them. A type parameter the method reads
/// so, or hands on to another such method (<c>Inner&lt;T&gt;()</c>), becomes a Python parameter of its own, in front
/// of the others, and every call passes the class its type argument stands for: a class of the source, the
/// classes that implement a source interface (a tuple, as a type test against the interface), or the Python
/// error a library exception is raised as. Type parameters the program never reads stay erased.
/// </summary>
internal sealed partial class CSharpLowering
{
    private RuntimeTypeParameters? _runtimeTypeParameters;

    private sealed record RuntimeTypeParameters(HashSet<ITypeParameterSymbol> Kept, HashSet<ITypeParameterSymbol> Named);

    private RuntimeTypeParameters KeptTypeParameters => _runtimeTypeParameters ??= FindRuntimeTypeParameters();

    private bool IsKeptTypeParameter(ITypeSymbol? type) =>
        type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter && KeptTypeParameters.Kept.Contains(parameter.OriginalDefinition);

    /// <summary>The Python parameters standing for a method's kept type parameters, in declaration order.</summary>
    private List<PyParameter> TypeParameters(IMethodSymbol method, SyntaxNode declaration)
    {
        var kept = method.TypeParameters.Where(IsKeptTypeParameter).ToList();
        if (kept.Count > 0 && (method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface
            || method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(m), method))))
        {
            throw Unsupported(declaration, $"the generic method {method.Name} reads its type argument at run time and is overridden or implements an interface; this is not translated");
        }
        return [.. kept.Select(p => new PyParameter(NameOf(p)))];
    }

    /// <summary>The classes a call passes for the callee's kept type parameters, in front of its arguments.</summary>
    private List<PyExpression> TypeArgumentValues(IMethodSymbol method, SyntaxNode call)
    {
        var definition = method.ReducedFrom ?? method.OriginalDefinition;
        var values = new List<PyExpression>();
        for (var i = 0; i < definition.TypeParameters.Length; i++)
        {
            var parameter = definition.TypeParameters[i];
            if (KeptTypeParameters.Kept.Contains(parameter))
            {
                var argument = TypeArgumentOf(method, parameter) ?? throw Unsupported(call, $"the type argument {parameter.Name} of {method.Name} is not known here");
                values.Add(TypeArgumentValue(argument, KeptTypeParameters.Named.Contains(parameter), call));
            }
        }
        return values;
    }

    private PyExpression TypeArgumentValue(ITypeSymbol argument, bool named, SyntaxNode call)
    {
        string Describe() => $"the type argument {argument.ToDisplayString()}";
        if (IsKeptTypeParameter(argument))
        {
            return Py.Name(NameOf(argument));
        }
        if (argument is INamedTypeSymbol { TypeKind: TypeKind.Interface } face && IsFromSource(face) && !named)
        {
            return Implementations(face, call);
        }
        if (argument is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsGenericType: false } type && IsFromSource(type) && (!named || NameOf(type) == type.Name))
        {
            return Py.Name(NameOf(type));
        }
        if (!IsFromSource(argument) && IsException(argument))
        {
            var value = ExceptionType(argument);
            var first = value is PyTuple { Items: [PyName head, ..] } ? head.Id : ((PyName)value).Id;
            if (!named || first == argument.Name || CSharpLibrary.DotNetNamesOfPythonErrors().Contains((first, argument.Name)))
            {
                return value;
            }
        }
        throw Unsupported(call, $"{Describe()} of a method that reads it at run time is not translated (only classes of the source, source interfaces and exceptions are kept)");
    }

    /// <summary>A method that takes type arguments at run time, named without being called (a delegate), would lose them.</summary>
    private void CheckMethodGroup(ExpressionSyntax node, ISymbol? symbol)
    {
        if (symbol is IMethodSymbol method && method.TypeParameters.Any(IsKeptTypeParameter)
            && !(node.Parent is InvocationExpressionSyntax call && call.Expression == node || node.Parent is MemberAccessExpressionSyntax access && access.Name == node))
        {
            throw Unsupported(node, $"the generic method {method.Name}, which reads its type argument at run time, as a delegate is not translated");
        }
    }

    /// <summary>What a call passes for <paramref name="parameter"/> of the method's definition (an extension method's receiver may fix it).</summary>
    private static ITypeSymbol? TypeArgumentOf(IMethodSymbol call, ITypeParameterSymbol parameter)
    {
        if (call.ReducedFrom is null)
        {
            var index = call.OriginalDefinition.TypeParameters.IndexOf(parameter, 0, SymbolEqualityComparer.Default);
            return index < 0 ? null : call.TypeArguments[index];
        }
        for (var j = 0; j < call.TypeParameters.Length; j++)
        {
            if (SymbolEqualityComparer.Default.Equals(call.TypeParameters[j].ReducedFrom, parameter))
            {
                return call.TypeArguments[j];
            }
        }
        return call.GetTypeInferredDuringReduction(parameter);
    }

    /// <summary><c>typeof(T).Name</c>: a constant for a known type, the kept type argument's .NET name otherwise.</summary>
    private PyExpression? TypeOfName(MemberAccessExpressionSyntax member)
    {
        if (member is not { Expression: TypeOfExpressionSyntax typeOf, Name.Identifier.ValueText: "Name" }
            || _model.GetTypeInfo(typeOf.Type, _cancellationToken).Type is not { } type)
        {
            return null;
        }
        if (IsKeptTypeParameter(type))
        {
            return new PyCall(Helper(CSharpHelpers.TypeName), [Py.Name(NameOf(type))]);
        }
        return type is ITypeParameterSymbol ? null : new PyString(type.MetadataName);
    }

    /// <summary>
    /// The method type parameters read at run time: in a type test, a pattern, a catch clause or <c>typeof</c>,
    /// or passed on as the type argument of a method that reads its own (to a fixed point).
    /// </summary>
    private RuntimeTypeParameters FindRuntimeTypeParameters()
    {
        var kept = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
        var named = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
        var root = _snippet.Root;
        var declared = root.DescendantNodes().OfType<TypeParameterSyntax>()
            .Where(p => p.Parent?.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax)
            .Select(p => p.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        if (declared.Count == 0)
        {
            return new(kept, named);
        }
        foreach (var identifier in root.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (!declared.Contains(identifier.Identifier.ValueText)
                || _model.GetSymbolInfo(identifier, _cancellationToken).Symbol is not ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter)
            {
                continue;
            }
            var readAtRunTime = identifier.Parent switch
            {
                TypeOfExpressionSyntax or CatchDeclarationSyntax or DeclarationPatternSyntax or TypePatternSyntax or RecursivePatternSyntax => true,
                BinaryExpressionSyntax binary => binary.Kind() is SyntaxKind.IsExpression or SyntaxKind.AsExpression,
                TypeArgumentListSyntax { Parent: GenericNameSyntax { Identifier.ValueText: "OfType" } } => true,
                _ => false,
            };
            if (readAtRunTime)
            {
                kept.Add(parameter.OriginalDefinition);
            }
            if (identifier.Parent is TypeOfExpressionSyntax { Parent: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Name" } })
            {
                named.Add(parameter.OriginalDefinition);
            }
        }
        var calls = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(c => SymbolOf(c) as IMethodSymbol)
            .OfType<IMethodSymbol>()
            .Where(m => m.IsGenericMethod && IsFromSource(m.OriginalDefinition))
            .ToList();
        for (var changed = kept.Count > 0; changed;)
        {
            changed = false;
            foreach (var call in calls)
            {
                var definition = call.ReducedFrom ?? call.OriginalDefinition;
                for (var i = 0; i < definition.TypeParameters.Length; i++)
                {
                    var argument = TypeArgumentOf(call, definition.TypeParameters[i]);
                    if (kept.Contains(definition.TypeParameters[i]) && argument is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } passed)
                    {
                        changed |= kept.Add(passed.OriginalDefinition);
                        if (named.Contains(definition.TypeParameters[i]))
                        {
                            changed |= named.Add(passed.OriginalDefinition);
                        }
                    }
                }
            }
        }
        return new(kept, named);
    }

    /// <summary>Why a static member read through a type parameter (<c>T.Compute(x)</c>, a static abstract interface member) is not translated; null for other receivers.</summary>
    private string? TypeThroughParameter(ExpressionSyntax owner) =>
        SymbolOf(owner) is ITypeParameterSymbol parameter
            ? $"a static member read through the type parameter {parameter.Name} (a static abstract interface member) is not translated"
            : null;
}
