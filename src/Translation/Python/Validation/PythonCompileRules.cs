using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>
/// The rules CPython applies after parsing, when it compiles a module: what <c>nonlocal</c> and <c>global</c>
/// may name, where <c>:=</c>, <c>return</c>, <c>yield</c>, <c>await</c>, <c>break</c> and <c>continue</c> may
/// stand, what a call's arguments and a function's parameters may repeat, how deep blocks and brackets may
/// nest. The tree-sitter grammar accepts all of these (and Python 2's <c>print x</c>), yet <c>python3</c>
/// refuses the module with a SyntaxError before running a line. Each rule here matches one such SyntaxError
/// of Python 3.8 to 3.13, and is checked against python3 itself in the tests.
/// </summary>
internal sealed partial class PythonCompileRules
{
    private const int MaxIndentation = 99;
    private const int MaxStaticBlocks = 20;
    private const int MaxBrackets = 200;

    private readonly List<PythonCompileError> _errors = [];
    private readonly List<PythonScope> _scopes = [];
    private PythonScope _scope;
    private int _loops;
    private int _blocks;
    private int _indentation;
    private int _brackets;
    private bool _inIterable;

    private PythonCompileRules()
    {
        _scope = new PythonScope(PythonScopeKind.Module, null);
        _scopes.Add(_scope);
    }

    /// <summary>The compile-time errors of a module that parsed: each node with the SyntaxError python3 would give there.</summary>
    public static IReadOnlyList<PythonCompileError> Find(SyntaxNode module, CancellationToken cancellationToken = default)
    {
        var rules = new PythonCompileRules();
        rules.Walk(module, cancellationToken);
        rules.ResolveDeclarations();
        return rules._errors;
    }

    private void Walk(SyntaxNode node, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (node.Type)
        {
            case "function_definition":
                FunctionDefinition(node, cancellationToken);
                return;
            case "class_definition":
                ClassDefinition(node, cancellationToken);
                return;
            case "lambda":
                Lambda(node, cancellationToken);
                return;
            case "list_comprehension" or "set_comprehension" or "dictionary_comprehension" or "generator_expression":
                Comprehension(node, cancellationToken);
                return;
            case "global_statement" or "nonlocal_statement":
                Declaration(node);
                return;
            case "assignment":
                Assignment(node, cancellationToken);
                return;
            case "augmented_assignment":
                AugmentedAssignment(node, cancellationToken);
                return;
            case "named_expression":
                NamedExpression(node, cancellationToken);
                return;
            case "for_statement" or "while_statement":
                Loop(node, cancellationToken);
                return;
            case "with_statement":
                With(node, cancellationToken);
                return;
            case "try_statement":
                Try(node, cancellationToken);
                return;
            case "import_statement" or "import_from_statement":
                Import(node);
                return;
            case "delete_statement":
                Delete(node, cancellationToken);
                return;
            case "block":
                Block(node, cancellationToken);
                return;
            case "identifier":
                _scope.Occurrences.Add((node.Text, node.StartByte));
                return;
            case "attribute":
                Walk(node.ChildByField("object")!.Value, cancellationToken);
                return;
            case "keyword_argument":
                Walk(node.ChildByField("value")!.Value, cancellationToken);
                return;
            case "string":
                FormattedString(node, cancellationToken);
                return;
            case "call":
                Arguments(node);
                break;
            case "return_statement" or "yield" or "await" or "break_statement" or "continue_statement":
                ControlFlow(node);
                break;
            case "print_statement" or "exec_statement":
                Error(node, $"Missing parentheses in call to '{node.Child(0)?.Text}' (Python 2 syntax)");
                break;
            case "comparison_operator":
                if (node.Children.Any(c => c.Type == "<>"))
                {
                    Error(node, "invalid syntax: '<>' is Python 2's '!='");
                }
                break;
        }
        WalkChildren(node, cancellationToken);
    }

    private void WalkChildren(SyntaxNode node, CancellationToken cancellationToken)
    {
        var children = node.Children;
        var opens = children.Any(c => c.Type is "(" or "[" or "{");
        _brackets += opens ? 1 : 0;
        if (opens && _brackets == MaxBrackets + 1)
        {
            Error(node, "too many nested parentheses");
        }
        foreach (var child in children)
        {
            if (child.IsNamed)
            {
                Walk(child, cancellationToken);
            }
        }
        _brackets -= opens ? 1 : 0;
    }

    private void Block(SyntaxNode block, CancellationToken cancellationToken)
    {
        // A body on the line of its header (if x: pass) adds no level of indentation.
        var indents = block.Start.Line > (block.Parent?.Start.Line ?? -1) ? 1 : 0;
        _indentation += indents;
        if (indents > 0 && _indentation == MaxIndentation + 1)
        {
            Error(block, "too many levels of indentation");
        }
        WalkChildren(block, cancellationToken);
        _indentation -= indents;
    }

    /// <summary>Walks a statement body that CPython compiles inside <paramref name="blocks"/> more frame blocks (loops, try, with).</summary>
    private void NestedBody(SyntaxNode? body, int blocks, int loops, CancellationToken cancellationToken)
    {
        if (body is not { } b)
        {
            return;
        }
        _blocks += blocks;
        _loops += loops;
        if (_blocks > MaxStaticBlocks && _blocks - blocks <= MaxStaticBlocks)
        {
            Error(b, "too many statically nested blocks");
        }
        Walk(b, cancellationToken);
        _blocks -= blocks;
        _loops -= loops;
    }

    private void Loop(SyntaxNode loop, CancellationToken cancellationToken)
    {
        if (loop.Type == "for_statement")
        {
            RequireAsync(loop, "'async for' outside async function");
            Walk(loop.ChildByField("right")!.Value, cancellationToken);
            BindTargets(loop.ChildByField("left")!.Value, cancellationToken);
        }
        else
        {
            Walk(loop.ChildByField("condition")!.Value, cancellationToken);
        }
        NestedBody(loop.ChildByField("body"), blocks: 1, loops: 1, cancellationToken);
        // A loop's else clause runs after the loop: a break there belongs to the loop around it.
        if (loop.ChildByField("alternative") is { } alternative)
        {
            Walk(alternative, cancellationToken);
        }
    }

    private void With(SyntaxNode with, CancellationToken cancellationToken)
    {
        RequireAsync(with, "'async with' outside async function");
        var items = 0;
        foreach (var item in Descendants(with, "with_item"))
        {
            items++;
            var value = item.ChildByField("value")!.Value;
            if (value.Type == "as_pattern")
            {
                Walk(value.NamedChild(0)!.Value, cancellationToken);
                if (value.ChildByField("alias") is { } alias)
                {
                    BindTargets(alias.NamedChild(0) ?? alias, cancellationToken);
                }
            }
            else
            {
                Walk(value, cancellationToken);
            }
        }
        NestedBody(with.ChildByField("body"), items, loops: 0, cancellationToken);
    }

    private void Try(SyntaxNode statement, CancellationToken cancellationToken)
    {
        NestedBody(statement.ChildByField("body"), blocks: 1, loops: 0, cancellationToken);
        foreach (var clause in statement.NamedChildren)
        {
            switch (clause.Type)
            {
                case "except_clause" or "except_group_clause":
                    foreach (var part in clause.NamedChildren)
                    {
                        if (part.Type == "block")
                        {
                            NestedBody(part, blocks: 1, loops: 0, cancellationToken);
                        }
                        else if (part.FieldName == "alias")
                        {
                            BindTargets(part, cancellationToken);
                        }
                        else
                        {
                            Walk(part, cancellationToken);
                        }
                    }
                    break;
                case "finally_clause":
                    NestedBody(clause, blocks: 1, loops: 0, cancellationToken);
                    break;
                case "else_clause":
                    Walk(clause, cancellationToken);
                    break;
            }
        }
    }

    private void Import(SyntaxNode import)
    {
        foreach (var name in import.NamedChildren)
        {
            if (name.Type == "wildcard_import" && _scope.Kind != PythonScopeKind.Module)
            {
                Error(import, "import * only allowed at module level");
            }
            if (name.FieldName != "name")
            {
                continue;
            }
            var bound = name.Type == "aliased_import"
                ? name.ChildByField("alias")!.Value
                : name.NamedChild(0)!.Value; // import a.b binds a
            Bind(bound.Text, bound.StartByte);
        }
    }

    private void Error(SyntaxNode node, string message, bool needsEnclosingCode = false) =>
        _errors.Add(new PythonCompileError(node, message, needsEnclosingCode));

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node, string type)
    {
        foreach (var child in node.NamedChildren)
        {
            if (child.Type == type)
            {
                yield return child;
            }
            else
            {
                foreach (var inner in Descendants(child, type))
                {
                    yield return inner;
                }
            }
        }
    }
}
