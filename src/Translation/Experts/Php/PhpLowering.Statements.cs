using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>Statements: each lowered on its own, so one untranslatable statement is reported where it stands.</summary>
internal sealed partial class PhpLowering
{
    private List<PyStatement> LowerBlock(IEnumerable<SyntaxNode> statements)
    {
        var result = new List<PyStatement>();
        foreach (var s in statements)
        {
            result.AddRange(LowerStatement(s));
        }
        return result;
    }

    private List<PyStatement> LowerBody(SyntaxNode body) =>
        body.Type is "compound_statement" or "colon_block" ? LowerBlock(Named(body)) : LowerStatement(body).ToList();

    private IReadOnlyList<PyStatement> LowerStatement(SyntaxNode node)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _binaryTypes.Clear();
        var savedBefore = _before;
        _before = [];
        try
        {
            if (BrokenSyntax.InOwnParts(node))
            {
                throw new UntranslatableException(node, "the PHP source has a syntax error in this statement");
            }
            var lowered = LowerStatementCore(node);
            return _before.Count == 0 ? lowered : [.. _before, .. lowered];
        }
        catch (UntranslatableException e)
        {
            Warnings.Add(new TranslationWarning(e.Message, e.Start, e.End));
            return Untranslated(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a lowering rule must not cost the user the whole file: this statement is marked instead.
            var message = UntranslatableException.FailedOn(e);
            Warnings.Add(new TranslationWarning(message, node.Start, node.End));
            return Untranslated(message);
        }
        finally
        {
            _before = savedBefore;
        }
    }

    private IReadOnlyList<PyStatement> LowerStatementCore(SyntaxNode node)
    {
        switch (node.Type)
        {
            case "comment":
                var text = node.Text.TrimStart('/', '#', '*', ' ').TrimEnd('/', '*', ' ');
                return text.Length == 0 || text.Contains('\n', StringComparison.Ordinal) ? [] : [new PyComment(text)];
            case "empty_statement" or "php_tag" or "php_end_tag" or "declare_statement" or "namespace_use_declaration":
                return [];
            case "text":
                return string.IsNullOrWhiteSpace(node.Text) ? [] : [Print([new PyString(node.Text)])];
            case "text_interpolation":
                return LowerBlock(Named(node));
            case "compound_statement":
                return LowerBlock(Named(node));
            case "expression_statement":
                return LowerExpressionStatement(Unwrap(node.NamedChildren[0]));
            case "echo_statement":
                return LowerEcho(Named(node).SelectMany(c => c.Type == "sequence_expression" ? Flatten(c) : [c]).ToArray());
            case "return_statement":
                return [.. ReturnWriteBacks(node), new PyReturn(node.NamedChildCount > 0 ? LowerExpression(node.NamedChildren[0]).Expression : null)];
            case "if_statement":
                return [LowerIf(node)];
            case "while_statement":
                return WithLevelledJumps(node, LowerWhile(node));
            case "do_statement":
                return WithLevelledJumps(node, LowerDoWhile(node));
            case "for_statement":
                return WithLevelledJumps(node, LowerFor(node));
            case "foreach_statement":
                return WithLevelledJumps(node, LowerForeach(node));
            case "switch_statement":
                return LowerSwitch(node);
            case "break_statement":
                return LowerBreak(node);
            case "continue_statement":
                return LowerContinue(node);
            case "function_definition":
            {
                var name = Field(node, "name").Text;
                return WithStaticInitialisers(LowerFunction(node, _functions.GetValueOrDefault(name) ?? PythonNames.Safe(name), null, false, false));
            }
            case "class_declaration":
                return WithStaticInitialisers(LowerClass(node));
            case "try_statement":
                return LowerTry(node);
            case "global_declaration":
                var names = node.NamedChildren.Select(v => VariableName(VariableOf(v))).ToArray();
                foreach (var v in node.NamedChildren)
                {
                    _scope.Globals.Add(VariableOf(v));
                }
                return _scope.Parent is null ? [] : [new PyScopeDeclaration(false, names)];
            case "function_static_declaration":
                return LowerStaticDeclaration(node);
            case "unset_statement":
                return node.NamedChildren.SelectMany(LowerUnset).ToArray();
            case "const_declaration":
                return node.NamedChildren.Where(c => c.Type == "const_element")
                    .Select(c => (PyStatement)new PyAssign(new PyName(AttributeName(c.NamedChildren[0].Text)), LowerExpression(c.NamedChildren[^1]).Expression)).ToArray();
            case "exit_statement":
                return LowerExit(node);
            case "named_label_statement" or "goto_statement":
                return Untranslated(node, "goto and labels have no Python form; not translated");
            case "interface_declaration":
                return LowerClass(node);
            case "enum_declaration":
                return LowerEnum(node);
            case "trait_declaration":
                // A trait's members are copied into each class that uses it (LowerClass); the trait itself is no class.
                return [];
            case "ERROR":
                return Untranslated(node, "the PHP source has a syntax error here; not translated");
            case "namespace_definition":
                return node.ChildByField("body") is { } body ? LowerBlock(Named(body)) : [];
            default:
                return Untranslated(node, $"PHP {node.Type.Replace('_', ' ')} is not translated");
        }
    }

    private static IEnumerable<SyntaxNode> Flatten(SyntaxNode sequence) =>
        sequence.NamedChildren.SelectMany(c => c.Type == "sequence_expression" ? Flatten(c) : [c]);

    private PyStatement LowerIf(SyntaxNode node)
    {
        var test = Condition(Field(node, "condition"));
        var body = LowerBody(Field(node, "body"));
        var alternatives = node.NamedChildren.Where(c => c.Type is "else_if_clause" or "else_clause").ToList();
        return new PyIf(test, body, LowerElse(alternatives, 0));
    }

    private IReadOnlyList<PyStatement> LowerElse(List<SyntaxNode> alternatives, int index)
    {
        if (index >= alternatives.Count)
        {
            return [];
        }
        var clause = alternatives[index];
        if (clause.Type == "else_clause")
        {
            return LowerBody(Field(clause, "body"));
        }
        return [new PyIf(Condition(Field(clause, "condition")), LowerBody(Field(clause, "body")), LowerElse(alternatives, index + 1))];
    }

    /// <summary>A condition: PHP's truthiness is Python's for numbers, arrays and null (the string "0" differs: see README).</summary>
    private PyExpression Condition(SyntaxNode node) => AsCondition(LowerExpression(Unwrap(node)));

    /// <summary>A value tested for truth: PHP's "0" is false; a <c>bool(...)</c> kept for PHP's &amp;&amp; value is not needed in a test.</summary>
    private static PyExpression AsCondition(Lowered value) => value.Expression switch
    {
        PyCall { Function: PyName { Id: "bool" }, Arguments: [PyBoolean inner] } => inner,
        _ when value.Type == PhpType.String => new PyCompare(value.Expression, PyCompareOperator.NotIn, new PyTuple([new PyString(""), new PyString("0")])),
        _ => value.Expression,
    };

    private IReadOnlyList<PyStatement> LowerTry(SyntaxNode node)
    {
        var body = LowerBody(Field(node, "body"));
        var handlers = new List<PyExceptHandler>();
        var final = new List<PyStatement>();
        foreach (var clause in node.NamedChildren)
        {
            if (clause.Type == "catch_clause")
            {
                var caughtTypes = clause.ChildByField("type")?.NamedChildren.ToList() ?? [];
                caughtTypes.ForEach(t => RequireKnownClass(t, t.Text));
                var types = caughtTypes.Select(t => (PyExpression)new PyName(ExceptionName(t.Text))).ToList();
                var type = types.Count == 1 ? types[0] : new PyTuple(types);
                var name = clause.ChildByField("name") is { } v ? VariableName(VariableOf(v)) : null;
                if (name is not null)
                {
                    _scope.Types[VariableOf(clause.ChildByField("name")!.Value)] = PhpType.Object;
                    _scope.Caught.Add(VariableOf(clause.ChildByField("name")!.Value));
                }
                handlers.Add(new PyExceptHandler(type, name, LowerBody(Field(clause, "body"))));
            }
            else if (clause.Type == "finally_clause")
            {
                final.AddRange(LowerBody(Field(clause, "body")));
            }
        }
        return [new PyTry(body, handlers, final)];
    }

    /// <summary>A variable or <c>$this-&gt;p</c>: storing back into it evaluates nothing twice.</summary>
    /// <summary>A reference parameter is left out: a new value stored into it would not reach the caller.</summary>
    private static bool IsPlainStore(SyntaxNode node)
    {
        node = Unwrap(node);
        return (node.Type == "variable_name" && !IsReferenceParameter(node))
            || (node.Type == "member_access_expression" && Unwrap(Field(node, "object")).Type == "variable_name" && Field(node, "name").Type == "name");
    }

    private static bool IsReferenceParameter(SyntaxNode variable)
    {
        var function = variable.Parent;
        while (function is { } f && f.Type is not ("function_definition" or "method_declaration" or "anonymous_function" or "arrow_function"))
        {
            function = f.Parent;
        }
        return function is { } found && found.ChildByField("parameters") is { } parameters && Named(parameters).Any(p =>
            ParameterName(p) == VariableOf(variable) && (p.ChildByField("reference_modifier") is not null || Field(p, "name").Type == "by_ref"));
    }

    private IReadOnlyList<PyStatement> LowerExit(SyntaxNode node)
    {
        if (node.NamedChildCount == 0)
        {
            return [new PyRaise(PyCall.Of("SystemExit", new PyNumber("0")))];
        }
        var value = LowerExpression(node.NamedChildren[0]);
        if (value.Type == PhpType.String)
        {
            return [Print([value.Expression]), new PyRaise(PyCall.Of("SystemExit", new PyNumber("0")))];
        }
        return [new PyRaise(PyCall.Of("SystemExit", value.Expression))];
    }
}
