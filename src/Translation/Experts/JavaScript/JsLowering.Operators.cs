using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private JsValue LowerBinary(SyntaxNode node)
    {
        var op = node.ChildByField("operator")!.Value.Text;
        var leftNode = node.ChildByField("left")!.Value;
        var rightNode = node.ChildByField("right")!.Value;
        if (op is "===" or "==" or "!==" or "!=" && TypeofTest(leftNode, rightNode) is { } typeTest)
        {
            return JsValue.Of(op.StartsWith('!') ? PyUnary.Not(typeTest) : typeTest, JsType.Bool);
        }
        if (op is "===" or "==" or "!==" or "!=" && rightNode.Type == "number" && rightNode.Text == "0"
            && leftNode.Type == "binary_expression" && leftNode.ChildByField("operator")!.Value.Text == "%")
        {
            // a % b == 0 does not depend on the remainder's sign convention.
            var dividend = Lower(leftNode.ChildByField("left")!.Value);
            var divisor = Lower(leftNode.ChildByField("right")!.Value);
            var remainder = new PyBinary(dividend.Py, PyBinaryOperator.Modulo, divisor.Py);
            return JsValue.Of(new PyCompare(remainder, op.StartsWith('!') ? PyCompareOperator.NotEqual : PyCompareOperator.Equal, new PyNumber("0")), JsType.Bool);
        }
        if (op is "&&" or "||")
        {
            var l = Lower(leftNode);
            var r = Lower(rightNode);
            return JsValue.Of(new PyBoolean(l.Py, op == "&&" ? PyBooleanOperator.And : PyBooleanOperator.Or, r.Py), JsType.Join(l.Type, r.Type));
        }
        if (op == "??")
        {
            var l = Lower(leftNode);
            var r = Lower(rightNode);
            var (tested, left) = TestedOnce(l.Py);
            return JsValue.Of(new PyConditional(new PyCompare(tested, PyCompareOperator.IsNot, PyConstant.None), left, r.Py), JsType.Join(l.Type, r.Type));
        }
        return Binary(op, Lower(leftNode), Lower(rightNode), node);
    }

    /// <summary>
    /// A value read twice, by a None test and then for use: as it is when pure, else evaluated once, the walrus
    /// naming it in the test (<paramref name="Tested"/>) and the name standing for it after (<paramref name="Value"/>).
    /// </summary>
    private (PyExpression Tested, PyExpression Value) TestedOnce(PyExpression e)
    {
        if (IsPure(e))
        {
            return (e, e);
        }
        var temporary = ctx.Temporary("value");
        return (new PyNamedExpression(temporary, e), new PyName(temporary));
    }

    private static bool IsPure(PyExpression e) => e switch
    {
        PyName or PyNumber or PyString or PyConstant => true,
        PyMember m => IsPure(m.Value),
        PySubscript s => IsPure(s.Value) && IsPure(s.Index),
        _ => false,
    };

    /// <summary>A binary operator on lowered operands, spelled by their kinds.</summary>
    private JsValue Binary(string op, JsValue l, JsValue r, SyntaxNode node)
    {
        var bothInt = l.Type.Kind == JsKind.Int && r.Type.Kind == JsKind.Int;
        var numeric = bothInt ? JsType.Int : l.Type.Kind == JsKind.Unknown || r.Type.Kind == JsKind.Unknown ? JsType.Unknown : JsType.Float;
        switch (op)
        {
            case "+":
                if (l.Type.Kind == JsKind.String || r.Type.Kind == JsKind.String)
                {
                    return JsValue.Of(new PyBinary(Stringify(l), PyBinaryOperator.Add, Stringify(r)), JsType.String);
                }
                if (l.Type.Kind == JsKind.MaybeString || r.Type.Kind == JsKind.MaybeString)
                {
                    return JsValue.Of(ctx.Helper(JsRuntime.Add, l.Py, r.Py), JsType.MaybeString);
                }
                if (l.Type.Kind is JsKind.Array or JsKind.Object || r.Type.Kind is JsKind.Array or JsKind.Object)
                {
                    return JsValue.Of(new PyBinary(ctx.Helper(JsRuntime.Str, l.Py), PyBinaryOperator.Add, ctx.Helper(JsRuntime.Str, r.Py)), JsType.String);
                }
                return JsValue.Of(new PyBinary(l.Py, PyBinaryOperator.Add, r.Py), numeric);
            case "-":
                return JsValue.Of(new PyBinary(l.Py, PyBinaryOperator.Subtract, r.Py), numeric);
            case "*":
                return JsValue.Of(new PyBinary(l.Py, PyBinaryOperator.Multiply, r.Py), numeric);
            case "/":
                return JsValue.Of(new PyBinary(l.Py, PyBinaryOperator.Divide, r.Py), JsType.Float);
            case "**":
                return Power(l, r);
            case "%":
                if (NonNegative(l.Py) && Py.Literal(r.Py) is > 0)
                {
                    return JsValue.Of(new PyBinary(l.Py, PyBinaryOperator.Modulo, r.Py), numeric);
                }
                // JavaScript's remainder takes the dividend's sign; Python's takes the divisor's.
                return JsValue.Of(ctx.Helper(PythonHelpers.TruncatingRemainder, l.Py, r.Py), numeric);
            case "<" or "<=" or ">" or ">=":
                var cmp = op switch { "<" => PyCompareOperator.Less, "<=" => PyCompareOperator.LessOrEqual, ">" => PyCompareOperator.Greater, _ => PyCompareOperator.GreaterOrEqual };
                return JsValue.Of(new PyCompare(MissingAsNaN(l.Py, r.Type), cmp, MissingAsNaN(r.Py, l.Type)), JsType.Bool);
            case "===" or "==" or "!==" or "!=":
                var equal = op.StartsWith('=');
                if (r.Type.Kind == JsKind.Null || l.Type.Kind == JsKind.Null)
                {
                    var other = r.Type.Kind == JsKind.Null ? l.Py : r.Py;
                    return JsValue.Of(new PyCompare(other, equal ? PyCompareOperator.Is : PyCompareOperator.IsNot, PyConstant.None), JsType.Bool);
                }
                if (op.Length == 2 && (l.Type.Kind == JsKind.String && r.Type.IsNumber || r.Type.Kind == JsKind.String && l.Type.IsNumber))
                {
                    throw Unsupported(node, "== between a string and a number (JavaScript converts the string)");
                }
                if (l.Type.IsContainer && r.Type.IsContainer)
                {
                    // Arrays and objects are equal only when they are the same object, not when their contents match.
                    return JsValue.Of(new PyCompare(l.Py, equal ? PyCompareOperator.Is : PyCompareOperator.IsNot, r.Py), JsType.Bool);
                }
                return JsValue.Of(new PyCompare(l.Py, equal ? PyCompareOperator.Equal : PyCompareOperator.NotEqual, r.Py), JsType.Bool);
            case "&" or "|" or "^" or "<<" or ">>" or ">>>":
                return Bitwise(op, l, r);
            case "in":
                return JsValue.Of(new PyCompare(l.Py, PyCompareOperator.In, r.Py), JsType.Bool);
            case "instanceof":
                var type = r.Py is PyName { Id: var id } ? id switch
                {
                    "Array" => "list",
                    "Map" or "Object" => "dict",
                    "Set" => "set",
                    "String" => "str",
                    "Error" => "Exception",
                    // Python's own TypeError (a name the output otherwise keeps for the program, as TypeError_).
                    "TypeError_" or "SyntaxError_" or "ReferenceError_" when !ctx.Facts.Classes.Contains(id[..^1]) => id[..^1],
                    _ when JsRuntime.ErrorClasses.Contains(id) => ErrorType(id),
                    _ => id,
                } : throw Unsupported(node, "instanceof with a computed class");
                return JsValue.Of(PyCall.Of("isinstance", l.Py, new PyName(type)), JsType.Bool);
            default:
                throw Unsupported(node, $"the operator '{op}'");
        }
    }

    private static bool NonNegative(PyExpression e) => e switch
    {
        PyNumber n => !n.Text.StartsWith('-'),
        PyCall { Function: PyName { Id: "len" or "abs" or "ord" } } => true,
        PyBinary { Operator: PyBinaryOperator.Add or PyBinaryOperator.Multiply } b => NonNegative(b.Left) && NonNegative(b.Right),
        _ => false,
    };

    /// <summary><c>typeof x === "number"</c> and friends as isinstance tests.</summary>
    private PyExpression? TypeofTest(SyntaxNode left, SyntaxNode right)
    {
        if (left.Type == "string" && right.Type == "unary_expression")
        {
            (left, right) = (right, left);
        }
        if (left.Type != "unary_expression" || left.ChildByField("operator")?.Text != "typeof" || right.Type != "string")
        {
            return null;
        }
        var value = Lower(left.ChildByField("argument")!.Value).Py;
        PyExpression IsInstance(params string[] types) =>
            PyCall.Of("isinstance", value, types.Length == 1 ? new PyName(types[0]) : new PyTuple(types.Select(t => (PyExpression)new PyName(t)).ToList()));
        return right.Text[1..^1] switch
        {
            "string" => IsInstance("str"),
            "number" => new PyBoolean(IsInstance("int", "float"), PyBooleanOperator.And, new PyUnary(PyUnaryOperator.Not, IsInstance("bool"))),
            "boolean" => IsInstance("bool"),
            "undefined" => new PyCompare(value, PyCompareOperator.Is, PyConstant.None),
            "function" => PyCall.Of("callable", value),
            "object" => new PyBoolean(IsInstance("dict", "list", "set"), PyBooleanOperator.Or, new PyCompare(value, PyCompareOperator.Is, PyConstant.None)),
            _ => throw Unsupported(left, "this typeof test"),
        };
    }

    private JsValue LowerUnary(SyntaxNode node)
    {
        var op = node.ChildByField("operator")!.Value.Text;
        var argumentNode = node.ChildByField("argument")!.Value;
        switch (op)
        {
            case "!":
                return JsValue.Of(PyUnary.Not(Condition(argumentNode)), JsType.Bool);
            case "-":
                var negated = Lower(argumentNode);
                return JsValue.Of(negated.Py is PyNumber n ? new PyNumber("-" + n.Text) : new PyUnary(PyUnaryOperator.Negate, negated.Py), negated.Type.IsNumber ? negated.Type : JsType.Unknown);
            case "+":
                var plus = Lower(argumentNode);
                // +text is Number(text): "" is 0, "7" the integer 7 (a key that orders as one), "x" NaN.
                return plus.Type.IsNumber ? plus
                    : plus.Type.Kind == JsKind.Bool ? JsValue.Of(PyCall.Of("int", plus.Py), JsType.Int)
                    : JsValue.Of(ctx.Helper(JsRuntime.ToNumber, plus.Py), JsType.Float);
            case "~":
                var twice = argumentNode.Type == "unary_expression" && argumentNode.ChildByField("operator")?.Text == "~";
                return Invert(Lower(twice ? argumentNode.ChildByField("argument")!.Value : argumentNode), twice);
            case "void":
                return JsValue.Of(PyConstant.None, JsType.Null);
            case "typeof":
                var operand = Lower(argumentNode);
                var known = operand.Type.Kind switch
                {
                    JsKind.String => "string",
                    JsKind.Int or JsKind.Float => "number",
                    JsKind.Bool => "boolean",
                    JsKind.Function => "function",
                    JsKind.Array or JsKind.Object or JsKind.Map or JsKind.Set or JsKind.OrderedSet or JsKind.Instance or JsKind.Regex => "object",
                    _ => null,
                };
                return JsValue.Of(known is not null && IsPure(operand.Py) ? new PyString(known) : ctx.Helper(JsRuntime.TypeOf, operand.Py), JsType.String);
            default:
                throw Unsupported(node, $"the operator '{op}' used as a value");
        }
    }

    /// <summary>An expression in a boolean context; containers are truthy when empty in JavaScript.</summary>
    private PyExpression Condition(SyntaxNode node)
    {
        if (node.Type == "parenthesized_expression")
        {
            return Condition(node.NamedChildren.First(c => c.Type != "comment"));
        }
        if (node.Type == "binary_expression" && node.ChildByField("operator")!.Value.Text is "&&" or "||" && node.ChildByField("left") is { } l && node.ChildByField("right") is { } r)
        {
            var op = node.ChildByField("operator")!.Value.Text == "&&" ? PyBooleanOperator.And : PyBooleanOperator.Or;
            return new PyBoolean(Condition(l), op, Condition(r));
        }
        return Truthy(Lower(node));
    }

    private static PyExpression Truthy(JsValue value) =>
        value.Type.IsContainer ? new PyCompare(value.Py, PyCompareOperator.IsNot, PyConstant.None) : value.Py;

    /// <summary>
    /// A key read that may be missing (<c>counts.get(ch)</c>) compared with a number: undefined compares as NaN, so
    /// every comparison with it is false, where Python's None would raise TypeError. NaN stands for the missing value.
    /// </summary>
    private static PyExpression MissingAsNaN(PyExpression read, JsType other) =>
        read is PyCall { Function: PyMember { Name: "get" }, Arguments: [var key], Keywords: null } get && other.IsNumber
            ? get with { Arguments = [key, PyCall.Of("float", new PyString("nan"))] }
            : read;
}
