using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Statements other than loops and switch: declarations, expression statements, if, return, throw, try.</summary>
internal sealed partial class CSharpLowering
{
    private IEnumerable<PyStatement> LowerStatement(StatementSyntax statement) => statement switch
    {
        BlockSyntax block => LowerBlock(block),
        LocalDeclarationStatementSyntax local => LowerLocalDeclaration(local),
        ExpressionStatementSyntax expression => LowerExpressionStatement(expression.Expression),
        IfStatementSyntax ifStatement => [LowerIf(ifStatement)],
        ReturnStatementSyntax ret => LowerReturn(ret),
        ThrowStatementSyntax thr => [new PyRaise(thr.Expression is null ? null : Lower(thr.Expression))],
        TryStatementSyntax tryStatement => [LowerTry(tryStatement)],
        WhileStatementSyntax loop => LowerWhile(loop),
        DoStatementSyntax loop => LowerDo(loop),
        ForStatementSyntax loop => LowerFor(loop),
        ForEachStatementSyntax loop => LowerForEach(loop),
        ForEachVariableStatementSyntax loop => LowerForEachVariable(loop),
        BreakStatementSyntax brk => LowerBreak(brk),
        ContinueStatementSyntax cont => LowerContinue(cont),
        SwitchStatementSyntax sw => LowerSwitch(sw),
        LocalFunctionStatementSyntax function => [LowerLocalFunction(function)],
        EmptyStatementSyntax => [],
        CheckedStatementSyntax c => LowerBlock(c.Block), // overflow is not emulated either way (README)
        LockStatementSyntax l => LowerBlock(l.Statement),
        YieldStatementSyntax y => LowerYield(y),
        UsingStatementSyntax u => LowerUsing(u),
        _ => throw Unsupported(statement, $"{DescribeKind(statement)} is not translated"),
    };

    private static string DescribeKind(SyntaxNode node) => node.Kind() switch
    {
        SyntaxKind.GotoStatement or SyntaxKind.GotoCaseStatement or SyntaxKind.GotoDefaultStatement => "goto",
        SyntaxKind.LabeledStatement => "a labelled statement",
        SyntaxKind.FixedStatement or SyntaxKind.UnsafeStatement => "unsafe code",
        var kind => kind.ToString(),
    };

    private IEnumerable<PyStatement> LowerLocalDeclaration(LocalDeclarationStatementSyntax local)
    {
        if (local.UsingKeyword.RawKind != 0 && !_disposedByBlock.Contains(local))
        {
            throw Unsupported(local, "a using declaration (disposal) is not translated");
        }
        var result = new List<PyStatement>();
        foreach (var variable in local.Declaration.Variables)
        {
            var symbol = _model.GetDeclaredSymbol(variable, _cancellationToken)!;
            _owners[symbol] = _function;
            if (variable.Initializer is null)
            {
                continue; // C# definite assignment: it is assigned before any read
            }
            result.Add(new PyAssign([Py.Name(NameOf(symbol))], LowerConverted(variable.Initializer.Value)));
        }
        return result;
    }

    private PyIf LowerIf(IfStatementSyntax statement)
    {
        var test = LowerCondition(statement.Condition);
        var body = LowerBlock(statement.Statement);
        List<PyStatement> orElse = statement.Else?.Statement switch
        {
            null => [],
            IfStatementSyntax elseIf => LowerElseIf(elseIf),
            var other => LowerBlock(other),
        };
        return new PyIf(test, body, orElse);
    }

    private List<PyStatement> LowerElseIf(IfStatementSyntax elseIf)
    {
        // The else-if's condition may hoist statements (an out argument): they run in the else branch.
        var saved = _pre;
        _pre = [];
        try
        {
            var lowered = LowerIf(elseIf);
            return [.. _pre, lowered];
        }
        finally
        {
            _pre = saved;
        }
    }

    private PyExpression LowerCondition(ExpressionSyntax condition) => Lower(condition);

    private IEnumerable<PyStatement> LowerReturn(ReturnStatementSyntax ret)
    {
        if (_function is null)
        {
            throw Unsupported(ret, "return from top-level statements is not translated");
        }
        return [new PyReturn(WithByReference(ret.Expression is null ? null : LowerConverted(ret.Expression)))];
    }

    private PyTry LowerTry(TryStatementSyntax statement)
    {
        var body = LowerBlock(statement.Block);
        var handlers = new List<PyExceptHandler>();
        var firstFiltered = statement.Catches.IndexOf(c => c.Filter is not null);
        foreach (var catchClause in firstFiltered < 0 ? statement.Catches : statement.Catches.Take(firstFiltered))
        {
            PyExpression? type = null;
            string? name = null;
            if (catchClause.Declaration is { } declaration)
            {
                var caught = _model.GetTypeInfo(declaration.Type, _cancellationToken).Type;
                type = caught is null ? null : ExceptionType(caught);
                if (declaration.Identifier.RawKind != 0 && _model.GetDeclaredSymbol(declaration, _cancellationToken) is { } local)
                {
                    _owners[local] = _function;
                    name = NameOf(local);
                }
            }
            handlers.Add(new PyExceptHandler(type, name, LowerBlock(catchClause.Block)));
        }
        if (firstFiltered >= 0)
        {
            handlers.Add(FilteredHandler([.. statement.Catches.Skip(firstFiltered)]));
        }
        var finallyBody = statement.Finally is null ? [] : LowerBlock(statement.Finally.Block);
        if (handlers.Count == 0 && finallyBody.Count == 0)
        {
            finallyBody.Add(new PyPass());
        }
        return new PyTry(body, handlers, finallyBody);
    }

    /// <summary>
    /// Catch clauses from the first one with a filter (<c>catch (E e) when (test)</c>) on: one handler that tries
    /// them in order with isinstance and the filter, and raises again when none applies, so the exception goes on
    /// to the enclosing handlers as it does in C#. Each clause's variable names the caught exception.
    /// </summary>
    private PyExceptHandler FilteredHandler(IReadOnlyList<CatchClauseSyntax> clauses)
    {
        var locals = clauses.Select(c => c.Declaration is { Identifier.RawKind: not 0 } d ? _model.GetDeclaredSymbol(d, _cancellationToken) : null).OfType<ILocalSymbol>().ToList();
        locals.ForEach(l => _owners[l] = _function);
        var names = locals.Select(NameOf).Distinct().ToList();
        // One name when the clauses agree (catch (X e) ... catch (Y e)); otherwise each clause's name is bound first.
        var caught = names.Count == 1 ? names[0] : Temporary("error");
        var types = new List<PyExpression>();
        var catchesAll = false;
        var chain = new List<(PyExpression? Test, List<PyStatement> Body)>();
        foreach (var clause in clauses)
        {
            PyExpression? test = null;
            if (clause.Declaration is { } declaration && _model.GetTypeInfo(declaration.Type, _cancellationToken).Type is { } exceptionType
                && exceptionType.ToDisplayString() != "System.Exception")
            {
                var type = ExceptionType(exceptionType);
                types.AddRange(type is PyTuple tuple ? tuple.Items : [type]);
                test = Py.Call("isinstance", Py.Name(caught), type);
            }
            else
            {
                catchesAll = true;
            }
            if (clause.Filter is { } filter)
            {
                var condition = Lower(filter.FilterExpression);
                test = test is null ? condition : new PyBoolean(test, PyBooleanOperator.And, condition);
            }
            chain.Add((test, LowerBlock(clause.Block)));
        }
        List<PyStatement> tail = [new PyRaise(null)];
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            tail = chain[i].Test is { } t ? [new PyIf(t, chain[i].Body, tail)] : chain[i].Body;
        }
        List<PyStatement> bindings = names.Count > 1 ? [.. names.Select(n => new PyAssign([Py.Name(n)], Py.Name(caught)))] : [];
        PyExpression? caughtTypes = catchesAll ? null : types.Count == 1 ? types[0] : new PyTuple([.. types.Distinct()]);
        return new PyExceptHandler(caughtTypes, caught, [.. bindings, .. tail]);
    }

    /// <summary>What a catch clause catches: a class of the source, or what a library exception is caught as.</summary>
    private PyExpression ExceptionType(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol parameter)
        {
            return IsKeptTypeParameter(parameter)
                ? Py.Name(NameOf(parameter))
                : throw new InvalidOperationException($"the type parameter {parameter.Name} is not kept at run time");
        }
        if (IsFromSource(type))
        {
            return Py.Name(NameOf(type));
        }
        var caught = CaughtExceptions(type);
        return caught.Count == 1 ? Py.Name(caught[0]) : new PyTuple([.. caught.Select(Py.Name)]);
    }

    private PyFunctionDef LowerLocalFunction(LocalFunctionStatementSyntax function)
    {
        var symbol = (IMethodSymbol)_model.GetDeclaredSymbol(function, _cancellationToken)!;
        _owners[symbol] = _function;
        var parameters = LowerParameters(function.ParameterList);
        parameters.InsertRange(0, TypeParameters(symbol, function));
        var body = LowerFunctionBody(function.Body, function.ExpressionBody?.Expression, _function?.Type, _function?.IsStatic ?? true, function.ParameterList.Parameters, returnsValue: !symbol.ReturnsVoid && !IsIterator(function.Body));
        if (IsIterator(function.Body))
        {
            body = AsGenerator(function.Body!, body);
        }
        return new PyFunctionDef(NameOf(symbol), parameters, body, IteratorDecorators(symbol, function.Body) is [_, ..] decorators ? decorators : null, symbol.IsAsync);
    }

    /// <summary>Records that the function being lowered assigns <paramref name="symbol"/>, declared in an enclosing scope.</summary>
    private void NoteAssignment(ISymbol? symbol)
    {
        if (_function is null || symbol is null || CapturedName(symbol) is not null)
        {
            return; // a captured primary constructor parameter is an attribute of self
        }
        if (symbol is ILocalSymbol or IParameterSymbol && _owners.TryGetValue(symbol, out var owner) && owner != _function)
        {
            if (owner is null)
            {
                _function.Globals.Add(NameOf(symbol));
            }
            else
            {
                _function.Nonlocals.Add(NameOf(symbol));
            }
        }
        else if (symbol is IFieldSymbol or IPropertySymbol && symbol.IsStatic && symbol.ContainingType is { } t && _moduleTypes.Contains(t))
        {
            _function.Globals.Add(NameOf(symbol));
        }
    }
}
