using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private PyFunctionDef LowerFunctionDeclaration(SyntaxNode node) =>
        LowerFunction(node, node.ChildByField("name")!.Value.Text);

    /// <summary>A function, arrow function or function expression as a <c>def</c> called <paramref name="name"/>.</summary>
    /// <summary>The kinds a callback's parameters take (reduce's accumulator and element), for the next function lowered.</summary>
    private IReadOnlyList<JsType>? _callbackTypes;

    private PyFunctionDef LowerFunction(SyntaxNode node, string name, bool method = false, IReadOnlyList<string>? decorators = null, IReadOnlyList<PyStatement>? prologue = null)
    {
        var pyName = name == "constructor" ? "__init__" : JsContext.SafeName(name);
        ctx.PushFunction(name);
        var parameters = new List<PyParameter>();
        var body = new List<PyStatement>();
        if (method)
        {
            parameters.Add(new PyParameter("self"));
        }
        try
        {
            body.AddRange(LowerParameters(node, parameters));
            body.AddRange(prologue ?? []);
            if (node.Children.Any(c => c.Type == "async"))
            {
                throw Unsupported(node, "an async function (await has no synchronous equivalent)");
            }

            var functionBody = node.ChildByField("body")!.Value;
            if (functionBody.Type == "statement_block")
            {
                ctx.PushScope(functionBody.StartByte);
                try
                {
                    body.AddRange(LowerStatements(functionBody.NamedChildren, functionBody));
                }
                finally
                {
                    ctx.PopScope();
                }
            }
            else if (functionBody is { Type: "call_expression" } call && call.ChildByField("function") is { Type: "member_expression" } callee
                && callee.ChildByField("property")?.Text == "forEach")
            {
                // ops => ops.forEach(...): the value is undefined, so the call is the body's one statement.
                var outerBefore = ctx.Before;
                var before = new List<PyStatement>();
                ctx.Before = before;
                try
                {
                    var statements = LowerExpressionStatement(functionBody);
                    body.AddRange(before);
                    body.AddRange(statements);
                }
                finally
                {
                    ctx.Before = outerBefore;
                }
                ctx.Returns[name] = ctx.Returns.TryGetValue(name, out var old) ? JsType.Join(old, JsType.Null) : JsType.Null;
            }
            else
            {
                body.AddRange(LowerLeadingExpressions(ref functionBody));
                // What the body's value needs first (a nested def) belongs to this function, not to the statement around it.
                var outerBefore = ctx.Before;
                var before = new List<PyStatement>();
                ctx.Before = before;
                JsValue value;
                try
                {
                    value = Lower(functionBody);
                }
                finally
                {
                    ctx.Before = outerBefore;
                }
                ctx.Returns[name] = ctx.Returns.TryGetValue(name, out var old) ? JsType.Join(old, value.Type) : value.Type;
                body.AddRange(before);
                body.Add(new PyReturn(value.Py));
            }
        }
        catch (UntranslatableException e)
        {
            body.Add(ctx.Warn(e.Start == default ? node.Start : e.Start, e.End == default ? node.End : e.End, e.Message));
            body.Add(Py.NotImplemented(e.Message));
        }
        finally
        {
            if (node.Type is "generator_function_declaration" or "generator_function" || node.Children.Any(c => c.Type == "*"))
            {
                // A call of a generator gives an iterator; what its return statements give is the last next()'s value.
                ctx.Returns[name] = JsType.Iterator;
            }
            var (nonlocals, globals) = ctx.PopFunction();
            if (globals.Count > 0)
            {
                body.Insert(0, new PyScopeDeclaration(false, globals.Select(JsContext.SafeName).ToList()));
            }
            if (nonlocals.Count > 0)
            {
                body.Insert(0, new PyScopeDeclaration(true, nonlocals.Select(JsContext.SafeName).ToList()));
            }
        }
        return new PyFunctionDef(pyName, parameters, body, decorators);
    }

    /// <summary>Declares the parameters; returns the statements that unpack destructured ones and fill mutable defaults.</summary>
    private List<PyStatement> LowerParameters(SyntaxNode function, List<PyParameter> parameters)
    {
        var statements = new List<PyStatement>();
        var nodes = function.ChildByField("parameters")?.NamedChildren
            ?? (function.ChildByField("parameter") is { } single ? [single] : []);
        var index = 0;
        var passed = FewestArguments(function);
        var callbackTypes = _callbackTypes;
        _callbackTypes = null;
        foreach (var parameter in nodes.Where(p => p.Type != "comment"))
        {
            switch (parameter.Type)
            {
                case "identifier":
                    // A function only ever called: its parameters hold what the calls pass.
                    var passedType = function.Type == "function_declaration" && function.ChildByField("name")?.Text is { } functionName
                        && ctx.Facts.CalledOnly.Contains(functionName) ? ctx.ArgumentType(functionName, index) : null;
                    passedType ??= callbackTypes is not null && index < callbackTypes.Count ? callbackTypes[index] : null;
                    ctx.Declare(parameter.Text, function.StartByte, passedType ?? JsType.Unknown);
                    // A call that passes fewer arguments leaves this one undefined.
                    parameters.Add(index >= passed ? new PyParameter(JsContext.SafeName(parameter.Text), PyConstant.None) : new PyParameter(JsContext.SafeName(parameter.Text)));
                    break;
                case "assignment_pattern" when parameter.ChildByField("left") is { Type: "identifier" } left:
                    var value = Lower(parameter.ChildByField("right")!.Value);
                    ctx.Declare(left.Text, function.StartByte, value.Type);
                    var safe = JsContext.SafeName(left.Text);
                    if (value.Py is PyNumber or PyString or PyConstant || value.Py is PyUnary { Operand: PyNumber })
                    {
                        parameters.Add(new PyParameter(safe, value.Py));
                        // A call may pass undefined (a missing key, a short split), which takes the default too.
                        if (value.Py is not PyConstant { Keyword: "None" })
                        {
                            statements.Add(new PyIf(new PyCompare(new PyName(safe), PyCompareOperator.Is, PyConstant.None), [new PyAssign([new PyName(safe)], value.Py)], []));
                        }
                    }
                    else
                    {
                        // A Python default is evaluated once; JavaScript evaluates it on every call where the argument
                        // is missing (undefined, not null, which Python's None also stands for): Ellipsis marks "missing".
                        // A recursive call passing null (node.left) must not take the default.
                        // A fresh container ([], {}, new Map()) or a function cannot be what a null argument stands for
                        // (JavaScript would fail using it), so there None (undefined: a missing key, a short row) takes it too.
                        var missing = parameter.ChildByField("right")!.Value.Type is "array" or "object" or "new_expression" or "arrow_function" or "function_expression" or "function"
                            ? PyConstant.None : new PyConstant("...");
                        parameters.Add(new PyParameter(safe, missing));
                        statements.Add(new PyIf(new PyCompare(new PyName(safe), PyCompareOperator.Is, missing), [new PyAssign([new PyName(safe)], value.Py)], []));
                    }
                    break;
                case "rest_pattern":
                    var rest = parameter.NamedChildren[0];
                    ctx.Declare(rest.Text, function.StartByte, JsType.RestOf(null));
                    parameters.Add(new PyParameter("*" + JsContext.SafeName(rest.Text)));
                    statements.Add(new PyAssign([new PyName(JsContext.SafeName(rest.Text))], PyCall.Of("list", new PyName(JsContext.SafeName(rest.Text)))));
                    break;
                case "assignment_pattern" when parameter.ChildByField("left") is { Type: "array_pattern" or "object_pattern" } pattern:
                {
                    // ({ a = 1 } = {}): the default fills a missing argument, then the pattern unpacks it. An
                    // undefined argument takes it too; null (None as well) cannot be destructured in JavaScript.
                    var argument = new PyName(ctx.Temporary("options"));
                    var missing = PyConstant.None;
                    parameters.Add(new PyParameter(argument.Id, missing));
                    var fallback = Lower(parameter.ChildByField("right")!.Value);
                    statements.Add(new PyIf(new PyCompare(argument, PyCompareOperator.Is, missing), [new PyAssign([argument], fallback.Py)], []));
                    statements.AddRange(Destructure(pattern, JsValue.Of(argument, fallback.Type), declare: true));
                    break;
                }
                case "array_pattern" or "object_pattern":
                    var temporary = ctx.Temporary("arg");
                    parameters.Add(new PyParameter(temporary));
                    statements.AddRange(Destructure(parameter, JsValue.Of(new PyName(temporary), JsType.Unknown), declare: true));
                    break;
                default:
                    throw Unsupported(parameter, "this parameter form");
            }
            index++;
        }
        // A call passing more arguments than the function names: JavaScript ignores the rest.
        if (!nodes.Any(p => p.Type == "rest_pattern") && MostArguments(function) > index)
        {
            parameters.Add(new PyParameter(parameters.Any(p => p.Name == "_") ? "*__" : "*_"));
        }
        return statements;
    }

    /// <summary>
    /// An arrow whose body is a comma expression (<c>(m, ch) => ((m[ch] = (m[ch] ?? 0) + 1), m)</c>): the parts before
    /// the last are statements of the def, and <paramref name="body"/> becomes the last, its value.
    /// </summary>
    private List<PyStatement> LowerLeadingExpressions(ref SyntaxNode body)
    {
        var expression = body;
        while (expression.Type == "parenthesized_expression")
        {
            expression = expression.NamedChildren.First(c => c.Type != "comment");
        }
        if (expression.Type != "sequence_expression")
        {
            return [];
        }
        var parts = Sequence(expression).ToList();
        var statements = new List<PyStatement>();
        var outer = ctx.Before;
        var before = new List<PyStatement>();
        ctx.Before = before;
        try
        {
            foreach (var part in parts.SkipLast(1))
            {
                var lowered = LowerExpressionStatement(part);
                statements.AddRange(before);
                before.Clear();
                statements.AddRange(lowered);
            }
        }
        finally
        {
            ctx.Before = outer;
        }
        body = parts[^1];
        return statements;

        static IEnumerable<SyntaxNode> Sequence(SyntaxNode node) => node.Type == "sequence_expression"
            ? node.NamedChildren.Where(c => c.Type != "comment").SelectMany(Sequence)
            : [node];
    }

    /// <summary>The fewest arguments a call in the file passes to this function or method (all, when no call says fewer).</summary>
    private int FewestArguments(SyntaxNode function)
    {
        var fewest = CalledName(function) is { } name && ctx.Facts.FewestArguments.TryGetValue(name, out var byName) ? byName : int.MaxValue;
        return IsMethod(function) && ctx.Facts.FewestArguments.TryGetValue(JsProgramFacts.ComputedMethodCall, out var computed) ? Math.Min(fewest, computed) : fewest;
    }

    /// <summary>The most arguments a call in the file passes to this function or method (none known: 0).</summary>
    private int MostArguments(SyntaxNode function)
    {
        var most = CalledName(function) is { } name ? ctx.Facts.MostArguments.GetValueOrDefault(name) : 0;
        return IsMethod(function) ? Math.Max(most, ctx.Facts.MostArguments.GetValueOrDefault(JsProgramFacts.ComputedMethodCall)) : most;
    }

    /// <summary>A method of a class, other than its constructor: a call by a computed name (<c>vm[op](arg)</c>) may reach it.</summary>
    private static bool IsMethod(SyntaxNode function) =>
        function.Type == "method_definition" && function.Parent?.Type == "class_body" && function.ChildByField("name")?.Text != "constructor";

    /// <summary>The name calls use for the function: its own, its variable's, or "new C" for a constructor.</summary>
    private string? CalledName(SyntaxNode function)
    {
        var name = function.ChildByField("name")?.Text ?? (function.Parent is { Type: "variable_declarator" } declarator ? declarator.ChildByField("name")?.Text : null);
        if (name == "constructor" && ctx.Class is { } owner)
        {
            name = "new " + owner;
        }
        return name?.TrimStart('#');
    }

    /// <summary>A function used as a value: a lambda when it is one expression without assignments, else a nested def.</summary>
    private JsValue LowerFunctionValue(SyntaxNode node)
    {
        // A function value may be called with more arguments than it names, which JavaScript ignores: *_ takes them.
        var extra = !(node.ChildByField("parameters")?.NamedChildren.Any(p => p.Type == "rest_pattern") ?? false);
        if (AsLambda(node) is { } lambda)
        {
            return JsValue.Of(extra ? lambda with { Parameters = [.. lambda.Parameters, lambda.Parameters.Contains("_") ? "*__" : "*_"] } : lambda, JsType.Function);
        }
        if (ctx.Before is null)
        {
            throw Unsupported(node, "a multi-statement function inside a loop condition");
        }
        var name = ctx.Temporary("fn");
        var def = LowerFunction(node, name);
        extra &= !def.Parameters.Any(p => p.Name.StartsWith('*'));
        ctx.Before.Add(extra ? def with { Parameters = [.. def.Parameters, new PyParameter(def.Parameters.Any(p => p.Name == "_") ? "*__" : "*_")] } : def);
        return JsValue.Of(new PyName(name), JsType.Function);
    }

    // The kind of the body of the lambda AsLambda built last (map's element kind).
    private JsType _lastLambdaType = JsType.Unknown;

    private PyLambda? AsLambda(SyntaxNode node, IReadOnlyList<JsType>? types = null)
    {
        _lastLambdaType = JsType.Unknown;
        var body = node.ChildByField("body")!.Value;
        if (body.Type == "statement_block")
        {
            var statements = body.NamedChildren.Where(c => c.Type != "comment").ToList();
            if (statements is not [{ Type: "return_statement" } ret] || ret.NamedChildCount == 0)
            {
                return null;
            }
            body = ret.NamedChildren[0];
        }
        if (node.Children.Any(c => c.Type is "async" or "*") || HasAssignment(body))
        {
            return null;
        }
        var nodes = node.ChildByField("parameters")?.NamedChildren ?? (node.ChildByField("parameter") is { } single ? [single] : []);
        if (nodes.Any(p => p.Type != "identifier"))
        {
            return null;
        }
        ctx.PushFunction(null);
        try
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                ctx.Declare(nodes[i].Text, node.StartByte, types is not null && i < types.Count ? types[i] : JsType.Unknown);
            }
            var value = ctx.WithoutBefore(() => Lower(body));
            _lastLambdaType = value.Type;
            return new PyLambda(nodes.Select(p => JsContext.SafeName(p.Text)).ToList(), value.Py);
        }
        catch (UntranslatableException)
        {
            return null;
        }
        finally
        {
            ctx.PopFunction();
        }
    }

    private static List<string> CallbackParameters(SyntaxNode function) =>
        (function.ChildByField("parameters")?.NamedChildren ?? (function.ChildByField("parameter") is { } single ? [single] : []))
            .Where(p => p.Type != "comment").Select(p => p.Text).ToList();

    private static bool Mentions(PyExpression expression, string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(Python.Printing.PythonExpressionPrinter.Print(expression), $@"(?<![\w.]){System.Text.RegularExpressions.Regex.Escape(name)}(?!\w)");

    private static bool HasAssignment(SyntaxNode node)
    {
        if (node.Type is "assignment_expression" or "augmented_assignment_expression" or "update_expression" or "arrow_function" or "function_expression")
        {
            return true;
        }
        return node.NamedChildren.Any(HasAssignment);
    }
}
