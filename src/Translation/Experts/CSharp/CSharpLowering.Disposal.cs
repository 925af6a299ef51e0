using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// <c>using</c> statements and declarations as <c>try</c>/<c>finally</c> that call the resource's
/// <c>Dispose</c>: the same order as C# (the body, then disposal in reverse order of declaration, also when the
/// body raises or returns). Only resources whose class the source defines are translated; a library resource
/// (a stream, a reader) has no Python counterpart here and is reported.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly HashSet<LocalDeclarationStatementSyntax> _disposedByBlock = [];

    private IEnumerable<PyStatement> LowerUsing(UsingStatementSyntax statement)
    {
        var result = new List<PyStatement>();
        var disposals = new List<PyStatement>();
        if (statement.Declaration is { } declaration)
        {
            foreach (var variable in declaration.Variables)
            {
                var symbol = _model.GetDeclaredSymbol(variable, _cancellationToken)!;
                _owners[symbol] = _function;
                result.Add(new PyAssign([Py.Name(NameOf(symbol))], LowerConverted(variable.Initializer!.Value)));
                disposals.Insert(0, Dispose(Py.Name(NameOf(symbol)), ((ILocalSymbol)symbol).Type, variable.Initializer.Value, variable));
            }
        }
        else if (statement.Expression is { } expression)
        {
            var temporary = Temporary("resource");
            result.Add(new PyAssign([Py.Name(temporary)], Lower(expression)));
            disposals.Add(Dispose(Py.Name(temporary), TypeOf(expression), expression, expression));
        }
        result.Add(new PyTry(LowerBlock(statement.Statement), [], disposals));
        return result;
    }

    /// <summary>
    /// A block's statements; after a <c>using</c> declaration, the rest of the block runs inside a
    /// <c>try</c> whose <c>finally</c> disposes the declared resources (C# disposes them at the block's end).
    /// </summary>
    private List<PyStatement> LowerStatementList(IReadOnlyList<StatementSyntax> statements)
    {
        // Local functions are lowered in source order (what they capture is known by then) but placed first:
        // C# may call one above its declaration; Python needs the def to have run.
        var functions = new List<PyStatement>();
        var result = LowerStatementList(statements, functions);
        return [.. functions, .. result];
    }

    /// <summary>The statements, with the local functions among them (also those after a using declaration) moved to <paramref name="functions"/>.</summary>
    private List<PyStatement> LowerStatementList(IReadOnlyList<StatementSyntax> statements, List<PyStatement> functions)
    {
        var result = new List<PyStatement>();
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] is LocalFunctionStatementSyntax)
            {
                functions.AddRange(LowerStatementGuarded(statements[i]));
                continue;
            }
            if (statements[i] is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } declaration)
            {
                _disposedByBlock.Add(declaration);
                var disposals = new List<PyStatement>();
                try
                {
                    foreach (var variable in declaration.Declaration.Variables)
                    {
                        var symbol = (ILocalSymbol)_model.GetDeclaredSymbol(variable, _cancellationToken)!;
                        disposals.Insert(0, Dispose(Py.Name(NameOf(symbol)), symbol.Type, variable.Initializer?.Value, variable));
                    }
                }
                catch (CSharpUntranslatableException e)
                {
                    result.AddRange(Untranslated(e.Node, e.Message));
                    continue;
                }
                result.AddRange(LowerStatementGuarded(declaration));
                var rest = LowerStatementList([.. statements.Skip(i + 1)], functions);
                result.Add(new PyTry(rest.Count > 0 ? rest : [new PyPass()], [], disposals));
                break;
            }
            result.AddRange(LowerStatementGuarded(statements[i]));
        }
        return result;
    }

    /// <summary><c>resource.Dispose()</c>, behind a None test unless the resource was just created (C# skips null).</summary>
    private PyStatement Dispose(PyExpression resource, ITypeSymbol? type, ExpressionSyntax? initializer, SyntaxNode at)
    {
        var disposable = _model.Compilation.GetSpecialType(SpecialType.System_IDisposable).GetMembers("Dispose").OfType<IMethodSymbol>().First();
        var method = type?.FindImplementationForInterfaceMember(disposable) as IMethodSymbol;
        if (type is null || !IsFromSource(type) || method is null)
        {
            throw Unsupported(at, $"disposing {type?.ToDisplayString() ?? "this resource"} is not translated (only classes defined in the source are)");
        }
        var call = new PyExpressionStatement(new PyCall(new PyMember(resource, NameOf(method)), []));
        return initializer is BaseObjectCreationExpressionSyntax ? call : new PyIf(Py.Compare(resource, PyCompareOperator.IsNot, PyConstant.None), [call], []);
    }

    /// <summary>
    /// <c>token.Dispose()</c> on a value typed <c>IDisposable</c>: the source's disposable classes are the only ones
    /// translated, so the call is the Python method when each of them implements Dispose under that name.
    /// </summary>
    private PyExpression DisposeThroughInterface(SyntaxNode at, PyExpression receiver)
    {
        var disposable = _model.Compilation.GetSpecialType(SpecialType.System_IDisposable).GetMembers("Dispose").OfType<IMethodSymbol>().First();
        var implementations = AllTypes(_snippet.Root.Members)
            .Select(d => _model.GetDeclaredSymbol(d, _cancellationToken))
            .OfType<INamedTypeSymbol>()
            .Where(t => t.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_IDisposable))
            .Select(t => t.FindImplementationForInterfaceMember(disposable))
            .ToList();
        if (implementations.Count == 0 || implementations.Any(m => m is null || NameOf(m) != "Dispose"))
        {
            throw Unsupported(at, "IDisposable.Dispose is translated only where every disposable class of the source implements Dispose by that name");
        }
        return Py.Method(receiver, "Dispose");
    }
}
