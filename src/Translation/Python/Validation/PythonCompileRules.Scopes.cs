using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>Scopes: definitions, lambdas and comprehensions open one; bindings, declarations and <c>:=</c> fill them.</summary>
internal sealed partial class PythonCompileRules
{
    private void FunctionDefinition(SyntaxNode definition, CancellationToken cancellationToken)
    {
        var name = definition.ChildByField("name")!.Value;
        Bind(name.Text, name.StartByte);
        var isAsync = definition.Children.Any(c => c.Type == "async");
        var parameters = definition.ChildByField("parameters")!.Value;
        // Defaults, annotations and decorators are evaluated where the def stands, not inside the function.
        WalkParameterValues(parameters, cancellationToken);
        if (definition.ChildByField("return_type") is { } returns)
        {
            Walk(returns, cancellationToken);
        }
        InScope(isAsync ? PythonScopeKind.AsyncFunction : PythonScopeKind.Function, () =>
        {
            DeclareParameters(parameters);
            Walk(definition.ChildByField("body")!.Value, cancellationToken);
        });
    }

    private void ClassDefinition(SyntaxNode definition, CancellationToken cancellationToken)
    {
        var name = definition.ChildByField("name")!.Value;
        Bind(name.Text, name.StartByte);
        if (definition.ChildByField("superclasses") is { } bases)
        {
            Walk(bases, cancellationToken);
        }
        InScope(PythonScopeKind.Class, () => Walk(definition.ChildByField("body")!.Value, cancellationToken));
    }

    private void Lambda(SyntaxNode lambda, CancellationToken cancellationToken)
    {
        var parameters = lambda.ChildByField("parameters");
        if (parameters is { } p)
        {
            WalkParameterValues(p, cancellationToken);
        }
        InScope(PythonScopeKind.Lambda, () =>
        {
            if (parameters is { } p)
            {
                DeclareParameters(p);
            }
            Walk(lambda.ChildByField("body")!.Value, cancellationToken);
        });
    }

    /// <summary>
    /// A comprehension is a function of its own, called with its first iterable, which is therefore evaluated
    /// in the enclosing scope. No iterable may hold <c>:=</c>.
    /// </summary>
    private void Comprehension(SyntaxNode comprehension, CancellationToken cancellationToken)
    {
        var clauses = comprehension.NamedChildren.Where(c => c.Type == "for_in_clause").ToList();
        if (clauses.Count == 0)
        {
            WalkChildren(comprehension, cancellationToken);
            return;
        }
        Iterable(clauses[0], cancellationToken);
        InScope(PythonScopeKind.Comprehension, () =>
        {
            foreach (var clause in clauses)
            {
                if (clause.Children.Any(c => c.Type == "async"))
                {
                    RequireAsync(clause, "asynchronous comprehension outside of an asynchronous function", always: true);
                }
                if (clause != clauses[0])
                {
                    Iterable(clause, cancellationToken);
                }
                foreach (var target in TargetNames(clause.ChildByField("left")!.Value))
                {
                    _scope.IterationVariables.Add(target.Text);
                    Bind(target.Text, target.StartByte);
                }
            }
            foreach (var part in comprehension.NamedChildren)
            {
                if (part.Type != "for_in_clause")
                {
                    Walk(part, cancellationToken);
                }
            }
        });
    }

    private void Iterable(SyntaxNode clause, CancellationToken cancellationToken)
    {
        var outer = _inIterable;
        _inIterable = true;
        foreach (var part in clause.Children.Where(c => c.IsNamed && c.FieldName == "right"))
        {
            Walk(part, cancellationToken);
        }
        _inIterable = outer;
    }

    private void NamedExpression(SyntaxNode expression, CancellationToken cancellationToken)
    {
        Walk(expression.ChildByField("value")!.Value, cancellationToken);
        var name = expression.ChildByField("name")!.Value;
        if (expression.Parent is { } parent && parent.Type is "expression_statement" or "assignment" or "augmented_assignment"
            or "keyword_argument" or "default_parameter" or "typed_default_parameter" or "return_statement" or "assert_statement"
            or "yield" or "lambda")
        {
            Error(expression, "invalid syntax: an assignment expression here must be in parentheses");
        }
        if (_inIterable)
        {
            Error(expression, "assignment expression cannot be used in a comprehension iterable expression");
        }
        for (var scope = _scope; scope.Kind == PythonScopeKind.Comprehension; scope = scope.Parent!)
        {
            if (scope.IterationVariables.Contains(name.Text))
            {
                Error(expression, $"assignment expression cannot rebind comprehension iteration variable '{name.Text}'");
            }
        }
        var target = _scope.NearestNonComprehension();
        if (target != _scope && target.Kind == PythonScopeKind.Class)
        {
            Error(expression, "assignment expression within a comprehension cannot be used in a class body");
        }
        target.Bound.Add(name.Text);
        target.Occurrences.Add((name.Text, name.StartByte));
    }

    private void Declaration(SyntaxNode statement)
    {
        var isGlobal = statement.Type == "global_statement";
        if (!isGlobal && _scope.Kind == PythonScopeKind.Module)
        {
            Error(statement, "nonlocal declaration not allowed at module level");
            return;
        }
        foreach (var name in statement.NamedChildren.Where(n => n.Type == "identifier"))
        {
            (isGlobal ? _scope.Globals : _scope.Nonlocals).Add((name.Text, statement));
        }
    }

    private void InScope(PythonScopeKind kind, Action body)
    {
        var (outer, loops, blocks, iterable) = (_scope, _loops, _blocks, _inIterable);
        _scope = new PythonScope(kind, outer);
        _scopes.Add(_scope);
        // A loop outside a function is not one its break could leave; a comprehension inside an iterable is still inside it.
        if (kind != PythonScopeKind.Comprehension)
        {
            (_loops, _blocks) = (0, 0);
        }
        try
        {
            body();
        }
        finally
        {
            (_scope, _loops, _blocks, _inIterable) = (outer, loops, blocks, iterable);
        }
    }

    private void Bind(string name, int position)
    {
        _scope.Bound.Add(name);
        _scope.Occurrences.Add((name, position));
    }

    /// <summary>
    /// After the walk: each <c>nonlocal</c> must find the name bound in an enclosing function (classes are
    /// skipped, the module ends the search), and no declaration may follow a use of its name in its scope.
    /// </summary>
    private void ResolveDeclarations()
    {
        foreach (var scope in _scopes)
        {
            CheckDeclarations(scope, scope.Globals, "global");
            CheckDeclarations(scope, scope.Nonlocals, "nonlocal");
            foreach (var (name, statement) in scope.Nonlocals)
            {
                if (!EnclosingFunctionBinds(scope, name))
                {
                    Error(statement, $"no binding for nonlocal '{name}' found");
                }
            }
        }
    }

    private void CheckDeclarations(PythonScope scope, List<(string Name, SyntaxNode Statement)> declarations, string kind)
    {
        foreach (var (name, statement) in declarations)
        {
            if (scope.Parameters.Contains(name))
            {
                Error(statement, $"name '{name}' is parameter and {kind}");
            }
            else if (scope.Occurrences.Exists(o => o.Name == name && o.Byte < statement.StartByte))
            {
                Error(statement, $"name '{name}' is used prior to {kind} declaration");
            }
            else if (kind == "nonlocal" && scope.DeclaresGlobal(name))
            {
                Error(statement, $"name '{name}' is nonlocal and global");
            }
        }
    }

    private static bool EnclosingFunctionBinds(PythonScope scope, string name)
    {
        for (var outer = scope.Parent; outer is not null; outer = outer.Parent)
        {
            if (outer.Kind == PythonScopeKind.Module || outer.DeclaresGlobal(name))
            {
                return false;
            }
            if (outer.Kind != PythonScopeKind.Class
                && (outer.DeclaresNonlocal(name) || outer.Bound.Contains(name) || outer.Parameters.Contains(name)))
            {
                return true;
            }
        }
        return false;
    }
}
