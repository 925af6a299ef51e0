using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Function bodies and parameters (out/ref returned after the result), top-level statements, and the call of Main.</summary>
internal sealed partial class CSharpLowering
{
    private List<PyParameter> LowerParameters(BaseParameterListSyntax list)
    {
        var result = new List<PyParameter>();
        foreach (var parameter in list.Parameters)
        {
            var symbol = _model.GetDeclaredSymbol(parameter, _cancellationToken)!;
            if (symbol.RefKind is RefKind.Out or RefKind.Ref && !(symbol.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction }))
            {
                throw Unsupported(parameter, $"{symbol.RefKind.ToString().ToLowerInvariant()} parameters are translated only on methods and local functions");
            }
            if (symbol.RefKind == RefKind.Out)
            {
                continue; // an out parameter is a returned value in Python (see ByReference)
            }
            PyExpression? defaultValue = parameter.Default is { } d ? LowerStandalone(d.Value) : null;
            result.Add(new PyParameter(NameOf(symbol), defaultValue));
        }
        return result;
    }

    /// <summary>A method, constructor or accessor body, with the global/nonlocal declarations its assignments need.</summary>
    private List<PyStatement> LowerFunctionBody(BlockSyntax? block, ExpressionSyntax? arrow, INamedTypeSymbol? type, bool isStatic, IEnumerable<ParameterSyntax> parameters, bool returnsValue = false)
    {
        var saved = _function;
        _function = new FunctionScope(type, isStatic, saved);
        foreach (var p in parameters)
        {
            if (_model.GetDeclaredSymbol(p, _cancellationToken) is { } ps)
            {
                _owners[ps] = _function;
                if (ps.RefKind is RefKind.Out or RefKind.Ref)
                {
                    _function.ByReference.Add(NameOf(ps));
                }
            }
        }
        try
        {
            List<PyStatement> body;
            if (arrow is not null)
            {
                var savedPre = _pre;
                _pre = [];
                try
                {
                    if (returnsValue)
                    {
                        var value = Lower(arrow);
                        body = [.. _pre, new PyReturn(WithByReference(value))];
                    }
                    else
                    {
                        var statements = LowerExpressionStatement(arrow).ToList();
                        body = [.. _pre, .. statements];
                    }
                }
                catch (CSharpUntranslatableException e)
                {
                    body = [.. Untranslated(e.Node, e.Message)];
                }
                finally
                {
                    _pre = savedPre;
                }
            }
            else
            {
                body = LowerBlock(block);
            }
            if (_function.ByReference.Count > 0 && !returnsValue && body is not [.., PyReturn])
            {
                body.Add(new PyReturn(WithByReference(null)));
            }
            var declarations = new List<PyStatement>();
            if (_function.Globals.Count > 0)
            {
                declarations.Add(new PyScopeDeclaration(false, [.. _function.Globals]));
            }
            if (_function.Nonlocals.Count > 0)
            {
                declarations.Add(new PyScopeDeclaration(true, [.. _function.Nonlocals]));
            }
            return [.. declarations, .. body];
        }
        finally
        {
            _function = saved;
        }
    }

    /// <summary>A return value followed by the final values of the function's out/ref parameters, when it has any.</summary>
    private PyExpression? WithByReference(PyExpression? value)
    {
        if (_function is not { ByReference.Count: > 0 } scope)
        {
            return value;
        }
        var outs = scope.ByReference.Select(n => (PyExpression)Py.Name(n));
        return new PyTuple(value is null ? [.. outs] : [value, .. outs]);
    }

    private IEnumerable<PyStatement> LowerTopLevelStatements(CompilationUnitSyntax root)
    {
        var statements = root.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
        if (statements.Count == 0)
        {
            return [];
        }
        return LowerStatementList(statements);
    }

    private IEnumerable<PyStatement> MainCall(List<BaseTypeDeclarationSyntax> types)
    {
        foreach (var type in types.OfType<TypeDeclarationSyntax>())
        {
            var main = type.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == "Main" && m.Modifiers.Any(SyntaxKind.StaticKeyword));
            if (main is null || _model.GetDeclaredSymbol(main, _cancellationToken) is not { } symbol)
            {
                continue;
            }
            PyExpression function = _moduleTypes.Contains(symbol.ContainingType) ? Py.Name(NameOf(symbol)) : new PyMember(Py.Name(NameOf(symbol.ContainingType)), NameOf(symbol));
            var arguments = symbol.Parameters.Length == 1 ? new PyExpression[] { new PySubscript(new PyMember(ModuleName("sys"), "argv"), new PySlice(Py.Number(1), null)) } : [];
            PyExpression call = new PyCall(function, arguments);
            if (symbol.IsAsync)
            {
                call = new PyCall(new PyMember(ModuleName("asyncio"), "run"), [call]);
            }
            if (symbol.ReturnType.SpecialType == SpecialType.System_Int32 || symbol.ReturnType is INamedTypeSymbol { Name: "Task", TypeArguments: [{ SpecialType: SpecialType.System_Int32 }] })
            {
                call = new PyCall(new PyMember(ModuleName("sys"), "exit"), [call]);
            }
            yield return new PyIf(Py.Compare(Py.Name("__name__"), PyCompareOperator.Equal, new PyString("__main__")), [new PyExpressionStatement(call)], []);
            yield break;
        }
    }
}
