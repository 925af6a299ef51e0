using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// C++ reference parameters that a function assigns (<c>void swap(int&amp; a, int&amp; b)</c>, <c>bool next(int&amp; pos)</c>):
/// Python passes a number or a string by value, so the function returns the parameters' new values after its own
/// result, and each call assigns them back: <c>a, b = swap(a, b)</c>, <c>ok, pos = next(pos)</c>. A call whose
/// value is used inside a larger expression has no such form and is reported. Containers and structs passed by
/// reference are shared objects already; they count only where the function assigns the whole parameter.
/// </summary>
internal sealed partial class CLowering
{
    /// <summary>The out parameters of a function definition, by position and name (empty when it has none).</summary>
    private List<(int Index, string Name)> OutParameters(SyntaxNode? parameters, SyntaxNode? body)
    {
        var written = WrittenNames(body);
        var result = new List<(int, string)>();
        var index = 0;
        foreach (var parameter in ParametersOf(parameters))
        {
            if (parameter.ChildByField("declarator") is { Type: "reference_declarator" } reference
                && TypeReader.Declared(ReadType(Field(parameter, "type")), reference) is var (name, type, _) && name is not null
                && (written.Contains(name) && type.Kind is CKind.Int or CKind.Float or CKind.Bool or CKind.Char or CKind.String
                    || IsCopiedValue(type) && AssignsDirectly(body, name)))
            {
                result.Add((index, name));
            }
            index++;
        }
        return result;
    }

    /// <summary>Every <c>return</c> of a function with out parameters hands them back after its value; so does its end.</summary>
    private static List<PyStatement> ReturningOutParameters(List<PyStatement> body, IReadOnlyList<(int Index, string Name)> outs, bool hasValue)
    {
        PyExpression[] Outs() => outs.Select(o => (PyExpression)Py.Name(LoweringContext.SafeName(o.Name))).ToArray();
        PyReturn Rewrite(PyReturn r) => new(Tuple(hasValue ? [r.Value ?? PyConstant.None, .. Outs()] : Outs()));
        List<PyStatement> Walk(IReadOnlyList<PyStatement> statements) => statements.Select(s => s switch
        {
            PyReturn r => Rewrite(r),
            PyIf i => i with { Body = Walk(i.Body), OrElse = Walk(i.OrElse) },
            PyWhile w => w with { Body = Walk(w.Body) },
            PyFor f => f with { Body = Walk(f.Body) },
            PyTry t => t with { Body = Walk(t.Body), Handlers = t.Handlers.Select(h => h with { Body = Walk(h.Body) }).ToList(), Finally = Walk(t.Finally) },
            _ => s,
        }).ToList();
        var rewritten = Walk(body);
        if (CanComplete(rewritten))
        {
            rewritten.Add(Rewrite(new PyReturn()));
        }
        return rewritten;
    }

    /// <summary>
    /// <c>while (advance(pos, n))</c>: inside an expression, the call's results are taken apart in order,
    /// <c>[(r := advance(pos, n)), (pos := r[1]), r[0]][-1]</c>, which needs each reference argument to be a name.
    /// </summary>
    private LoweredExpression OutParametersInExpression(SyntaxNode node, string name, SyntaxNode[] args)
    {
        var outs = _ctx.OutParameters[name];
        var type = _ctx.Functions.GetValueOrDefault(name) ?? CType.Unknown;
        var names = outs.Select(o => o.Index < args.Length && Unwrap(args[o.Index]) is { Type: "identifier" } id ? id : (SyntaxNode?)null).ToArray();
        if (type.Kind == CKind.Void || names.Any(n => n is null))
        {
            throw Unsupported(node, $"a call of '{name}', which assigns its reference parameters, inside an expression where they are not plain variables");
        }
        var call = _ctx.WithOutParameterCall(() => LowerUserCall(node, name, args));
        var result = _ctx.Temporary("result");
        var items = new List<PyExpression> { new PyNamedExpression(result, call.Python) };
        for (var i = 0; i < names.Length; i++)
        {
            var target = LowerTarget(names[i]!.Value).Python is PyName { Id: var id } ? id : throw Unsupported(node, "the reference argument");
            items.Add(new PyNamedExpression(target, new PySubscript(Py.Name(result), Py.Number(i + 1))));
        }
        items.Add(new PySubscript(Py.Name(result), Py.Number(0)));
        return new(new PySubscript(new PyList(items), Py.Number(-1)), type);
    }

    private static PyExpression Tuple(PyExpression[] items) => items.Length == 1 ? items[0] : new PyTuple(items);

    /// <summary>
    /// <c>f(a, b);</c>, <c>x = f(a);</c> or <c>T x = f(a);</c> where f has out parameters: one assignment that takes
    /// the result (when kept) and the out parameters' new values. Null when <paramref name="call"/> calls no such function.
    /// </summary>
    private List<PyStatement>? AssignOutParameters(SyntaxNode call, PyExpression? result)
    {
        if (IsJava || Unwrap(call) is not { Type: "call_expression" } c || CallName(c) is not { } name || !_ctx.OutParameters.TryGetValue(name, out var outs)
            || c.ChildByField("function") is not { Type: "identifier" })
        {
            return null;
        }
        var args = Field(c, "arguments").NamedChildren.Where(a => a.Type != "comment").ToArray();
        if (outs.Any(o => o.Index >= args.Length || !IsLvalue(args[o.Index])))
        {
            throw Unsupported(call, $"a call of '{name}' whose reference argument is not a variable");
        }
        var value = _ctx.WithOutParameterCall(() => Lower(c)).Python;
        var targets = outs.Select(o => LowerTarget(args[o.Index]).Python).ToList();
        var hasValue = (_ctx.Functions.GetValueOrDefault(name) ?? CType.Unknown).Kind != CKind.Void;
        if (hasValue)
        {
            targets.Insert(0, result ?? Py.Name("_"));
        }
        return [new PyAssign(Tuple(targets.ToArray()), value)];
    }
}
