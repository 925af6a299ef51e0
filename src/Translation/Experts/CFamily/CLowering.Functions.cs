using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private SyntaxNode? _functionBody;

    /// <summary>A function or method: parameters typed in a fresh scope, the body, and a <c>global</c> line for module variables it assigns.</summary>
    private PyFunctionDef LowerFunction(string name, IEnumerable<SyntaxNode> parameters, CType returnType, SyntaxNode? body, string? self = null, IReadOnlyList<string>? decorators = null)
    {
        // A function whose name or signature has no Python form keeps a stub that raises where it is called.
        PyFunctionDef Stub(string pythonName, SourcePosition start, SourcePosition end, string message) =>
            new(pythonName, self is null ? [new PyParameter("*args")] : [new PyParameter(self), new PyParameter("*args")],
                Marked(start, end, message), decorators);
        if (string.IsNullOrEmpty(name))
        {
            // Error recovery left a method without its name: nothing can call it.
            var start = body?.Start ?? default;
            return Stub($"_unnamed_{start.Line + 1}", start, body?.End ?? start, "a function without a name (the source has a syntax error here)");
        }
        (string Name, CType Type)[] declared;
        try
        {
            declared = parameters.Select(ParameterOf).ToArray();
        }
        catch (UntranslatableException e)
        {
            return Stub(LoweringContext.SafeName(name), e.Start == default ? body?.Start ?? default : e.Start, e.End == default ? body?.End ?? default : e.End, e.Message);
        }
        _ctx.PushScope();
        var (outerBody, outerReturn) = (_functionBody, _ctx.ReturnType);
        _ctx.AssignedGlobals.Clear();
        _ctx.ArrayShapes.Clear();
        _ctx.ZeroFilled.Clear();
        _ctx.IteratorVariables.Clear();
        try
        {
            foreach (var (parameter, type) in declared)
            {
                _ctx.Declare(parameter, type);
            }
            _functionBody = body;
            _ctx.ReturnType = returnType;
            var statements = LowerBody(body);
            if (!IsJava && _ctx.OutParameters.TryGetValue(name, out var outs) && self is null)
            {
                statements = ReturningOutParameters(statements, outs, returnType.Kind is not (CKind.Void or CKind.Unknown));
            }
            if (!IsJava)
            {
                // C++ parameters taken by value are the caller's copies.
                var byValue = parameters.Zip(declared).Where(p => p.First.ChildByField("declarator") is not { Type: "reference_declarator" or "pointer_declarator" or "abstract_reference_declarator" or "abstract_pointer_declarator" });
                statements.InsertRange(0, CopiesOnEntry(byValue.Select(p => p.Second), body));
            }
            // Java and C# refuse such a function; in C++ the caller reads an undefined value (main alone returns 0).
            if (!IsJava && returnType.Kind is not (CKind.Void or CKind.Unknown) && name != "main" && body is { } b && CanComplete(statements))
            {
                _ctx.Warnings.Add(new TranslationWarning(
                    $"control can reach the end of '{name}', which returns a value: C++ leaves that result undefined; the translation returns None", b.Start, b.End));
            }
            if (_ctx.AssignedGlobals.Count > 0)
            {
                statements.Insert(0, new PyScopeDeclaration(false, _ctx.AssignedGlobals.Order(StringComparer.Ordinal).ToArray()));
            }
            // Java's int... values is Python's *values: the callers' separate arguments arrive as one tuple.
            var spread = parameters.Select(p => p.Type == "spread_parameter").ToArray();
            var names = declared.Select((d, i) => new PyParameter((spread[i] ? "*" : string.Empty) + LoweringContext.SafeName(d.Name)));
            return new PyFunctionDef(LoweringContext.SafeName(name), self is null ? names.ToArray() : [new PyParameter(self), .. names], statements, decorators);
        }
        finally
        {
            _functionBody = outerBody;
            _ctx.ReturnType = outerReturn;
            _ctx.PopScope();
        }
    }

    /// <summary>Whether running <paramref name="block"/> can reach its end (no return, raise or endless loop stops it first).</summary>
    private static bool CanComplete(IReadOnlyList<PyStatement> block)
    {
        var last = block.LastOrDefault(s => s is not (PyComment or PyPass));
        return last switch
        {
            null => true,
            PyReturn or PyRaise => false,
            PyIf branch => CanComplete(branch.Body) || branch.OrElse.Count == 0 || CanComplete(branch.OrElse),
            PyWhile loop when loop.Test is PyConstant { Keyword: "True" } || loop.Test is PyNumber { Text: not "0" } => Breaks(loop.Body),
            PyTry attempt => attempt.Finally.Count > 0 && !CanComplete(attempt.Finally) ? false
                : CanComplete(attempt.Body) || attempt.Handlers.Any(h => CanComplete(h.Body)),
            _ => true,
        };
    }

    /// <summary>A <c>break</c> of this loop (not of a loop inside it).</summary>
    private static bool Breaks(IReadOnlyList<PyStatement> body) => body.Any(s => s switch
    {
        PyBreak => true,
        PyIf branch => Breaks(branch.Body) || Breaks(branch.OrElse),
        PyTry attempt => Breaks(attempt.Body) || attempt.Handlers.Any(h => Breaks(h.Body)) || Breaks(attempt.Finally),
        _ => false,
    });

    /// <summary>Parameters of a Java formal_parameters or a C++ parameter_list node.</summary>
    private static IEnumerable<SyntaxNode> ParametersOf(SyntaxNode? list) =>
        list is { } l && !IsVoidList(l)
            ? l.NamedChildren.Where(c => c.Type is "formal_parameter" or "spread_parameter" or "parameter_declaration" or "optional_parameter_declaration")
            : [];

    /// <summary>C's <c>f(void)</c>: a list that declares no parameter.</summary>
    private static bool IsVoidList(SyntaxNode list) =>
        list.NamedChildren.Where(c => c.Type != "comment").ToArray() is [{ Type: "parameter_declaration" } only]
        && only.ChildByField("declarator") is null && only.ChildByField("type")?.Text == "void";

    /// <summary>Reports the out parameters of a function that cannot hand them back (an overload): the caller would not see them.</summary>
    private void WarnAboutOutParameters(SyntaxNode parameters, SyntaxNode? body)
    {
        var declared = ParametersOf(parameters).ToArray();
        foreach (var (index, name) in OutParameters(parameters, body))
        {
            _ctx.Warnings.Add(new TranslationWarning(
                $"reference parameter '{name}' is assigned: the caller will not see the new value in Python", declared[index].Start, declared[index].End));
        }
    }

    private static PyIf MainGuard(string main) =>
        new PyIf(Py.Compare(Py.Name("__name__"), PyCompareOperator.Equal, new PyString("__main__")), [new PyExpressionStatement(Py.Call(main))], []);
}
