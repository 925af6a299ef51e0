using System.Text;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Python.Printing;

/// <summary>
/// Prints a <see cref="PyModule"/> as PEP 8-shaped Python 3: four-space indents, imports first (plain imports,
/// then <c>from</c> imports grouped per module, each sorted), two blank lines around top-level functions and
/// classes, one between methods, <c>elif</c> for an else that holds only an if, <c>pass</c> for empty bodies.
/// </summary>
public static class PythonPrinter
{
    private const string Indent = "    ";

    public static string Print(PyModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var b = new StringBuilder();
        foreach (var name in module.Imports.Where(i => i.Name is null).Select(i => i.Module).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            b.Append("import ").Append(name).Append('\n');
        }
        foreach (var group in module.Imports.Where(i => i.Name is not null).GroupBy(i => i.Module, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var names = group.Select(i => i.Name!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            b.Append("from ").Append(group.Key).Append(" import ").Append(string.Join(", ", names)).Append('\n');
        }
        if (b.Length > 0 && module.Body.Count > 0)
        {
            b.Append(IsDefinition(module.Body[0]) ? "\n\n" : "\n");
        }
        WriteBlock(b, module.Body, 0, topLevel: true);
        return b.ToString();
    }

    /// <summary>One statement (and its nested blocks) at the given indent level.</summary>
    public static string Print(PyStatement statement, int level = 0)
    {
        var b = new StringBuilder();
        WriteStatement(b, statement, level);
        return b.ToString();
    }

    private static void WriteBlock(StringBuilder b, IReadOnlyList<PyStatement> body, int level, bool topLevel = false)
    {
        if (body.Count == 0 || body.All(s => s is PyComment))
        {
            foreach (var comment in body)
            {
                WriteStatement(b, comment, level);
            }
            if (!topLevel)
            {
                Line(b, level, "pass");
            }
            return;
        }
        for (var i = 0; i < body.Count; i++)
        {
            if (i > 0 && (IsDefinition(body[i]) || IsDefinition(body[i - 1])) && !(body[i - 1] is PyComment && IsDefinition(body[i])))
            {
                b.Append(level == 0 ? "\n\n" : "\n");
            }
            WriteStatement(b, body[i], level);
        }
    }

    private static void WriteStatement(StringBuilder b, PyStatement s, int level)
    {
        switch (s)
        {
            case PyExpressionStatement { Expression: PyYield } x:
                // Nested, a yield is parenthesized; as a statement of its own it needs no parentheses.
                Line(b, level, E(x.Expression)[1..^1]);
                break;
            case PyExpressionStatement x:
                Line(b, level, E(x.Expression));
                break;
            case PyAssign x:
                Line(b, level, string.Join(" = ", x.Targets.Select(Target)) + " = " + Target(x.Value));
                break;
            case PyAugmentedAssign x:
                Line(b, level, $"{Target(x.Target)} {PythonExpressionPrinter.AugmentedSymbol(x.Operator)} {E(x.Value)}");
                break;
            case PyReturn x:
                Line(b, level, x.Value is null ? "return" : "return " + Target(x.Value));
                break;
            case PyIf x:
                WriteIf(b, x, level, "if");
                break;
            case PyWhile x:
                Line(b, level, $"while {E(x.Test)}:");
                WriteBlock(b, x.Body, level + 1);
                break;
            case PyFor x:
                Line(b, level, $"for {Target(x.Target)} in {E(x.Iterable)}:");
                WriteBlock(b, x.Body, level + 1);
                break;
            case PyBreak:
                Line(b, level, "break");
                break;
            case PyContinue:
                Line(b, level, "continue");
                break;
            case PyPass:
                Line(b, level, "pass");
                break;
            case PyRaise x:
                Line(b, level, x.Exception is null ? "raise" : "raise " + E(x.Exception));
                break;
            case PyTry x:
                Line(b, level, "try:");
                WriteBlock(b, x.Body, level + 1);
                foreach (var handler in x.Handlers)
                {
                    var head = handler.Type is null ? "except Exception" : "except " + E(handler.Type);
                    Line(b, level, head + (handler.Name is null ? ":" : $" as {handler.Name}:"));
                    WriteBlock(b, handler.Body, level + 1);
                }
                if (x.Finally.Count > 0 || x.Handlers.Count == 0)
                {
                    Line(b, level, "finally:");
                    WriteBlock(b, x.Finally, level + 1);
                }
                break;
            case PyFunctionDef x:
                foreach (var decorator in x.Decorators ?? [])
                {
                    Line(b, level, "@" + decorator);
                }
                var parameters = x.Parameters.Select(p => p.Default is null ? p.Name : p.Name + "=" + E(p.Default));
                Line(b, level, $"{(x.IsAsync ? "async def" : "def")} {x.Name}({string.Join(", ", parameters)}):");
                WriteBlock(b, x.Body, level + 1);
                break;
            case PyClassDef x:
                Line(b, level, x.Bases.Count == 0 ? $"class {x.Name}:" : $"class {x.Name}({string.Join(", ", x.Bases.Select(E))}):");
                WriteBlock(b, x.Body, level + 1);
                break;
            case PyComment x:
                var prefix = x.Untranslated ? "# " + PyComment.UntranslatedMarker + " " : "# ";
                foreach (var text in x.Text.Split('\n'))
                {
                    Line(b, level, (prefix + CommentSafe(text)).TrimEnd());
                }
                break;
            case PyScopeDeclaration x:
                Line(b, level, (x.Nonlocal ? "nonlocal " : "global ") + string.Join(", ", x.Names));
                break;
            default:
                throw new ArgumentException($"The printer does not know the statement {s.GetType().Name}.", nameof(s));
        }
    }

    private static void WriteIf(StringBuilder b, PyIf x, int level, string keyword)
    {
        Line(b, level, $"{keyword} {E(x.Test)}:");
        WriteBlock(b, x.Body, level + 1);
        if (x.OrElse is [PyIf elif])
        {
            WriteIf(b, elif, level, "elif");
        }
        else if (x.OrElse.Count > 0)
        {
            Line(b, level, "else:");
            WriteBlock(b, x.OrElse, level + 1);
        }
    }

    // An assignment target or return value that is a tuple prints without parentheses: a, b = b, a.
    private static string Target(PyExpression e) =>
        e is PyTuple { Items.Count: > 1 } t ? string.Join(", ", t.Items.Select(E)) : E(e);

    private static string E(PyExpression e) => PythonExpressionPrinter.Print(e);

    private static bool IsDefinition(PyStatement s) => s is PyFunctionDef or PyClassDef;

    private static void Line(StringBuilder b, int level, string text)
    {
        for (var i = 0; i < level; i++)
        {
            b.Append(Indent);
        }
        b.Append(text).Append('\n');
    }

    /// <summary>
    /// Comment text with every character Python would read as a line break or reject (a lone <c>\r</c>, form feed,
    /// NUL, other control characters, U+2028) turned into a space: comments quote source text, which may be anything.
    /// </summary>
    private static string CommentSafe(string text)
    {
        if (!text.Any(IsUnsafeInComment))
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsUnsafeInComment(chars[i]))
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    private static bool IsUnsafeInComment(char c) => char.IsControl(c) && c != '\t' || c is '\u2028' or '\u2029';
}
