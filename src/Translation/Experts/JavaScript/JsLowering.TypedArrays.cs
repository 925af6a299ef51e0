using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>The kind of a <c>Uint8Array</c>: an array of ints whose class says that writes wrap modulo 256.</summary>
    private static readonly JsType Uint8ArrayType = new(JsKind.Array, JsType.Int, "Uint8Array");

    /// <summary>
    /// <c>new Uint8Array(n)</c> is a <c>bytearray</c>: fixed length (JavaScript has no push on it), zero-filled,
    /// elements 0 to 255. <c>new Uint8Array(items)</c> wraps each item as JavaScript's ToUint8 does (truncated, then
    /// modulo 256). A write the lowering sees is wrapped the same way (<see cref="WrapByte"/>); one it does not see
    /// (through a value of unknown kind) raises ValueError when out of range, rather than storing a wrong number.
    /// </summary>
    private JsValue NewUint8Array(SyntaxNode argumentNode)
    {
        var argument = Lower(argumentNode);
        // A length: a number, or arithmetic on values whose kind the lowering does not see (width * height).
        if (argument.Type.IsNumber || argument.Type.Kind == JsKind.Unknown && argumentNode.Type == "binary_expression"
            && argumentNode.ChildByField("operator")?.Text is "*" or "-" or "/" or "%" or "<<" or ">>" or ">>>")
        {
            return JsValue.Of(PyCall.Of("bytearray", Length(argument)), Uint8ArrayType);
        }
        var x = new PyName("x");
        PyExpression element = argument.Type.Element?.Kind == JsKind.Int ? x : PyCall.Of("int", x);
        return JsValue.Of(PyCall.Of("bytearray", new PyComprehension(new PyBinary(element, PyBinaryOperator.BitAnd, new PyNumber("255")), x, argument.Py, Generator: true)), Uint8ArrayType);
    }

    /// <summary>A value stored into a Uint8Array: modulo 256 (after truncation, for a number that may be fractional), unless it is a byte already.</summary>
    private static PyExpression WrapByte(JsValue value)
    {
        if (FitsInByte(value.Py))
        {
            return value.Py;
        }
        var whole = value.Type.Kind == JsKind.Int ? value.Py : PyCall.Of("int", value.Py);
        return new PyBinary(whole, PyBinaryOperator.BitAnd, new PyNumber("255"));
    }

    private static bool FitsInByte(PyExpression value) => value switch
    {
        PyNumber n => int.TryParse(n.Text, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 255,
        PyConditional c => FitsInByte(c.Body) && FitsInByte(c.OrElse),
        _ => false,
    };

    /// <summary>Whether an assignment target is an element of an array the lowering knows is a Uint8Array.</summary>
    private bool IsUint8Element(SyntaxNode target) =>
        target.Type == "subscript_expression" && Lower(target.ChildByField("object")!.Value).Type.Class == "Uint8Array";

    /// <summary>
    /// <c>a.subarray(s, e)</c> is a view in JavaScript: as a copy (a slice) it is faithful only where it is read once,
    /// as an argument (<c>Array.from(a.subarray(s, e), f)</c>) or a spread; elsewhere a write through it would be lost.
    /// </summary>
    private JsValue Subarray(JsValue receiver, List<SyntaxNode> arguments, SyntaxNode node)
    {
        if (node.Parent?.Type is not ("arguments" or "spread_element"))
        {
            throw Unsupported(node, "subarray kept as a value (a view: writes through it change the array)");
        }
        var start = arguments.Count > 0 ? Lower(arguments[0]).Py : null;
        var end = arguments.Count > 1 ? Lower(arguments[1]).Py : null;
        return JsValue.Of(new PySubscript(receiver.Py, new PySlice(start, end)), receiver.Type.Class == "Uint8Array" ? receiver.Type : JsType.ArrayOf(JsType.Int));
    }
}
