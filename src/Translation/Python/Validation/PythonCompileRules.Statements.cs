using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>Targets, parameters, arguments, control flow and f-strings: the rules that need no scope resolution.</summary>
internal sealed partial class PythonCompileRules
{
    private void Assignment(SyntaxNode assignment, CancellationToken cancellationToken)
    {
        var left = assignment.ChildByField("left")!.Value;
        if (assignment.ChildByField("type") is { } annotation)
        {
            if (left.Type == "pattern_list")
            {
                Error(left, "only single target (not tuple) can be annotated");
            }
            Walk(annotation, cancellationToken);
        }
        if (left.Type == "list_splat_pattern")
        {
            Error(left, "starred assignment target must be in a list or tuple");
        }
        else if (left.NamedChildren.Count(c => c.Type == "list_splat_pattern") > 1)
        {
            Error(left, "multiple starred expressions in assignment");
        }
        if (assignment.ChildByField("right") is { } right)
        {
            Walk(right, cancellationToken);
        }
        BindTargets(left, cancellationToken);
    }

    private void AugmentedAssignment(SyntaxNode assignment, CancellationToken cancellationToken)
    {
        var left = assignment.ChildByField("left")!.Value;
        if (left.Type is not ("identifier" or "attribute" or "subscript"))
        {
            Error(left, $"'{left.Type}' is an illegal expression for augmented assignment");
        }
        Walk(assignment.ChildByField("right")!.Value, cancellationToken);
        BindTargets(left, cancellationToken);
    }

    private void Delete(SyntaxNode statement, CancellationToken cancellationToken)
    {
        foreach (var target in Significant(statement))
        {
            DeleteTarget(target, cancellationToken);
        }
    }

    private void DeleteTarget(SyntaxNode target, CancellationToken cancellationToken)
    {
        switch (target.Type)
        {
            case "identifier":
                Bind(target.Text, target.StartByte);
                break;
            case "attribute" or "subscript":
                Walk(target, cancellationToken);
                break;
            case "expression_list" or "tuple" or "list" or "parenthesized_expression":
                foreach (var inner in Significant(target))
                {
                    DeleteTarget(inner, cancellationToken);
                }
                break;
            default:
                Error(target, $"cannot delete {target.Type}");
                Walk(target, cancellationToken);
                break;
        }
    }

    /// <summary>Binds the names an assignment, loop or <c>as</c> target binds; the receivers of attributes and subscripts are reads.</summary>
    private void BindTargets(SyntaxNode target, CancellationToken cancellationToken)
    {
        switch (target.Type)
        {
            case "identifier":
                Bind(target.Text, target.StartByte);
                break;
            case "pattern_list" or "tuple_pattern" or "list_pattern" or "tuple" or "list" or "parenthesized_expression"
                or "list_splat_pattern" or "list_splat" or "as_pattern_target" or "expression_list":
                foreach (var inner in Significant(target))
                {
                    BindTargets(inner, cancellationToken);
                }
                break;
            default:
                Walk(target, cancellationToken);
                break;
        }
    }

    private static IEnumerable<SyntaxNode> TargetNames(SyntaxNode target) => target.Type switch
    {
        "identifier" => [target],
        "pattern_list" or "tuple_pattern" or "list_pattern" or "tuple" or "list" or "parenthesized_expression" or "list_splat_pattern"
            => Significant(target).SelectMany(TargetNames),
        _ => [],
    };

    private void WalkParameterValues(SyntaxNode parameters, CancellationToken cancellationToken)
    {
        foreach (var parameter in Significant(parameters))
        {
            foreach (var field in new[] { "value", "type" })
            {
                if (parameter.ChildByField(field) is { } value)
                {
                    Walk(value, cancellationToken);
                }
            }
        }
    }

    private void DeclareParameters(SyntaxNode parameters)
    {
        var (sawDefault, keywordOnly) = (false, false);
        foreach (var parameter in Significant(parameters))
        {
            var inner = parameter.Type == "typed_parameter" ? parameter.NamedChild(0)!.Value : parameter;
            var isDefault = parameter.Type is "default_parameter" or "typed_default_parameter";
            if (inner.Type is "list_splat_pattern" or "dictionary_splat_pattern" or "keyword_separator")
            {
                keywordOnly = true;
            }
            else if (!isDefault && inner.Type == "identifier" && sawDefault && !keywordOnly)
            {
                Error(parameter, "non-default argument follows default argument");
            }
            sawDefault |= isDefault;
            var name = isDefault ? parameter.ChildByField("name") : inner.Type == "identifier" ? inner : inner.NamedChild(0);
            if (name is { Type: "identifier" } n && !_scope.Parameters.Add(n.Text))
            {
                Error(parameter, $"duplicate argument '{n.Text}' in function definition");
            }
        }
    }

    private void Arguments(SyntaxNode call)
    {
        if (call.ChildByField("arguments") is not { Type: "argument_list" } arguments)
        {
            return;
        }
        var (sawKeyword, sawDoubleStar) = (false, false);
        var keywords = new HashSet<string>(StringComparer.Ordinal);
        var count = Significant(arguments).Count();
        foreach (var argument in Significant(arguments))
        {
            switch (argument.Type)
            {
                case "keyword_argument":
                    var name = argument.ChildByField("name")!.Value.Text;
                    if (!keywords.Add(name))
                    {
                        Error(argument, $"keyword argument repeated: {name}");
                    }
                    sawKeyword = true;
                    break;
                case "dictionary_splat":
                    sawDoubleStar = true;
                    break;
                case "list_splat" when sawDoubleStar:
                    Error(argument, "iterable argument unpacking follows keyword argument unpacking");
                    break;
                case "list_splat":
                    break;
                case "generator_expression" when count > 1 && argument.Child(0)?.Type != "(":
                    Error(argument, "Generator expression must be parenthesized");
                    break;
                default:
                    if (sawDoubleStar || sawKeyword)
                    {
                        Error(argument, $"positional argument follows keyword argument{(sawDoubleStar ? " unpacking" : string.Empty)}");
                    }
                    break;
            }
        }
    }

    private void ControlFlow(SyntaxNode node)
    {
        var function = _scope.NearestNonComprehension();
        var outsideFunction = function.Kind is PythonScopeKind.Module or PythonScopeKind.Class;
        // What a selection cut from a function body holds at the top level, or one cut from a loop body anywhere (an
        // expert puts bare statements into a function of its own): a fragment, as the source is, not a bug.
        var fragment = function.Kind == PythonScopeKind.Module;
        switch (node.Type)
        {
            case "return_statement" when outsideFunction:
                Error(node, "'return' outside function", fragment);
                break;
            case "yield" when _scope.Kind == PythonScopeKind.Comprehension:
                Error(node, "'yield' inside comprehension");
                break;
            case "yield" when outsideFunction:
                Error(node, "'yield' outside function", fragment);
                break;
            case "await" when function.Kind != PythonScopeKind.AsyncFunction:
                Error(node, outsideFunction ? "'await' outside function" : "'await' outside async function", fragment && _scope == function);
                break;
            case "break_statement" when _loops == 0:
                Error(node, "'break' outside loop", needsEnclosingCode: true);
                break;
            case "continue_statement" when _loops == 0:
                Error(node, "'continue' not properly in loop", needsEnclosingCode: true);
                break;
        }
    }

    private void RequireAsync(SyntaxNode node, string message, bool always = false)
    {
        if ((always || node.Children.Any(c => c.Type == "async"))
            && _scope.NearestNonComprehension().Kind != PythonScopeKind.AsyncFunction)
        {
            Error(node, message);
        }
    }

    /// <summary>
    /// Before Python 3.12 an f-string's expressions were cut out of the string by the tokenizer, so they may not
    /// hold a backslash or the quote that closes the string (a '#' there would be a comment, which the grammar refuses already).
    /// </summary>
    private void FormattedString(SyntaxNode literal, CancellationToken cancellationToken)
    {
        var start = literal.Child(0)?.Text ?? string.Empty;
        if (!start.Contains('f', StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        Interpolations(literal, start.TrimStart('f', 'F', 'r', 'R', 'b', 'B', 'u', 'U'), cancellationToken);
    }

    private void Interpolations(SyntaxNode container, string quote, CancellationToken cancellationToken)
    {
        foreach (var interpolation in Descendants(container, "interpolation"))
        {
            if (interpolation.ChildByField("expression") is { } expression)
            {
                var text = expression.Text;
                if (text.Contains('\\'))
                {
                    Error(expression, "f-string expression part cannot include a backslash (Python 3.11 and older)");
                }
                else if (quote.Length > 0 && text.Contains(quote, StringComparison.Ordinal))
                {
                    Error(expression, $"f-string expression part cannot reuse its string's quote {quote} (Python 3.11 and older)");
                }
                Walk(expression, cancellationToken);
            }
            if (interpolation.ChildByField("format_specifier") is { } specifier)
            {
                Interpolations(specifier, quote, cancellationToken);
            }
        }
    }

    /// <summary>Named children other than comments, which tree-sitter places anywhere.</summary>
    private static IEnumerable<SyntaxNode> Significant(SyntaxNode node) => node.NamedChildren.Where(c => c.Type != "comment");
}
