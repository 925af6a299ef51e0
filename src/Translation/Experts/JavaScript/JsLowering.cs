using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Lowers a tree-sitter JavaScript tree to the Python syntax model, one construct family per partial file.
/// A construct without a faithful Python form throws <see cref="UntranslatableException"/>; the enclosing
/// statement turns it into a marked comment, a <c>raise NotImplementedError</c> and a warning.
/// </summary>
internal sealed partial class JsLowering(JsContext ctx)
{
    public List<PyStatement> LowerProgram(SyntaxNode root)
    {
        ctx.PushScope(0);
        try
        {
            return LowerStatements(root.NamedChildren, root);
        }
        finally
        {
            ctx.PopScope();
        }
    }

    /// <summary>A statement list; function declarations move first, as JavaScript hoists them.</summary>
    private List<PyStatement> LowerStatements(IReadOnlyList<SyntaxNode> nodes, SyntaxNode owner)
    {
        var hoisted = new List<SyntaxNode>();
        var rest = new List<SyntaxNode>();
        var comments = new List<SyntaxNode>();
        foreach (var n in nodes)
        {
            if (n.Type == "comment")
            {
                comments.Add(n);
                continue;
            }
            // Comments directly above a function move with it.
            (Unexported(n).Type is "function_declaration" or "generator_function_declaration" ? hoisted : rest).AddRange([.. comments, n]);
            comments.Clear();
        }
        rest.AddRange(comments);
        foreach (var function in hoisted.Where(h => h.Type != "comment"))
        {
            ctx.Declare(Unexported(function).ChildByField("name")!.Value.Text, owner.StartByte, JsType.Function);
        }
        // Hoisted functions may assign variables declared later in the block: declare those first.
        foreach (var declaration in nodes.Select(Unexported).Where(n => n.Type is "lexical_declaration" or "variable_declaration"))
        {
            foreach (var declarator in declaration.NamedChildren.Where(c => c.Type == "variable_declarator"))
            {
                if (declarator.ChildByField("name") is { Type: "identifier" } name)
                {
                    ctx.Declare(name.Text, declarator.StartByte, JsType.Null);
                }
            }
        }
        var result = new List<PyStatement>();
        foreach (var node in hoisted.Concat(rest))
        {
            result.AddRange(LowerStatement(node));
        }
        return result;
    }

    private static SyntaxNode Unexported(SyntaxNode node) =>
        node.Type == "export_statement" && node.ChildByField("declaration") is { } declaration ? declaration : node;

    /// <summary>Lowers a statement; an untranslatable construct becomes a marked comment and a raise, never silence.</summary>
    private List<PyStatement> LowerStatement(SyntaxNode node)
    {
        var before = new List<PyStatement>();
        var outer = ctx.Before;
        ctx.Before = before;
        try
        {
            if (BrokenSyntax.InOwnParts(node))
            {
                throw new UntranslatableException(node, "the JavaScript source has a syntax error in this statement");
            }
            var body = LowerStatementCore(node);
            return [.. before, .. body];
        }
        catch (UntranslatableException e)
        {
            var start = e.Start == default ? node.Start : e.Start;
            var end = e.End == default ? node.End : e.End;
            return [ctx.Warn(start, end, e.Message), Py.NotImplemented(e.Message)];
        }
        catch (InvalidOperationException) when (node.HasError)
        {
            // A part the grammar expects is missing: the statement cannot be read, the rest of the file can.
            const string message = "this statement has a syntax error and was not translated";
            return [ctx.Warn(node, message), Py.NotImplemented(message)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a lowering rule must not cost the user the whole file: this statement is marked instead.
            var message = UntranslatableException.FailedOn(e);
            return [ctx.Warn(node, message), Py.NotImplemented(message)];
        }
        finally
        {
            ctx.Before = outer;
        }
    }

    /// <summary>The statements of a block (or one statement) in a scope of its own.</summary>
    private List<PyStatement> LowerBlock(SyntaxNode? node)
    {
        if (node is null)
        {
            return [];
        }
        ctx.PushScope(node.Value.StartByte);
        try
        {
            return node.Value.Type == "statement_block"
                ? LowerStatements(node.Value.NamedChildren, node.Value)
                : LowerStatement(node.Value);
        }
        finally
        {
            ctx.PopScope();
        }
    }

    private static UntranslatableException Unsupported(SyntaxNode node, string what) => new(node, $"{what} has no faithful Python translation here");

    private List<PyStatement> LowerStatementCore(SyntaxNode node)
    {
        switch (node.Type)
        {
            case "statement_block":
                return LowerBlock(node);
            case "empty_statement":
            case "debugger_statement":
                return [];
            case "comment":
                return [Comment(node)];
            case "expression_statement":
                return LowerExpressionStatement(node.NamedChildren[0]);
            case "lexical_declaration":
            case "variable_declaration":
                return LowerDeclaration(node);
            case "function_declaration":
                return [LowerFunctionDeclaration(node)];
            case "generator_function_declaration":
                return [LowerFunctionDeclaration(node)];
            case "class_declaration":
                return LowerClass(node);
            case "return_statement":
                return LowerReturn(node);
            case "if_statement":
                return [LowerIf(node)];
            case "for_statement":
                return InLabelledLoop(() => LowerFor(node));
            case "for_in_statement":
                return InLabelledLoop(() => LowerForIn(node));
            case "while_statement":
                return InLabelledLoop(() => LowerWhile(node));
            case "do_statement":
                return InLabelledLoop(() => LowerDoWhile(node));
            case "break_statement" when node.NamedChildCount > 0:
                return LabelledJump(node, isContinue: false);
            case "break_statement":
                return LowerBreak(node);
            case "continue_statement" when node.NamedChildCount > 0:
                return LabelledJump(node, isContinue: true);
            case "continue_statement":
                return [.. ctx.BeforeContinue, new PyContinue()];
            case "switch_statement":
                return LowerSwitch(node);
            case "try_statement":
                return [LowerTry(node)];
            case "throw_statement":
                return [LowerThrow(node)];
            case "export_statement":
                return node.ChildByField("declaration") is { } declaration ? LowerStatementCore(declaration) : [];
            case "import_statement":
                return [new PyComment("import dropped: " + node.Text.Trim())];
            case "labeled_statement":
                return LowerLabelled(node);
            default:
                throw Unsupported(node, $"'{node.Type}'");
        }
    }

    private static PyComment Comment(SyntaxNode node)
    {
        var text = node.Text;
        text = text.StartsWith("//", StringComparison.Ordinal)
            ? text[2..].Trim()
            : string.Join('\n', text.TrimStart('/').TrimStart('*').TrimEnd('/').TrimEnd('*').Split('\n').Select(l => l.Trim().TrimStart('*').Trim())).Trim();
        return new PyComment(text);
    }

    private List<PyStatement> LowerReturn(SyntaxNode node)
    {
        var values = node.NamedChildren.Where(c => c.Type != "comment").ToList();
        if (ctx.InCallbackLoop)
        {
            // 'return' in a forEach callback ends this element's turn.
            if (values.Count > 0 || !ctx.CallbackInnermost)
            {
                throw Unsupported(node, "a return with a value, or inside a nested loop, in a forEach callback");
            }
            return [.. ctx.BeforeContinue, new PyContinue()];
        }
        if (values.Count == 0)
        {
            return [new PyReturn()];
        }
        var lowered = Lower(values[0]);
        if (ctx.FunctionName is { } function)
        {
            ctx.Returns[function] = ctx.Returns.TryGetValue(function, out var old) ? JsType.Join(old, lowered.Type) : lowered.Type;
        }
        return [new PyReturn(lowered.Py)];
    }

    private PyIf LowerIf(SyntaxNode node)
    {
        var test = Condition(node.ChildByField("condition")!.Value);
        var body = LowerBlock(node.ChildByField("consequence"));
        var orElse = new List<PyStatement>();
        if (node.ChildByField("alternative") is { } alternative)
        {
            var inner = alternative.NamedChildren.First(c => c.Type != "comment");
            orElse = inner.Type == "if_statement" ? LowerStatement(inner) : LowerBlock(inner);
        }
        return new PyIf(test, body, orElse);
    }

    private List<PyStatement> LowerBreak(SyntaxNode node)
    {
        if (node.NamedChildCount > 0)
        {
            throw Unsupported(node, "a labelled break");
        }
        return ctx.InnermostKind switch
        {
            LoopKind.Switch => throw new UntranslatableException(node, "a break inside a switch case before its end has no faithful if/elif translation"),
            LoopKind.Callback => throw Unsupported(node, "a break inside a forEach callback"),
            _ => [new PyBreak()],
        };
    }

    private PyTry LowerTry(SyntaxNode node)
    {
        var body = LowerBlock(node.ChildByField("body"));
        var handlers = new List<PyExceptHandler>();
        if (node.ChildByField("handler") is { } handler)
        {
            ctx.PushScope(handler.StartByte);
            try
            {
                string? name = null;
                List<PyStatement> unpack = [];
                if (handler.ChildByField("parameter") is { } parameter)
                {
                    if (parameter.Type is "object_pattern" or "array_pattern")
                    {
                        // catch ({ message }): the error is named, then destructured.
                        name = ctx.Temporary("error");
                        unpack = Destructure(parameter, JsValue.Of(new PyName(name), JsType.InstanceOf("Error")), declare: true);
                    }
                    else
                    {
                        name = JsContext.SafeName(parameter.Text);
                        ctx.Declare(parameter.Text, handler.StartByte, JsType.InstanceOf("Error"));
                    }
                }
                handlers.Add(new PyExceptHandler(null, name, [.. unpack, .. LowerBlock(handler.ChildByField("body"))]));
            }
            finally
            {
                ctx.PopScope();
            }
        }
        var final = node.ChildByField("finalizer") is { } finalizer ? LowerBlock(finalizer.ChildByField("body")) : [];
        if (handlers.Count == 0 && final.Count == 0)
        {
            final = [new PyPass()];
        }
        return new PyTry(body, handlers, final);
    }

    /// <summary>The Python error for a JavaScript error class, defining the class where Python has none.</summary>
    private string ErrorType(string jsName)
    {
        if (JsRuntime.ErrorClasses.Contains(jsName))
        {
            ctx.Helpers.Add(jsName);
        }
        return JsRuntime.PythonError(jsName);
    }

    private PyRaise LowerThrow(SyntaxNode node)
    {
        var value = node.NamedChildren[0];
        if (value.Type == "new_expression")
        {
            var constructor = value.ChildByField("constructor")!.Value.Text;
            if (constructor.EndsWith("Error", StringComparison.Ordinal) && !ctx.Facts.Classes.Contains(constructor))
            {
                var arguments = value.ChildByField("arguments")?.NamedChildren.Select(a => Lower(a).Py).ToArray() ?? [];
                var type = ErrorType(constructor);
                return new PyRaise(PyCall.Of(type, arguments));
            }
            return new PyRaise(Lower(value).Py);
        }
        var thrown = Lower(value);
        return new PyRaise(thrown.Type.Kind == JsKind.Instance ? thrown.Py : PyCall.Of("Exception", thrown.Py));
    }
}
