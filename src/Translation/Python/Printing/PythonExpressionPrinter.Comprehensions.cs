using System.Text;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Python.Printing;

public static partial class PythonExpressionPrinter
{
    /// <summary>
    /// A comprehension whose iterable holds an assignment expression (a lookup unpacked inside a lambda that a
    /// LINQ chain feeds on) is a SyntaxError (PEP 572), even inside a nested lambda. The iterable is passed into
    /// a one-parameter lambda instead, <c>(lambda items: [e for x in items])(iterable)</c>, which evaluates it
    /// once, first, as the comprehension would.
    /// </summary>
    private static bool WriteComprehensionOverWalrus(StringBuilder b, PyComprehension x)
    {
        if (!ContainsWalrus(x.Iterable))
        {
            return false;
        }
        const string items = "walrus_items";
        b.Append("(lambda ").Append(items).Append(": ");
        WriteBare(b, x with { Iterable = new PyName(items) });
        b.Append(")(");
        Write(b, x.Iterable, Lambda);
        b.Append(')');
        return true;
    }

    private static bool ContainsWalrus(PyExpression? e) => e switch
    {
        null => false,
        PyNamedExpression => true,
        PyAwait x => ContainsWalrus(x.Value),
        PyYield x => ContainsWalrus(x.Value),
        PyBinary x => ContainsWalrus(x.Left) || ContainsWalrus(x.Right),
        PyBoolean x => ContainsWalrus(x.Left) || ContainsWalrus(x.Right),
        PyCompare x => ContainsWalrus(x.Left) || ContainsWalrus(x.Right),
        PyConditional x => ContainsWalrus(x.Test) || ContainsWalrus(x.Body) || ContainsWalrus(x.OrElse),
        PyUnary x => ContainsWalrus(x.Operand),
        PyMember x => ContainsWalrus(x.Value),
        PySubscript x => ContainsWalrus(x.Value) || ContainsWalrus(x.Index),
        PySlice x => ContainsWalrus(x.Lower) || ContainsWalrus(x.Upper) || ContainsWalrus(x.Step),
        PyCall x => ContainsWalrus(x.Function) || x.Arguments.Any(ContainsWalrus) || (x.Keywords ?? []).Any(k => ContainsWalrus(k.Value)),
        PyList x => x.Items.Any(ContainsWalrus),
        PyTuple x => x.Items.Any(ContainsWalrus),
        PySet x => x.Items.Any(ContainsWalrus),
        PyDict x => x.Entries.Any(d => ContainsWalrus(d.Key) || ContainsWalrus(d.Value)),
        PyLambda x => ContainsWalrus(x.Body),
        PyComprehension x => ContainsWalrus(x.Element) || ContainsWalrus(x.Iterable) || ContainsWalrus(x.Condition),
        PyFormattedString x => x.Parts.Any(ContainsWalrus),
        _ => false,
    };
}
