using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>The statement being lowered: what runs before or after it must not be read elsewhere in it.</summary>
    private SyntaxNode? _statement;

    /// <summary>Lowers a statement. A construct without a faithful translation becomes a marked comment and a raise, never silence.</summary>
    public List<PyStatement> LowerStatement(SyntaxNode node)
    {
        if (node.Type is not ("declaration" or "expression_statement" or "comment") || node.Type == "expression_statement" && !node.Text.StartsWith("memset", StringComparison.Ordinal))
        {
            _ctx.ZeroFilled.Clear();
        }
        var before = new List<PyStatement>();
        var after = new List<PyStatement>();
        var (outerBefore, outerAfter, outerStatement) = (_ctx.Before, _ctx.After, _statement);
        (_ctx.Before, _ctx.After, _statement) = (before, after, node);
        try
        {
            if (BrokenSyntax.InOwnParts(node))
            {
                throw new UntranslatableException(node, $"the {(IsJava ? "Java" : "C++")} source has a syntax error in this statement");
            }
            var body = LowerStatementCore(node);
            if (before.Count == 0 && after.Count == 0)
            {
                return body;
            }
            if (after.Count > 0 && body.Count > 0 && body[^1] is PyReturn or PyBreak or PyContinue or PyRaise)
            {
                // x++ in 'return x++' updates a local that is never read again.
                after.Clear();
            }
            return [.. before, .. body, .. after];
        }
        catch (UntranslatableException e)
        {
            return Marked(node, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a lowering rule must not cost the user the whole file: this statement is marked instead.
            return Marked(node.Start, node.End, UntranslatableException.FailedOn(e));
        }
        finally
        {
            (_ctx.Before, _ctx.After, _statement) = (outerBefore, outerAfter, outerStatement);
        }
    }

    /// <summary>Lowers a declaration outside any statement (a static field's value): what cannot be translated is marked in its place.</summary>
    private List<PyStatement> Guarded(SyntaxNode node, Func<List<PyStatement>> lower)
    {
        try
        {
            return lower();
        }
        catch (UntranslatableException e)
        {
            return Marked(node, e);
        }
    }

    /// <summary>What stands where <paramref name="node"/> could not be translated: the marked comment (warned) and a raise.</summary>
    private List<PyStatement> Marked(SyntaxNode node, UntranslatableException e) =>
        Marked(e.Start == default ? node.Start : e.Start, e.End == default ? node.End : e.End, e.Message);

    private List<PyStatement> Marked(SourcePosition start, SourcePosition end, string message) =>
        [_ctx.Warn(start, end, message), Py.NotImplemented(message)];

    /// <summary>The statements of a block or a single statement, in a new scope.</summary>
    public List<PyStatement> LowerBody(SyntaxNode? node)
    {
        if (node is null)
        {
            return [];
        }
        _ctx.PushScope();
        try
        {
            return node.Value.Type is "block" or "compound_statement" or "constructor_body"
                ? node.Value.NamedChildren.SelectMany(LowerStatement).ToList()
                : LowerStatement(node.Value);
        }
        finally
        {
            _ctx.PopScope();
        }
    }

    private List<PyStatement> LowerStatementCore(SyntaxNode node)
    {
        switch (node.Type)
        {
            case "block":
            case "compound_statement":
                return LowerBody(node);
            case "expression_statement":
                var named = node.NamedChildren;
                // delete[] a: Python frees the list once nothing refers to it.
                return named.Count == 0 || named[0].Type == "delete_expression" ? [] : LowerExpressionStatement(named[0]);
            case "local_variable_declaration":
            case "field_declaration": // a static field of a class of static members, a module variable
            case "declaration":
                return LowerDeclaration(node);
            case "return_statement":
                var returned = node.NamedChildren;
                return returned.Count == 0 ? [new PyReturn()] : [new PyReturn(LowerAs(returned[0], _ctx.ReturnType))];
            case "if_statement":
                return [LowerIf(node)];
            case "while_statement":
                return LowerWhile(node);
            case "do_statement":
                return LowerDoWhile(node);
            case "for_statement":
                return LowerFor(node);
            case "enhanced_for_statement":
            case "for_range_loop":
                return LowerForEach(node);
            case "break_statement":
                return node.NamedChildren.Count > 0 ? throw Unsupported(node, "a labelled break") : [new PyBreak()];
            case "continue_statement":
                return node.NamedChildren.Count > 0 ? throw Unsupported(node, "a labelled continue") : [.. _ctx.BeforeContinue, new PyContinue()];
            case "switch_expression":
            case "switch_statement":
                return LowerSwitch(node);
            case "explicit_constructor_invocation":
                return [LowerConstructorCall(node)];
            case "throw_statement":
                return [LowerThrow(node)];
            case "assert_statement":
                return [LowerAssert(node)];
            case "synchronized_statement":
                return Synchronized(node, LowerBody(Field(node, "body")));
            case "try_statement":
                return [LowerTry(node)];
            case "comment":
            case "empty_statement":
            case ";":
                return [];
            case "labeled_statement":
                throw Unsupported(node, "a labelled statement");
            default:
                throw Unsupported(node);
        }
    }

    private List<PyStatement> LowerExpressionStatement(SyntaxNode expression)
    {
        expression = Unwrap(expression);
        switch (expression.Type)
        {
            case "assignment_expression":
                return LowerAssignmentStatement(expression);
            case "update_expression":
                return LowerUpdateStatement(expression);
            case "method_invocation":
                return LowerJavaCallStatement(expression);
            case "call_expression":
                return AssignOutParameters(expression, null) ?? LowerCppCallStatement(expression);
            case "binary_expression" when LowerStreamOutput(expression) is { } printed:
                return printed;
            case "comma_expression":
                return [.. LowerExpressionStatement(Field(expression, "left")), .. LowerExpressionStatement(Field(expression, "right"))];
            case "conditional_expression" or "ternary_expression":
                // c ? a = x : b = y; used for its effects is an if statement.
                return [new PyIf(Condition(Field(expression, "condition")), LowerExpressionStatement(Field(expression, "consequence")), LowerExpressionStatement(Field(expression, "alternative")))];
            default:
                return [new PyExpressionStatement(Lower(expression).Python)];
        }
    }

    private PyIf LowerIf(SyntaxNode node)
    {
        var test = Condition(Field(node, "condition"));
        var body = LowerBody(Field(node, "consequence"));
        var alternative = node.ChildByField("alternative");
        if (alternative is { Type: "else_clause" } clause)
        {
            alternative = clause.NamedChildren.Count > 0 ? clause.NamedChildren[0] : null;
        }
        var orElse = alternative is { Type: "if_statement" } elif ? [LowerIf(elif)] : LowerBody(alternative);
        return new PyIf(test, body, orElse);
    }

    private PyRaise LowerThrow(SyntaxNode node)
    {
        var thrown = node.NamedChildren[0];
        if (thrown.Type == "identifier")
        {
            // throw e; raises the caught (or built) exception object again.
            return new PyRaise(Lower(thrown).Python);
        }
        // Java's new T(...), C++'s T(...).
        var typeNode = thrown.Type == "object_creation_expression" ? Field(thrown, "type") : thrown.Type == "call_expression" ? Field(thrown, "function") : thrown;
        var source = typeNode.Text.StartsWith("std::", StringComparison.Ordinal) ? typeNode.Text[5..] : typeNode.Text;
        var args = thrown.Type is "object_creation_expression" or "call_expression" ? Arguments(thrown) : [];
        var type = TypeName(source);
        var message = _ctx.SourceClasses.Contains(source) ? args.Select(a => Lower(a).Python).ToArray()
            : args.Length == 1 ? [Lower(args[0]).Python]
            : Array.Empty<PyExpression>();
        return new PyRaise(PyCall.Of(type, message));
    }

    /// <summary>The Python exception for a Java or C++ exception type: a class of the source keeps its name, a library one maps by meaning.</summary>
    private string TypeName(string source) => _ctx.SourceClasses.Contains(source) ? source : ExceptionType(source);

    /// <summary>The Python exception that matches a library exception type by meaning.</summary>
    private static string ExceptionType(string source) => source switch
    {
        "ArithmeticException" => "ZeroDivisionError",
        "ArrayIndexOutOfBoundsException" or "IndexOutOfBoundsException" or "StringIndexOutOfBoundsException" or "out_of_range" => "IndexError",
        "IllegalArgumentException" or "NumberFormatException" or "invalid_argument" => "ValueError",
        "IllegalStateException" or "UnsupportedOperationException" or "runtime_error" => "RuntimeError",
        "NullPointerException" => "AttributeError",
        _ => "Exception",
    };

    private PyTry LowerTry(SyntaxNode node)
    {
        var body = LowerBody(Field(node, "body"));
        var handlers = new List<PyExceptHandler>();
        var final = new List<PyStatement>();
        foreach (var child in node.NamedChildren)
        {
            if (child.Type == "catch_clause")
            {
                var parameter = child.NamedChildren.First(c => c.Type == "catch_formal_parameter");
                var types = parameter.NamedChildren.Where(c => c.Type == "catch_type").SelectMany(c => c.NamedChildren).Select(t => TypeName(t.Text)).Distinct().ToArray();
                var name = parameter.ChildByField("name")?.Text;
                if (name is not null)
                {
                    var caught = parameter.NamedChildren.Where(c => c.Type == "catch_type").SelectMany(c => c.NamedChildren).ToArray();
                    _ctx.Declare(name, new CType(CKind.Object, Name: caught.Length == 1 ? caught[0].Text : "Exception"));
                }
                PyExpression? type = types.Length == 1 ? Py.Name(types[0]) : types.Length > 1 ? new PyTuple(types.Select(t => (PyExpression)Py.Name(t)).ToArray()) : null;
                handlers.Add(new PyExceptHandler(type is PyName { Id: "Exception" } ? null : type, name is null ? null : LoweringContext.SafeName(name), LowerBody(child.ChildByField("body"))));
            }
            else if (child.Type == "finally_clause")
            {
                final.AddRange(LowerBody(child.NamedChildren[0]));
            }
        }
        return new PyTry(body, handlers, final);
    }
}
