using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Calls. A method declared in the source is called by its Python name (overloads resolved by Roslyn); an
/// extension method is called as a function; a <c>params</c> array is packed into a list; library calls go to
/// the mappings of the <c>Library</c> partial files. Some library calls read better as statements
/// (<c>sb.Append(a).Append(b)</c>, <c>list.Remove(x)</c>) and are lowered so when their value is unused.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression LowerInvocation(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && SymbolOf(invocation) is null)
        {
            return new PyString(invocation.ArgumentList.Arguments[0].Expression.ToString().Split('.')[^1]);
        }
        if (invocation.Expression is MemberAccessExpressionSyntax { Expression: var owner } && TypeThroughParameter(owner) is { } through)
        {
            throw Unsupported(invocation, through);
        }
        var symbol = SymbolOf(invocation) as IMethodSymbol;
        if (symbol is null)
        {
            var candidates = _model.GetSymbolInfo(invocation, _cancellationToken).CandidateSymbols.OfType<IMethodSymbol>().ToList();
            if (candidates.Count == 0)
            {
                throw Unsupported(invocation, $"the call {Shorten(invocation)} does not bind to a known method");
            }
            symbol = candidates[0];
        }
        if (symbol.MethodKind == MethodKind.DelegateInvoke)
        {
            if (invocation.Expression is MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Invoke" })
            {
                // handler?.Invoke(...): the delegate the enclosing ?. tested, called.
                return new PyCall(_conditionalReceivers.Peek().Receiver, LowerArguments(invocation.ArgumentList, symbol));
            }
            var callee = invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } inv ? inv.Expression : invocation.Expression;
            return new PyCall(Lower(callee), LowerArguments(invocation.ArgumentList, symbol));
        }
        if (IsFromSource(symbol.OriginalDefinition) || symbol.ReducedFrom is { } reduced && IsFromSource(reduced))
        {
            return LowerUserCall(invocation, symbol);
        }
        return LowerLibraryCall(invocation, symbol);
    }

    private static string Shorten(SyntaxNode node)
    {
        var text = node.ToString().ReplaceLineEndings(" ");
        return text.Length > 60 ? text[..60] + "..." : text;
    }

    private PyExpression LowerUserCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        CheckAsyncCall(invocation, method);
        if (method.Parameters.Any(p => p.RefKind is RefKind.Out or RefKind.Ref))
        {
            return LowerByReferenceCall(invocation, method);
        }
        if (method is { IsImplicitlyDeclared: true, Name: "Equals", Parameters.Length: 1, ContainingType.IsRecord: true })
        {
            // The record's synthesized Equals(R other) is its value equality, __eq__.
            var self = invocation.Expression is MemberAccessExpressionSyntax access ? Lower(access.Expression) : Py.Name("self");
            return Py.Compare(self, PyCompareOperator.Equal, Lower(invocation.ArgumentList.Arguments[0].Expression));
        }
        var typeArguments = TypeArgumentValues(method, invocation);
        var arguments = LowerArguments(invocation.ArgumentList, method);
        if (method.ReducedFrom is { } extension)
        {
            // x.Ext(a) -> Ext(x, a): extension methods are module functions (or static methods of their class).
            // x?.Ext(a): the receiver is the one ?. tested, already read once.
            var receiver = invocation.Expression is MemberAccessExpressionSyntax member ? Lower(member.Expression) : _conditionalReceivers.Peek().Receiver;
            return new PyCall(MemberOfContainingType(extension, invocation), [.. typeArguments, receiver, .. arguments]);
        }
        var callee = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member when !method.IsStatic => new PyMember(
                member.Expression is BaseExpressionSyntax ? new PyCall(Py.Name("super"), []) : ReceiverOfStructCall(member.Expression, Lower(member.Expression)),
                SpecialMethodName(method) ?? NameOf(method)),
            MemberBindingExpressionSyntax when !method.IsStatic => new PyMember(_conditionalReceivers.Peek().Receiver, SpecialMethodName(method) ?? NameOf(method)),
            _ when method.MethodKind == MethodKind.LocalFunction => Py.Name(NameOf(method)),
            _ => MemberOfContainingType(method, invocation),
        };
        return new PyCall(callee, [.. typeArguments, .. arguments], Keywords(invocation.ArgumentList, method));
    }

    /// <summary>
    /// A call with out/ref arguments: the Python function returns its result followed by the parameters' final
    /// values, unpacked into the caller's variables in front of the statement (<c>found, index = TryFind(a, x)</c>).
    /// Where the call runs only on some paths (a switch arm, a branch of ?:, a lambda) it is unpacked where it
    /// stands, in order: <c>[(result_1 := TryFind(a, x)), (i := result_1[1]), result_1[0]][-1]</c>, which needs
    /// local variables as targets.
    /// </summary>
    private PyExpression LowerByReferenceCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        if (invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null))
        {
            throw Unsupported(invocation, "a call with ref/out arguments and named arguments is not translated");
        }
        var arguments = TypeArgumentValues(method, invocation);
        var targets = new List<PyExpression>();
        var parameters = method.Parameters;
        for (var i = 0; i < invocation.ArgumentList.Arguments.Count; i++)
        {
            var argument = invocation.ArgumentList.Arguments[i].Expression;
            var kind = i < parameters.Length ? parameters[i].RefKind : RefKind.None;
            if (kind != RefKind.Out)
            {
                arguments.Add(Lower(argument));
            }
            if (kind is RefKind.Out or RefKind.Ref)
            {
                targets.Add(LowerOutTarget(argument));
            }
        }
        var callee = invocation.Expression is MemberAccessExpressionSyntax member && !method.IsStatic
            ? new PyMember(Lower(member.Expression), NameOf(method))
            : method.MethodKind == MethodKind.LocalFunction ? Py.Name(NameOf(method)) : MemberOfContainingType(method, invocation);
        var call = new PyCall(callee, arguments);
        if (IsConditionallyEvaluated(invocation, lambdaBodyIsStatement: true))
        {
            return UnpackedWhereItStands(invocation, call, targets, method.ReturnsVoid);
        }
        if (method.ReturnsVoid)
        {
            Hoist(invocation, new PyAssign([new PyTuple(targets)], call));
            return PyConstant.None;
        }
        var result = Temporary("result");
        Hoist(invocation, new PyAssign([new PyTuple([Py.Name(result), .. targets])], call));
        return Py.Name(result);
    }

    private PyExpression UnpackedWhereItStands(InvocationExpressionSyntax invocation, PyExpression call, List<PyExpression> targets, bool returnsVoid)
    {
        if (targets.Any(t => t is not PyName))
        {
            throw Unsupported(invocation, "a call with ref/out arguments that are not local variables, where the call runs only on some paths, is not translated");
        }
        var result = Temporary("result");
        var offset = returnsVoid ? 0 : 1;
        var unpacked = targets.Select((t, i) => (PyExpression)new PyNamedExpression(((PyName)t).Id, new PySubscript(Py.Name(result), Py.Number(i + offset))));
        PyExpression value = returnsVoid ? PyConstant.None : new PySubscript(Py.Name(result), Py.Number(0));
        return new PySubscript(new PyList([new PyNamedExpression(result, call), .. unpacked, value]), Py.Number(-1));
    }

    /// <summary>
    /// Whether <paramref name="node"/> runs only on some paths of its statement (under ?:, &amp;&amp;, ||, ??, ?., a
    /// lambda, a switch arm, a for header). With <paramref name="lambdaBodyIsStatement"/>, an expression lambda's
    /// body counts as a statement of its own (what it hoists makes the lambda a def).
    /// </summary>
    private static bool IsConditionallyEvaluated(SyntaxNode node, bool lambdaBodyIsStatement = false)
    {
        SyntaxNode? statement = node.FirstAncestorOrSelf<StatementSyntax>() ?? (SyntaxNode?)node.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>();
        if (statement is null or ForStatementSyntax)
        {
            return true;
        }
        for (var current = node; current != statement && current.Parent is { } parent; current = parent)
        {
            if (lambdaBodyIsStatement && parent is LambdaExpressionSyntax lambda && lambda.Body == current)
            {
                return false;
            }
            var conditional = parent switch
            {
                ConditionalExpressionSyntax c => current != c.Condition,
                BinaryExpressionSyntax b when b.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression => current == b.Right,
                LambdaExpressionSyntax or ConditionalAccessExpressionSyntax or SwitchExpressionArmSyntax => true,
                _ => false,
            };
            if (conditional)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Arguments in Python order: named ones as keywords, a params array packed into one list.</summary>
    private List<PyExpression> LowerArguments(BaseArgumentListSyntax list, IMethodSymbol? method = null)
    {
        if (method is not null && method.Parameters.Length > 0 && method.Parameters[^1].IsParams
            && _model.GetOperation(list.Parent!, _cancellationToken) is IInvocationOperation or IObjectCreationOperation)
        {
            var operation = _model.GetOperation(list.Parent!, _cancellationToken);
            var args = operation is IInvocationOperation inv ? inv.Arguments : ((IObjectCreationOperation)operation!).Arguments;
            var expanded = args.FirstOrDefault(a => a.ArgumentKind == ArgumentKind.ParamArray);
            if (expanded is not null)
            {
                var fixedCount = method.Parameters.Length - 1;
                var fixedArguments = list.Arguments.Take(fixedCount).Select(a => Lower(a.Expression));
                var packed = new PyList([.. list.Arguments.Skip(fixedCount).Select(a => Lower(a.Expression))]);
                return [.. fixedArguments, packed];
            }
        }
        var result = new List<PyExpression>();
        foreach (var argument in list.Arguments)
        {
            if (argument.RefKindKeyword.RawKind != 0)
            {
                throw Unsupported(argument, $"{argument.RefKindKeyword.ValueText} arguments are not translated here");
            }
            if (!InPosition(list, argument, method))
            {
                continue; // passed as a keyword (see Keywords)
            }
            result.Add(Lower(argument.Expression));
        }
        return result;
    }

    private IEnumerable<PyStatement> LowerInvocationStatement(InvocationExpressionSyntax invocation)
    {
        if (SymbolOf(invocation) is IMethodSymbol method && !IsFromSource(method.OriginalDefinition) && invocation.Expression is MemberAccessExpressionSyntax member)
        {
            var receiverKind = KindOf(member.Expression);
            var name = method.Name;
            var args = invocation.ArgumentList.Arguments;
            switch (receiverKind, name)
            {
                case (CsKind.StringBuilder, "Append" or "AppendLine" or "AppendJoin" or "Insert" or "Remove" or "Clear" or "Replace"):
                    // sb.Append(a).Append(b): each link is a statement on the same builder.
                    var chain = new List<InvocationExpressionSyntax>();
                    ExpressionSyntax current = invocation;
                    while (current is InvocationExpressionSyntax link && link.Expression is MemberAccessExpressionSyntax linkMember && KindOf(linkMember.Expression) == CsKind.StringBuilder
                        && SymbolOf(link) is IMethodSymbol { ContainingType.Name: "StringBuilder" })
                    {
                        chain.Insert(0, link);
                        current = linkMember.Expression;
                    }
                    var builder = Lower(current);
                    return chain.Select(link => BuilderStatement(link, builder)).ToList();
                case (CsKind.List, "Remove") when args.Count == 1:
                    var list = Lower(member.Expression);
                    var item = Lower(args[0].Expression);
                    return [new PyIf(Py.Compare(item, PyCompareOperator.In, list), [new PyExpressionStatement(Py.Method(list, "remove", item))], [])];
                case (CsKind.List, "ForEach") when args.Count == 1:
                    var (each, action) = Predicate(args[0].Expression);
                    return [new PyFor(each, Lower(member.Expression), [new PyExpressionStatement(action)])];
                case (CsKind.List, "RemoveAll") when args.Count == 1:
                    // The list keeps its identity (other references see the change), as C# removes in place.
                    var kept = Lower(member.Expression);
                    var (removed, test) = Predicate(args[0].Expression);
                    return [new PyAssign([new PySubscript(kept, new PySlice(null, null))], new PyComprehension(removed, removed, kept, PyUnary.Not(test)))];
                case (CsKind.Set, "Add" or "Remove"):
                    return [new PyExpressionStatement(Py.Method(Lower(member.Expression), name == "Add" ? "add" : "discard", Lower(args[0].Expression)))];
                case (CsKind.Dictionary, "Remove") when args.Count == 1:
                    return [new PyExpressionStatement(Py.Method(Lower(member.Expression), "pop", Lower(args[0].Expression), PyConstant.None))];
                case (CsKind.Other, "Fill") when method.ContainingType.Name == "Array" && args.Count == 2:
                    var filled = Lower(args[0].Expression);
                    return [new PyAssign([new PySubscript(filled, new PySlice(null, null))], Py.Binary(new PyList([Lower(args[1].Expression)]), PyBinaryOperator.Multiply, Py.Length(filled)))];
                case (CsKind.Other, "Copy") when method.ContainingType.Name == "Array" && args.Count == 3:
                    var count = Lower(args[2].Expression);
                    return [new PyAssign([new PySubscript(Lower(args[1].Expression), new PySlice(null, count))], new PySubscript(Lower(args[0].Expression), new PySlice(null, count)))];
                case (CsKind.Other, "Copy") when method.ContainingType.Name == "Array" && args.Count == 5:
                    var (from, to, length) = (Lower(args[1].Expression), Lower(args[3].Expression), Lower(args[4].Expression));
                    return [new PyAssign([new PySubscript(Lower(args[2].Expression), new PySlice(to, Py.Binary(to, PyBinaryOperator.Add, length)))], new PySubscript(Lower(args[0].Expression), new PySlice(from, Py.Binary(from, PyBinaryOperator.Add, length))))];
                case (CsKind.Other, "Sort") when method.ContainingType.Name == "Array" && args.Count == 3 && KindOf(args[1].Expression) == CsKind.Int:
                    var (sorted, start, n) = (Lower(args[0].Expression), Lower(args[1].Expression), Lower(args[2].Expression));
                    var range = new PySlice(start, Py.Binary(start, PyBinaryOperator.Add, n));
                    return [new PyAssign([new PySubscript(sorted, range)], Py.Call("sorted", new PySubscript(sorted, range)))];
                case (CsKind.Other, "Reverse") when method.ContainingType.Name == "Array" && args.Count == 3:
                    var (reversed, at, span) = (Lower(args[0].Expression), Lower(args[1].Expression), Lower(args[2].Expression));
                    var part = new PySlice(at, Py.Binary(at, PyBinaryOperator.Add, span));
                    return [new PyAssign([new PySubscript(reversed, part)], new PySubscript(new PySubscript(reversed, part), new PySlice(null, null, new PyUnary(PyUnaryOperator.Negate, Py.Number(1)))))];
                case (CsKind.Dictionary, "Add") when !IsSortedList(TypeOf(member.Expression)):
                    // .NET refuses a key already there (ArgumentException); d[k] = v would replace it. The message shows the key as cs_str does.
                    Helper(CSharpHelpers.Str);
                    return [new PyExpressionStatement(new PyCall(Helper(CSharpHelpers.DictAdd), [Lower(member.Expression), Lower(args[0].Expression), Lower(args[1].Expression)]))];
            }
        }
        var lowered = Lower(invocation);
        // A void call with out/ref arguments was hoisted whole: nothing is left to evaluate here.
        return lowered is PyConstant { Keyword: "None" } ? [] : [new PyExpressionStatement(lowered)];
    }

    private PyLambda LowerLambdaExpression(LambdaExpressionSyntax lambda, IReadOnlyList<string> parameters)
    {
        var body = (ExpressionSyntax)lambda.Body;
        return new PyLambda(parameters, Lower(body));
    }

    private List<string> LambdaParameters(LambdaExpressionSyntax lambda)
    {
        var parameters = lambda switch
        {
            SimpleLambdaExpressionSyntax s => [s.Parameter],
            ParenthesizedLambdaExpressionSyntax p => p.ParameterList.Parameters.ToList(),
            _ => [],
        };
        foreach (var parameter in parameters)
        {
            _owners[_model.GetDeclaredSymbol(parameter, _cancellationToken)!] = _function;
        }
        return DistinctParameterNames(parameters);
    }

    /// <summary>C# discards (<c>(_, _) =&gt; ...</c>) may repeat; Python parameters may not: <c>_, _2, _3</c>.</summary>
    private List<string> DistinctParameterNames(IEnumerable<ParameterSyntax> parameters)
    {
        var names = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = NameOf(_model.GetDeclaredSymbol(parameter, _cancellationToken)!);
            names.Add(names.Contains(name) ? $"{name}{names.Count + 1}" : name);
        }
        return names;
    }

    /// <summary>An expression lambda as a Python lambda; a block lambda as a nested def hoisted in front of the statement.</summary>
    private PyExpression LowerLambda(LambdaExpressionSyntax lambda)
    {
        if (lambda.AsyncKeyword.RawKind != 0)
        {
            throw Unsupported(lambda, "async lambdas are not translated");
        }
        if (lambda.Body is AssignmentExpressionSyntax && _pre is not null && _model.GetSymbolInfo(lambda, _cancellationToken).Symbol is IMethodSymbol { ReturnsVoid: true })
        {
            // e => totals[e.Key] = ...: an Action's assignment is a statement, in a def.
            return LowerBlockLambda(lambda);
        }
        if (lambda.Body is ExpressionSyntax)
        {
            var saved = _function;
            _function = new FunctionScope(saved?.Type, saved?.IsStatic ?? true, saved);
            try
            {
                var parameters = LambdaParameters(lambda);
                if (_pre is null)
                {
                    return LowerLambdaExpression(lambda, parameters);
                }
                var outer = _pre;
                _pre = [];
                var result = LowerLambdaExpression(lambda, parameters);
                if (_pre.Count > 0 || _function.Globals.Count > 0 || _function.Nonlocals.Count > 0)
                {
                    _pre = outer;
                    return LowerBlockLambda(lambda);
                }
                _pre = outer;
                return result;
            }
            finally
            {
                _function = saved;
            }
        }
        return LowerBlockLambda(lambda);
    }

    private PyExpression LowerBlockLambda(LambdaExpressionSyntax lambda)
    {
        var name = Temporary("lambda");
        var symbol = _model.GetSymbolInfo(lambda, _cancellationToken).Symbol as IMethodSymbol;
        var parameterSyntax = lambda switch
        {
            SimpleLambdaExpressionSyntax s => [s.Parameter],
            ParenthesizedLambdaExpressionSyntax p => p.ParameterList.Parameters.ToList(),
            _ => new List<ParameterSyntax>(),
        };
        var saved = _pre;
        _pre = null;
        List<PyStatement> body;
        try
        {
            body = LowerFunctionBody(lambda.Body as BlockSyntax, lambda.Body as ExpressionSyntax, _function?.Type, _function?.IsStatic ?? true, parameterSyntax, returnsValue: symbol is not { ReturnsVoid: true });
        }
        finally
        {
            _pre = saved;
        }
        var parameters = DistinctParameterNames(parameterSyntax).Select(n => new PyParameter(n)).ToList();
        Hoist(lambda, new PyFunctionDef(name, parameters, body));
        return Py.Name(name);
    }
}
