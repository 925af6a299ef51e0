using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java and C++ lambdas: an expression body (or a block that only returns one) is a Python lambda; a body that runs
/// statements is a local function defined just before the statement that uses it.
/// </summary>
internal sealed partial class CLowering
{
    private LoweredExpression LowerLambda(SyntaxNode node)
    {
        var parameters = new List<string>();
        var declared = new List<(string, CType)>();
        var source = node.ChildByField("parameters") ?? node.ChildByField("declarator")?.ChildByField("parameters");
        var hint = _ctx.LambdaHint;
        _ctx.LambdaHint = null;
        if (source is { } p)
        {
            var list = p.Type == "identifier" ? [p] : p.NamedChildren;
            foreach (var parameter in list)
            {
                var (name, type) = ParameterOf(parameter, declared.Count);
                if (type.Kind == CKind.Unknown && hint is [_, ..])
                {
                    type = hint[Math.Min(declared.Count, hint.Count - 1)];
                }
                parameters.Add(LoweringContext.SafeName(name));
                declared.Add((name, type));
            }
        }
        var body = Field(node, "body");
        _ctx.PushScope();
        try
        {
            foreach (var (name, type) in declared)
            {
                _ctx.Declare(name, type);
            }
            if (body.Type is "block" or "compound_statement" && !IsSingleReturn(body))
            {
                return LambdaAsFunction(body, parameters, declared.Select(d => d.Item1).ToHashSet(StringComparer.Ordinal));
            }
            var expression = body.Type is "block" or "compound_statement" ? SingleReturn(body) : body;
            var value = _ctx.WithoutBuffers(() => Lower(expression));
            return new(new PyLambda(parameters, value.Python), CType.Unknown);
        }
        finally
        {
            _ctx.PopScope();
        }
    }

    private static bool IsSingleReturn(SyntaxNode block) =>
        block.NamedChildren.Where(c => c.Type != "comment").ToArray() is [{ Type: "return_statement" } ret] && ret.NamedChildren.Count == 1;

    /// <summary>
    /// A lambda whose body runs statements (<c>[](auto&amp; a, auto&amp; b) { if (...) return ...; return ...; }</c>): a
    /// function defined just before the statement that uses it, named where the lambda stood. Variables of the
    /// enclosing function it assigns (a C++ capture by reference) are <c>nonlocal</c>, module variables <c>global</c>.
    /// </summary>
    private LoweredExpression LambdaAsFunction(SyntaxNode body, List<string> parameters, HashSet<string> declared)
    {
        if (_ctx.Before is not { } before)
        {
            throw Unsupported(body, "a lambda with a statement body inside a condition");
        }
        var ownLocals = Descendants(body).Where(n => n.Type is "declaration" or "local_variable_declaration")
            .SelectMany(d => d.Children.Where(c => c.FieldName == "declarator"))
            .Select(d => TypeReader.Declared(CType.Unknown, d.Type == "init_declarator" ? Field(d, "declarator") : d.ChildByField("name") ?? d).Name)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var captured = WrittenNames(body).Where(n => !declared.Contains(n) && !ownLocals.Contains(n)).ToArray();
        var outerReturn = _ctx.ReturnType;
        _ctx.ReturnType = CType.Unknown;
        List<PyStatement> statements;
        try
        {
            statements = _ctx.WithoutBuffers(() => LowerBody(body));
        }
        finally
        {
            _ctx.ReturnType = outerReturn;
        }
        var nonlocal = captured.Where(n => _ctx.Lookup(n) is not null).Select(LoweringContext.SafeName).ToArray();
        var global = captured.Where(n => _ctx.Lookup(n) is null && _ctx.IsGlobal(n)).Select(LoweringContext.SafeName).ToArray();
        if (global.Length > 0)
        {
            statements.Insert(0, new PyScopeDeclaration(false, global));
        }
        if (nonlocal.Length > 0)
        {
            statements.Insert(0, new PyScopeDeclaration(true, nonlocal));
        }
        var name = _ctx.Temporary("local_function");
        before.Add(new PyFunctionDef(name, parameters.Select(p => new PyParameter(p)).ToArray(), statements));
        return new(Py.Name(name), CType.Unknown);
    }

    private static SyntaxNode SingleReturn(SyntaxNode block)
    {
        var statements = block.NamedChildren.Where(c => c.Type != "comment").ToArray();
        if (statements is [{ Type: "return_statement" } ret] && ret.NamedChildren.Count == 1)
        {
            return ret.NamedChildren[0];
        }
        throw Unsupported(block, "a lambda with a statement body");
    }
}
