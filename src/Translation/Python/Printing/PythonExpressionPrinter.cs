using System.Globalization;
using System.Text;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Python.Printing;

/// <summary>
/// Prints expressions of the syntax model with the fewest parentheses Python's precedence allows: a child is
/// parenthesized only when it binds more loosely than its place needs (Python language reference, 6.17).
/// </summary>
public static partial class PythonExpressionPrinter
{
    // Binding strength, loosest first (Python reference 6.17). Walrus is printed parenthesized everywhere it nests.
    private const int Walrus = 0;
    private const int Lambda = 1;
    private const int Conditional = 2;
    private const int Or = 3;
    private const int And = 4;
    private const int Not = 5;
    private const int Comparison = 6;
    private const int BitOr = 7;
    private const int BitXor = 8;
    private const int BitAnd = 9;
    private const int Shift = 10;
    private const int Additive = 11;
    private const int Multiplicative = 12;
    private const int UnaryArithmetic = 13;
    private const int Power = 14;
    private const int Await = 15;
    private const int Primary = 16;

    /// <summary>The expression as Python source, at statement level (no enclosing parentheses).</summary>
    public static string Print(PyExpression expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression, Lambda);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, PyExpression e, int required)
    {
        var own = PrecedenceOf(e);
        var parens = own < required;
        if (parens)
        {
            b.Append('(');
        }
        WriteBare(b, e);
        if (parens)
        {
            b.Append(')');
        }
    }

    private static void WriteBare(StringBuilder b, PyExpression e)
    {
        switch (e)
        {
            case PyName n:
                b.Append(n.Id);
                break;
            case PyNumber n:
                b.Append(n.Text);
                break;
            case PyString s:
                b.Append(Quote(s.Value));
                break;
            case PyConstant c:
                b.Append(c.Keyword);
                break;
            case PyFormattedString f:
                WriteFormatted(b, f);
                break;
            case PyBinary x:
                var p = PrecedenceOf(x);
                if (x.Operator == PyBinaryOperator.Power)
                {
                    Write(b, x.Left, Primary);
                    b.Append(" ** ");
                    Write(b, x.Right, UnaryArithmetic);
                }
                else
                {
                    Write(b, x.Left, p);
                    b.Append(' ').Append(Symbol(x.Operator)).Append(' ');
                    Write(b, x.Right, p + 1);
                }
                break;
            case PyBoolean x:
                var bp = PrecedenceOf(x);
                Write(b, x.Left, bp);
                b.Append(x.Operator == PyBooleanOperator.And ? " and " : " or ");
                Write(b, x.Right, bp + 1);
                break;
            case PyCompare x:
                Write(b, x.Left, Comparison + 1);
                b.Append(' ').Append(Symbol(x.Operator)).Append(' ');
                Write(b, x.Right, Comparison + 1);
                break;
            case PyUnary x:
                if (x.Operator == PyUnaryOperator.Not)
                {
                    b.Append("not ");
                    Write(b, x.Operand, Not);
                }
                else
                {
                    b.Append(x.Operator switch { PyUnaryOperator.Negate => '-', PyUnaryOperator.Plus => '+', _ => '~' });
                    Write(b, x.Operand, UnaryArithmetic);
                }
                break;
            case PyCall { Arguments: [PyComprehension { Generator: true } only], Keywords: null or [] } x when !ContainsWalrus(only.Iterable):
                // A lone generator argument needs no parentheses of its own: any(v > 0 for v in xs).
                Write(b, x.Function, Primary);
                var start = b.Length;
                Write(b, only, Lambda);
                if (b[start] != '(' || b[^1] != ')')
                {
                    throw new InvalidOperationException("A generator expression prints in parentheses.");
                }
                break;
            case PyCall x:
                Write(b, x.Function, Primary);
                b.Append('(');
                WriteList(b, x.Arguments);
                foreach (var keyword in x.Keywords ?? [])
                {
                    if (b[^1] != '(')
                    {
                        b.Append(", ");
                    }
                    b.Append(keyword.Name).Append('=');
                    Write(b, keyword.Value, Lambda);
                }
                b.Append(')');
                break;
            case PyMember x:
                // An integer literal needs parentheses before a dot, or the dot reads as a decimal point.
                Write(b, x.Value, x.Value is PyNumber ? Primary + 1 : Primary);
                b.Append('.').Append(x.Name);
                break;
            case PySubscript x:
                Write(b, x.Value, Primary);
                b.Append('[');
                if (x.Index is PyTuple { Items.Count: > 1 } t)
                {
                    WriteList(b, t.Items);
                }
                else
                {
                    Write(b, x.Index, Lambda);
                }
                b.Append(']');
                break;
            case PySlice x:
                WriteOptional(b, x.Lower);
                b.Append(':');
                WriteOptional(b, x.Upper);
                if (x.Step is not null)
                {
                    b.Append(':');
                    Write(b, x.Step, Lambda);
                }
                break;
            case PyList x:
                b.Append('[');
                WriteList(b, x.Items);
                b.Append(']');
                break;
            case PyTuple x:
                b.Append('(');
                WriteList(b, x.Items);
                b.Append(x.Items.Count == 1 ? ",)" : ")");
                break;
            case PySet x when x.Items.Count == 0:
                b.Append("set()");
                break;
            case PySet x:
                b.Append('{');
                WriteList(b, x.Items);
                b.Append('}');
                break;
            case PyDict x:
                b.Append('{');
                for (var i = 0; i < x.Entries.Count; i++)
                {
                    b.Append(i == 0 ? string.Empty : ", ");
                    Write(b, x.Entries[i].Key, Lambda);
                    b.Append(": ");
                    Write(b, x.Entries[i].Value, Lambda);
                }
                b.Append('}');
                break;
            case PyLambda x:
                b.Append(x.Parameters.Count == 0 ? "lambda" : "lambda ").Append(string.Join(", ", x.Parameters)).Append(": ");
                Write(b, x.Body, Lambda);
                break;
            case PyConditional x:
                Write(b, x.Body, Conditional + 1);
                b.Append(" if ");
                Write(b, x.Test, Conditional + 1);
                b.Append(" else ");
                Write(b, x.OrElse, Conditional);
                break;
            case PyAwait x:
                b.Append("await ");
                Write(b, x.Value, Primary);
                break;
            case PyYield x:
                b.Append("yield");
                if (x.Value is not null)
                {
                    b.Append(' ');
                    Write(b, x.Value, Lambda);
                }
                break;
            case PyNamedExpression x:
                b.Append(x.Target).Append(" := ");
                Write(b, x.Value, Lambda);
                break;
            case PyComprehension x when WriteComprehensionOverWalrus(b, x):
                break;
            case PyComprehension x:
                b.Append(x.Generator ? '(' : '[');
                Write(b, x.Element, Lambda);
                b.Append(" for ");
                Write(b, x.Target, BitOr);
                b.Append(" in ");
                Write(b, x.Iterable, Or);
                if (x.Condition is not null)
                {
                    b.Append(" if ");
                    Write(b, x.Condition, Or);
                }
                b.Append(x.Generator ? ')' : ']');
                break;
            default:
                throw new ArgumentException($"The printer does not know the expression {e.GetType().Name}.", nameof(e));
        }
    }

    private static void WriteOptional(StringBuilder b, PyExpression? e)
    {
        if (e is not null)
        {
            Write(b, e, Lambda);
        }
    }

    private static void WriteList(StringBuilder b, IReadOnlyList<PyExpression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            b.Append(i == 0 ? string.Empty : ", ");
            Write(b, items[i], Lambda);
        }
    }

    private static int PrecedenceOf(PyExpression e) => e switch
    {
        PyNamedExpression or PyYield => Walrus,
        PyLambda => Lambda,
        PyConditional => Conditional,
        PyBoolean { Operator: PyBooleanOperator.Or } => Or,
        PyBoolean => And,
        PyUnary { Operator: PyUnaryOperator.Not } => Not,
        PyCompare => Comparison,
        PyBinary x => x.Operator switch
        {
            PyBinaryOperator.BitOr => BitOr,
            PyBinaryOperator.BitXor => BitXor,
            PyBinaryOperator.BitAnd => BitAnd,
            PyBinaryOperator.LeftShift or PyBinaryOperator.RightShift => Shift,
            PyBinaryOperator.Add or PyBinaryOperator.Subtract => Additive,
            PyBinaryOperator.Power => Power,
            _ => Multiplicative,
        },
        PyUnary => UnaryArithmetic,
        PyAwait => Await,
        // A negative literal binds like a unary minus: (-1) ** 2 must keep its parentheses.
        PyNumber n when n.Text.StartsWith('-') => UnaryArithmetic,
        _ => Primary,
    };

    private static string Symbol(PyBinaryOperator op) => op switch
    {
        PyBinaryOperator.Add => "+",
        PyBinaryOperator.Subtract => "-",
        PyBinaryOperator.Multiply => "*",
        PyBinaryOperator.Divide => "/",
        PyBinaryOperator.FloorDivide => "//",
        PyBinaryOperator.Modulo => "%",
        PyBinaryOperator.Power => "**",
        PyBinaryOperator.LeftShift => "<<",
        PyBinaryOperator.RightShift => ">>",
        PyBinaryOperator.BitAnd => "&",
        PyBinaryOperator.BitOr => "|",
        _ => "^",
    };

    /// <summary>The augmented-assignment spelling of an operator: <c>+=</c>, <c>//=</c>.</summary>
    public static string AugmentedSymbol(PyBinaryOperator op) => Symbol(op) + "=";

    private static string Symbol(PyCompareOperator op) => op switch
    {
        PyCompareOperator.Equal => "==",
        PyCompareOperator.NotEqual => "!=",
        PyCompareOperator.Less => "<",
        PyCompareOperator.LessOrEqual => "<=",
        PyCompareOperator.Greater => ">",
        PyCompareOperator.GreaterOrEqual => ">=",
        PyCompareOperator.Is => "is",
        PyCompareOperator.IsNot => "is not",
        PyCompareOperator.In => "in",
        _ => "not in",
    };

    /// <summary>A Python string literal for <paramref name="value"/>: double quotes unless the text holds one and no single quote.</summary>
    public static string Quote(string value)
    {
        var quote = value.Contains('"', StringComparison.Ordinal) && !value.Contains('\'', StringComparison.Ordinal) ? '\'' : '"';
        return Quote(value, quote);
    }

    private static string Quote(string value, char quote)
    {
        var b = new StringBuilder(value.Length + 2).Append(quote);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\0': b.Append("\\x00"); break;
                default:
                    if (ch == quote)
                    {
                        b.Append('\\').Append(ch);
                    }
                    else if (char.IsControl(ch))
                    {
                        b.Append(ch < 0x100 ? "\\x" + ((int)ch).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(ch);
                    }
                    break;
            }
        }
        return b.Append(quote).ToString();
    }
}
