using System.Globalization;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Bitwise operators on JavaScript's 32-bit integers. Each operand goes through ToInt32 and the result is a signed
/// 32-bit integer (<c>&gt;&gt;&gt;</c>: unsigned), where Python's integers never wrap: <c>(h &lt;&lt; 5) - h + c</c> then
/// <c>h | 0</c> hashes to the same number only if the shift and the <c>| 0</c> wrap. Operands already known to be
/// 32-bit (small literals, results of other bitwise operators) are left as they are, so <c>(a &amp; 0xFF) | b &lt;&lt; 8</c>
/// reads as Python; everything else goes through <c>js_int32</c>.
/// </summary>
internal sealed partial class JsLowering
{
    private const long MaskLimit = 0x7FFFFFFF;

    private JsValue Bitwise(string op, JsValue l, JsValue r)
    {
        PyExpression result = op switch
        {
            "&" when Mask(r.Py) && l.Type.Kind == JsKind.Int => new PyBinary(l.Py, PyBinaryOperator.BitAnd, r.Py),
            "&" when Mask(l.Py) && r.Type.Kind == JsKind.Int => new PyBinary(l.Py, PyBinaryOperator.BitAnd, r.Py),
            "|" when LiteralOf(r.Py) == 0 => Int32(l),
            "&" or "|" or "^" => Logical(op, l, r),
            "<<" => ctx.Helper(JsRuntime.Int32, new PyBinary(Integer(l), PyBinaryOperator.LeftShift, ShiftCount(r))),
            ">>" => new PyBinary(Int32(l), PyBinaryOperator.RightShift, ShiftCount(r)),
            _ => Unsigned(l, r),
        };
        return JsValue.Of(result, JsType.Int);
    }

    /// <summary><c>&amp;</c>, <c>|</c>, <c>^</c>: exact on two 32-bit operands; on two ints, wrapped once after.</summary>
    private PyExpression Logical(string op, JsValue l, JsValue r)
    {
        var py = op switch { "&" => PyBinaryOperator.BitAnd, "|" => PyBinaryOperator.BitOr, _ => PyBinaryOperator.BitXor };
        if (IsInt32(l.Py) && IsInt32(r.Py))
        {
            return new PyBinary(l.Py, py, r.Py);
        }
        // The low 32 bits of a & b, a | b and a ^ b depend only on the low 32 bits of a and b.
        return l.Type.Kind == JsKind.Int && r.Type.Kind == JsKind.Int
            ? ctx.Helper(JsRuntime.Int32, new PyBinary(l.Py, py, r.Py))
            : new PyBinary(Int32(l), py, Int32(r));
    }

    private PyBinary Unsigned(JsValue l, JsValue r)
    {
        var unsigned = new PyBinary(Integer(l), PyBinaryOperator.BitAnd, new PyNumber("0xFFFFFFFF"));
        return LiteralOf(r.Py) == 0 ? unsigned : new PyBinary(unsigned, PyBinaryOperator.RightShift, ShiftCount(r));
    }

    /// <summary><c>Math.imul(a, b)</c>: the low 32 bits of the product, signed.</summary>
    private JsValue Imul(JsValue a, JsValue b) =>
        JsValue.Of(ctx.Helper(JsRuntime.Int32, new PyBinary(Integer(a), PyBinaryOperator.Multiply, Integer(b))), JsType.Int);

    /// <summary><c>Math.clz32(x)</c>: the leading zero bits of the unsigned 32-bit value.</summary>
    private JsValue Clz32(JsValue x) =>
        JsValue.Of(new PyBinary(new PyNumber("32"), PyBinaryOperator.Subtract, PyCall.Method(Unsigned(x, JsValue.Of(new PyNumber("0"), JsType.Int)), "bit_length")), JsType.Int);

    /// <summary><c>~x</c> and <c>~~x</c> (ToInt32, the usual way to truncate).</summary>
    private JsValue Invert(JsValue x, bool twice) =>
        JsValue.Of(twice ? Int32(x) : new PyUnary(PyUnaryOperator.Invert, Int32(x)), JsType.Int);

    /// <summary>ToInt32 of the value: as it is when it is 32-bit already.</summary>
    private PyExpression Int32(JsValue x) => IsInt32(x.Py) ? x.Py : ctx.Helper(JsRuntime.Int32, x.Py);

    /// <summary>An int Python can shift: an int as it is (its low 32 bits are what the result keeps), anything else through ToInt32.</summary>
    private PyExpression Integer(JsValue x) => x.Type.Kind == JsKind.Int ? x.Py : Int32(x);

    /// <summary>JavaScript shifts by the count's low five bits.</summary>
    private PyExpression ShiftCount(JsValue count) => LiteralOf(count.Py) is { } n
        ? new PyNumber((n & 31).ToString(CultureInfo.InvariantCulture))
        : new PyBinary(Integer(count), PyBinaryOperator.BitAnd, new PyNumber("31"));

    private static bool Mask(PyExpression e) => LiteralOf(e) is >= 0 and <= MaskLimit;

    /// <summary>Whether the expression's value is a signed 32-bit integer whatever its operands hold.</summary>
    private static bool IsInt32(PyExpression e) => e switch
    {
        PyNumber or PyUnary { Operator: PyUnaryOperator.Negate, Operand: PyNumber } => LiteralOf(e) is >= int.MinValue and <= int.MaxValue,
        PyCall { Function: PyName { Id: JsRuntime.Int32 or "ord" } } => true,
        PyBinary { Operator: PyBinaryOperator.BitAnd } b => Mask(b.Left) || Mask(b.Right) || IsInt32(b.Left) && IsInt32(b.Right),
        PyBinary { Operator: PyBinaryOperator.BitOr or PyBinaryOperator.BitXor } b => IsInt32(b.Left) && IsInt32(b.Right),
        PyBinary { Operator: PyBinaryOperator.RightShift } b => IsInt32(b.Left),
        PyUnary { Operator: PyUnaryOperator.Invert } u => IsInt32(u.Operand),
        _ => false,
    };

    /// <summary>The value of an integer literal in any of JavaScript's spellings (<c>0xFF</c>, <c>0b101</c>, <c>1_000</c>).</summary>
    private static long? LiteralOf(PyExpression e)
    {
        if (e is PyUnary { Operator: PyUnaryOperator.Negate, Operand: var operand })
        {
            return -LiteralOf(operand);
        }
        if (e is not PyNumber { Text: var text })
        {
            return null;
        }
        text = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (text.StartsWith('-'))
        {
            return -LiteralOf(new PyNumber(text[1..]));
        }
        var (digits, radix) = text.Length > 2 && text[0] == '0' ? char.ToLowerInvariant(text[1]) switch
        {
            'x' => (text[2..], 16),
            'b' => (text[2..], 2),
            'o' => (text[2..], 8),
            _ => (text, 10),
        } : (text, 10);
        try
        {
            return radix == 10
                ? long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null
                : Convert.ToInt64(digits, radix);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary><c>x.toFixed(d)</c>: <c>format</c> for an int (exact), <c>js_to_fixed</c> otherwise (ties away from zero).</summary>
    private PyExpression ToFixed(JsValue x, PyExpression digits)
    {
        if (x.Type.Kind == JsKind.Int && digits is PyNumber d)
        {
            return PyCall.Of("format", x.Py, new PyString($".{d.Text}f"));
        }
        ctx.Require("decimal");
        return ctx.Helper(JsRuntime.ToFixed, x.Py, digits);
    }
}
