using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>Short constructors for the syntax model, so the lowering reads like the Python it builds.</summary>
internal static class Py
{
    public static PyName Name(string id) => new(id);

    public static PyNumber Number(long value) => PyNumber.Of(value);

    public static PyBinary Binary(PyExpression left, PyBinaryOperator op, PyExpression right) => new(left, op, right);

    public static PyCompare Compare(PyExpression left, PyCompareOperator op, PyExpression right) => new(left, op, right);

    public static PyCall Call(string function, params PyExpression[] arguments) => PyCall.Of(function, arguments);

    public static PyCall Method(PyExpression receiver, string method, params PyExpression[] arguments) => PyCall.Method(receiver, method, arguments);

    public static PyExpression Length(PyExpression sequence) => Call("len", sequence);

    /// <summary><c>value + 1</c>, folding <c>(x - 1) + 1</c> to <c>x</c> and literal sums.</summary>
    public static PyExpression Plus(PyExpression value, long amount)
    {
        if (amount == 0)
        {
            return value;
        }
        if (value is PyNumber n && long.TryParse(n.Text, out var literal))
        {
            return Number(literal + amount);
        }
        if (value is PyBinary { Right: PyNumber r } b && long.TryParse(r.Text, out var k) && b.Operator is PyBinaryOperator.Add or PyBinaryOperator.Subtract)
        {
            var total = (b.Operator == PyBinaryOperator.Add ? k : -k) + amount;
            return total == 0 ? b.Left : total > 0 ? Binary(b.Left, PyBinaryOperator.Add, Number(total)) : Binary(b.Left, PyBinaryOperator.Subtract, Number(-total));
        }
        return amount > 0 ? Binary(value, PyBinaryOperator.Add, Number(amount)) : Binary(value, PyBinaryOperator.Subtract, Number(-amount));
    }

    /// <summary><c>raise NotImplementedError("...")</c>: where a statement could not be translated, running it fails loudly.</summary>
    public static PyStatement NotImplemented(string message) => new PyRaise(Call("NotImplementedError", new PyString(message)));

    /// <summary>The literal value of an integer literal expression, when it is one (a negated literal included).</summary>
    public static long? Literal(PyExpression e) => e switch
    {
        PyNumber n when long.TryParse(n.Text, out var v) => v,
        PyUnary { Operator: PyUnaryOperator.Negate, Operand: PyNumber n } when long.TryParse(n.Text, out var v) => -v,
        _ => null,
    };
}
