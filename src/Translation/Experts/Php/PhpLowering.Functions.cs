using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Closures and arrow functions. A closure whose body is one <c>return</c> becomes a lambda; others become a
/// nested <c>def</c> placed before the statement that uses it. Variables taken <c>use ($x)</c> by value are bound
/// as defaults (PHP copies them when the closure is made); <c>use (&amp;$x)</c> becomes <c>nonlocal</c>/<c>global</c>.
/// </summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerArrowFunction(SyntaxNode node)
    {
        var saved = _scope.Types.ToDictionary();
        var parameters = Named(Field(node, "parameters")).Select(LambdaParameter).ToList();
        foreach (var p in Named(Field(node, "parameters")))
        {
            _scope.Types[VariableOf(Field(p, "name"))] = p.Type == "variadic_parameter" ? PhpType.Unknown : DeclaredType(p.ChildByField("type"));
        }
        var matches = CallbackMatchParameter(node) is { } m && _scope.TextArrays.Add(m) ? m : null;
        var function = LambdaOrDef([.. parameters, .. ExtraArguments(node)], () => LowerExpression(Field(node, "body")).Expression);
        if (matches is not null)
        {
            _scope.TextArrays.Remove(matches);
        }
        _scope.Types.Clear();
        foreach (var (k, v) in saved)
        {
            _scope.Types[k] = v;
        }
        return new Lowered(function, PhpType.Unknown);
    }

    /// <summary>
    /// A lambda, unless lowering its body needs statements first (a closure made inside it, a <c>printf</c>): those
    /// must run inside the function, where its parameters are, so it becomes a nested <c>def</c> placed before the
    /// statement, as a multi-statement closure is.
    /// </summary>
    private PyExpression LambdaOrDef(IReadOnlyList<string> parameters, Func<PyExpression> lowerBody)
    {
        var outer = _before;
        var inner = outer is null ? null : new List<PyStatement>();
        PyExpression body;
        _before = inner;
        try
        {
            body = lowerBody();
        }
        finally
        {
            _before = outer;
        }
        if (inner is not { Count: > 0 })
        {
            return new PyLambda(parameters, body);
        }
        var name = Temporary("arrow");
        var defParameters = parameters.Select(p => p.IndexOf('=', StringComparison.Ordinal) is var at and > 0
            ? new PyParameter(p[..at], new PyName(p[(at + 1)..])) : new PyParameter(p)).ToArray();
        outer!.Add(new PyFunctionDef(name, defParameters, [.. inner, new PyReturn(body)]));
        return new PyName(name);
    }

    /// <summary>
    /// PHP ignores arguments beyond a closure's parameters, Python raises. A closure gets <c>*_</c> when it has fewer
    /// parameters than some call of a closure value in the program passes (<c>$handler($params, $request)</c>).
    /// </summary>
    private string[] ExtraArguments(SyntaxNode function)
    {
        var parameters = Named(Field(function, "parameters")).ToArray();
        return parameters.Length < _closureCallArity && !parameters.Any(p => p.Type == "variadic_parameter") ? ["*_"] : [];
    }

    /// <summary>The most arguments any call of a closure value (not of a named function) passes.</summary>
    private int _closureCallArity;

    private void FindClosureCallArity(SyntaxNode program)
    {
        foreach (var call in AllNodes(program).Where(n => n.Type == "function_call_expression" && n.ChildByField("function")?.Type is not ("name" or "qualified_name")))
        {
            var args = call.ChildByField("arguments") is { } a ? Named(a).ToArray() : [];
            _closureCallArity = System.Math.Max(_closureCallArity, args.Any(x => x.NamedChildren.Any(c => c.Type == "variadic_unpacking")) ? int.MaxValue : args.Length);
        }
    }

    private Lowered LowerClosure(SyntaxNode node)
    {
        var byValue = new List<string>();
        var byReference = new List<string>();
        foreach (var clause in node.NamedChildren.Where(c => c.Type == "anonymous_function_use_clause"))
        {
            foreach (var u in clause.NamedChildren)
            {
                if (u.Type == "by_ref")
                {
                    byReference.Add(VariableName(VariableOf(u.NamedChildren[0])));
                }
                else if (u.Type == "variable_name")
                {
                    byValue.Add(VariableName(VariableOf(u)));
                }
            }
        }
        var body = Field(node, "body");
        var statements = Named(body).ToArray();
        var parameterNames = Named(Field(node, "parameters")).Select(p => VariableName(VariableOf(Field(p, "name")))).ToList();
        if (statements.Length == 1 && statements[0].Type == "return_statement" && statements[0].NamedChildCount == 1 && byReference.Count == 0)
        {
            return new Lowered(LowerArrowLike(node, statements[0].NamedChildren[0], [.. ExtraArguments(node), .. byValue.Select(v => $"{v}={v}")]), PhpType.Unknown);
        }
        if (_before is null)
        {
            throw Unsupported(node, "a multi-statement closure inside a loop condition is not translated");
        }
        var name = Temporary("closure");
        // By reference from the program's top level, directly or through an enclosing closure: global, not nonlocal.
        var globals = byReference.Where(v => _scope.Parent is null || _scope.ReferencedGlobals.Contains(v)).ToList();
        _closureGlobals = globals;
        var savedStatics = _closureStatics;
        _closureStatics = [];
        var function = LowerFunction(node, name, _scope.ClassName, false, false);
        var statics = _closureStatics.Select(s => (Parameter: VariableName(s.Name), Cell: Temporary("static_" + s.Name), s.Value)).ToList();
        _closureStatics = savedStatics;
        foreach (var (_, cell, value) in statics)
        {
            _before.Add(new PyAssign(new PyName(cell), Helper("php_ref", value)));
        }
        var def = (PyFunctionDef)function[0];
        var parameters = def.Parameters.Concat(ExtraArguments(node).Select(p => new PyParameter(p))).Concat(byValue.Select(v => new PyParameter(v, new PyName(v))))
            .Concat(statics.Select(s => new PyParameter(s.Parameter, new PyName(s.Cell)))).ToList();
        var nonlocals = byReference.Except(globals).ToList();
        var prologue = new[] { new PyScopeDeclaration(false, globals), new PyScopeDeclaration(true, nonlocals) }.Where(d => d.Names.Count > 0).ToArray<PyStatement>();
        _before.Add(def with { Parameters = parameters, Body = [.. prologue, .. def.Body] });
        return new Lowered(new PyName(name), PhpType.Unknown);
    }

    /// <summary>
    /// A lambda's parameter: its default kept, a variadic one starred (a tuple in Python, where PHP makes an array:
    /// reading, counting and spreading it agree).
    /// </summary>
    private string LambdaParameter(SyntaxNode p)
    {
        var name = VariableName(ParameterName(p));
        if (p.Type == "variadic_parameter")
        {
            return "*" + name;
        }
        return p.ChildByField("default_value") is { } d ? $"{name}={PythonExpressionText(LowerExpression(d).Expression)}" : name;
    }

    private PyExpression LowerArrowLike(SyntaxNode function, SyntaxNode expression, IEnumerable<string> extra)
    {
        var parameters = Named(Field(function, "parameters")).Select(LambdaParameter).Concat(extra).ToList();
        var matches = CallbackMatchParameter(function) is { } m && _scope.TextArrays.Add(m) ? m : null;
        try
        {
            return LambdaOrDef(parameters, () => LowerExpression(expression).Expression);
        }
        finally
        {
            if (matches is not null)
            {
                _scope.TextArrays.Remove(matches);
            }
        }
    }
}
