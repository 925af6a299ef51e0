using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private LoweredExpression LowerBinary(SyntaxNode node)
    {
        var op = OperatorOf(node);
        var leftNode = Field(node, "left");
        var rightNode = Field(node, "right");
        if (op == "/" && IsSizeOf(leftNode) && IsSizeOf(rightNode))
        {
            // sizeof(a) / sizeof(a[0]): the element count of a fixed array.
            var array = Unwrap(leftNode).ChildByField("value") ?? throw Unsupported(leftNode);
            return new(Py.Length(Lower(array).Python), CType.Int);
        }
        if (!IsJava && op == "-" && IteratorIndex(leftNode, rightNode) is { } position)
        {
            return position;
        }
        if (!IsJava && op is "==" or "!=" or "<" or "<=" or ">" or ">=" && _ctx.IteratorVariables.Count > 0
            && ContainerOf(leftNode) is { } container && ContainerOf(rightNode) == container)
        {
            // it == v.end(): iterators into one container compare as the indices they stand at.
            return Comparison(new(Position(leftNode), CType.Int), op, new(Position(rightNode), CType.Int));
        }
        if (op is "&&" or "||")
        {
            var l = Lower(leftNode).Python;
            var r = _ctx.WithoutBuffers(() => Lower(rightNode).Python);
            return new(new PyBoolean(l, op == "&&" ? PyBooleanOperator.And : PyBooleanOperator.Or, r), CType.Bool);
        }
        if (op is "==" or "!=" && (LowerZeroRemainderTest(leftNode, rightNode, op) ?? LowerZeroRemainderTest(rightNode, leftNode, op)) is { } divisible)
        {
            return divisible;
        }
        if (op is "==" or "!=" && (Unwrap(rightNode).Text is "'\\0'" ? CStringEnd(Unwrap(leftNode)) : Unwrap(leftNode).Text is "'\\0'" ? CStringEnd(Unwrap(rightNode)) : (null, null)) is var (text, index) && text is not null)
        {
            return new(Py.Compare(index!, op == "!=" ? PyCompareOperator.Less : PyCompareOperator.GreaterOrEqual, Py.Length(text)), CType.Bool);
        }
        if (op is "==" or "!=" && LowerEndComparison(leftNode, rightNode, op) is { } membership)
        {
            return membership;
        }
        if (IsJava && op is "==" or "!=" or "<" or "<=" or ">" or ">=" && CompareToZero(leftNode, rightNode, op) is { } ordered)
        {
            return ordered;
        }
        var left = Lower(leftNode);
        var right = Lower(rightNode);
        return op switch
        {
            "+" when IsJava && (left.Type.IsStringLike || right.Type.IsStringLike) => new(Py.Binary(Stringify(left), PyBinaryOperator.Add, Stringify(right)), CType.String),
            "+" when left.Type.IsStringLike || right.Type.IsStringLike => new(Py.Binary(left.Python, PyBinaryOperator.Add, right.Python), CType.String),
            "+" => Arithmetic(left, PyBinaryOperator.Add, right),
            "-" => Arithmetic(left, PyBinaryOperator.Subtract, right),
            "*" => Arithmetic(left, PyBinaryOperator.Multiply, right),
            "/" => Divide(left, right),
            "%" => Remainder(left, right),
            "&" => Bitwise(left, PyBinaryOperator.BitAnd, right),
            "|" => Bitwise(left, PyBinaryOperator.BitOr, right),
            "^" => Bitwise(left, PyBinaryOperator.BitXor, right),
            "<<" => new(Py.Binary(AsNumber(left), PyBinaryOperator.LeftShift, AsNumber(right)), CType.Int),
            ">>" => new(Py.Binary(AsNumber(left), PyBinaryOperator.RightShift, AsNumber(right)), CType.Int),
            ">>>" => new(Py.Binary(Py.Binary(AsNumber(left), PyBinaryOperator.BitAnd, new PyNumber("0xFFFFFFFF")), PyBinaryOperator.RightShift, AsNumber(right)), CType.Int),
            "==" or "!=" or "<" or "<=" or ">" or ">=" => Comparison(left, op, right),
            _ => throw Unsupported(node, $"the operator '{op}'"),
        };
    }

    /// <summary><c>a.compareTo(b) &lt; 0</c> on strings or integers is <c>a &lt; b</c> (and so for every comparison with 0).</summary>
    private LoweredExpression? CompareToZero(SyntaxNode leftNode, SyntaxNode rightNode, string op)
    {
        if (Unwrap(rightNode).Text != "0" || Unwrap(leftNode) is not { Type: "method_invocation" } call || call.ChildByField("name")?.Text != "compareTo"
            || call.ChildByField("object") is not { } receiverNode || Arguments(call) is not [var argument])
        {
            return null;
        }
        return _ctx.Tentatively(() =>
        {
            var receiver = Lower(receiverNode);
            return receiver.Type.IsStringLike || receiver.Type.Kind == CKind.Int ? Comparison(receiver, op, Lower(argument)) : null;
        });
    }

    private static bool IsSizeOf(SyntaxNode node) => Unwrap(node).Type == "sizeof_expression";

    /// <summary>A Java value as string concatenation and printing write it (<c>String.valueOf</c>).</summary>
    private PyExpression Stringify(LoweredExpression value) => value.Type.Kind switch
    {
        CKind.String or CKind.StringBuilder or CKind.Char => value.Python,
        CKind.Bool => new PyConditional(value.Python, new PyString("true"), new PyString("false")),
        // A wrapper (Integer) may be null, which Java writes as "null".
        CKind.Int when value.Type.Boxed => JavaString(value.Python),
        CKind.Int or CKind.Object => Py.Call("str", value.Python),
        // TreeSet and TreeMap print in their order; Python's set and dict keep none.
        CKind.Set when value.Type.Sorted => JavaString(Py.Call("sorted", value.Python)),
        CKind.Map when value.Type.Sorted => JavaString(Py.Call("dict", Py.Call("sorted", Py.Method(value.Python, "items")))),
        // Doubles (1.0E10), collections ([a, b], {k=v}) and values of unknown type (null, true) print as Java's.
        _ => JavaString(value.Python),
    };

    private PyExpression JavaString(PyExpression value)
    {
        _ctx.Require("decimal");
        return _ctx.Helper(PythonHelpers.JavaString, value);
    }

    private static LoweredExpression Arithmetic(LoweredExpression left, PyBinaryOperator op, LoweredExpression right)
    {
        var type = left.Type.Kind == CKind.Float || right.Type.Kind == CKind.Float ? CType.Float : CType.Int;
        return new(Py.Binary(AsNumber(left), op, AsNumber(right)), type);
    }

    private static LoweredExpression Bitwise(LoweredExpression left, PyBinaryOperator op, LoweredExpression right) =>
        new(Py.Binary(AsNumber(left), op, AsNumber(right)), left.Type.Kind == CKind.Bool && right.Type.Kind == CKind.Bool ? CType.Bool : CType.Int);

    /// <summary>
    /// Integer division truncates toward zero in C, C++, Java and C#; Python's <c>//</c> floors. <c>//</c> is kept
    /// only where both operands are known non-negative; otherwise the exact helper is called.
    /// </summary>
    private LoweredExpression Divide(LoweredExpression left, LoweredExpression right)
    {
        if (left.Type.Kind == CKind.Float || right.Type.Kind == CKind.Float)
        {
            return new(Py.Binary(AsNumber(left), PyBinaryOperator.Divide, AsNumber(right)), CType.Float);
        }
        var (l, r) = (AsNumber(left), AsNumber(right));
        return IsNonNegative(l, left.Type) && IsNonNegative(r, right.Type)
            ? new(Py.Binary(l, PyBinaryOperator.FloorDivide, r), CType.Int)
            : new(_ctx.Helper(PythonHelpers.TruncatingDivision, l, r), CType.Int);
    }

    private LoweredExpression Remainder(LoweredExpression left, LoweredExpression right)
    {
        var (l, r) = (AsNumber(left), AsNumber(right));
        if (left.Type.Kind == CKind.Float || right.Type.Kind == CKind.Float)
        {
            _ctx.Require("math");
            return new(Py.Method(Py.Name("math"), "fmod", l, r), CType.Float);
        }
        return IsNonNegative(l, left.Type) && IsNonNegative(r, right.Type)
            ? new(Py.Binary(l, PyBinaryOperator.Modulo, r), CType.Int)
            : new(_ctx.Helper(PythonHelpers.TruncatingRemainder, l, r), CType.Int);
    }

    /// <summary><c>a % b == 0</c> does not depend on the remainder's sign convention, so Python's <c>%</c> is exact there.</summary>
    private LoweredExpression? LowerZeroRemainderTest(SyntaxNode remainder, SyntaxNode zero, string op)
    {
        var r = Unwrap(remainder);
        if (r.Type != "binary_expression" || OperatorOf(r) != "%" || Unwrap(zero).Text != "0")
        {
            return null;
        }
        var left = Lower(Field(r, "left"));
        var right = Lower(Field(r, "right"));
        if (left.Type.Kind == CKind.Float || right.Type.Kind == CKind.Float)
        {
            return null;
        }
        var test = Py.Binary(AsNumber(left), PyBinaryOperator.Modulo, AsNumber(right));
        return new(Py.Compare(test, op == "==" ? PyCompareOperator.Equal : PyCompareOperator.NotEqual, Py.Number(0)), CType.Bool);
    }

    private static LoweredExpression Comparison(LoweredExpression left, string op, LoweredExpression right)
    {
        var compare = op switch
        {
            "==" => PyCompareOperator.Equal,
            "!=" => PyCompareOperator.NotEqual,
            "<" => PyCompareOperator.Less,
            "<=" => PyCompareOperator.LessOrEqual,
            ">" => PyCompareOperator.Greater,
            _ => PyCompareOperator.GreaterOrEqual,
        };
        if (left.Python == PyConstant.None || right.Python == PyConstant.None)
        {
            compare = compare == PyCompareOperator.Equal ? PyCompareOperator.Is : PyCompareOperator.IsNot;
            return new(Py.Compare(left.Python, compare, right.Python), CType.Bool);
        }
        // Two chars compare as one-character strings (same order as their codes); a char against a number by its code.
        var bothChars = left.Type.Kind == CKind.Char && right.Type.Kind == CKind.Char;
        var l = bothChars ? left.Python : AsNumber(left);
        var r = bothChars ? right.Python : AsNumber(right);
        return new(Py.Compare(l, compare, r), CType.Bool);
    }

    private LoweredExpression LowerUnary(SyntaxNode node)
    {
        var op = OperatorOf(node);
        var operandNode = node.ChildByField("operand") ?? Field(node, "argument");
        if (op == "!" && CStringEnd(Unwrap(operandNode)) is var (text, index) && text is not null)
        {
            return new(Py.Compare(index!, PyCompareOperator.GreaterOrEqual, Py.Length(text)), CType.Bool);
        }
        var operand = Lower(operandNode);
        return op switch
        {
            // not (x in s) reads as x not in s; == and != flip too (exact, unlike < and >= with NaN).
            "!" when operand.Python is PyCompare { Operator: PyCompareOperator.In or PyCompareOperator.NotIn or PyCompareOperator.Is or PyCompareOperator.IsNot } c =>
                new(c with { Operator = c.Operator switch { PyCompareOperator.In => PyCompareOperator.NotIn, PyCompareOperator.NotIn => PyCompareOperator.In, PyCompareOperator.Is => PyCompareOperator.IsNot, _ => PyCompareOperator.Is } }, CType.Bool),
            "!" => new(new PyUnary(PyUnaryOperator.Not, operand.Python), CType.Bool),
            "-" when operand.Python is PyNumber n && !n.Text.StartsWith('-') => new(new PyUnary(PyUnaryOperator.Negate, n), operand.Type),
            "-" => new(new PyUnary(PyUnaryOperator.Negate, AsNumber(operand)), operand.Type.Kind == CKind.Char ? CType.Int : operand.Type),
            "+" => new(AsNumber(operand), operand.Type.Kind == CKind.Char ? CType.Int : operand.Type),
            "~" => new(new PyUnary(PyUnaryOperator.Invert, AsNumber(operand)), CType.Int),
            _ => throw Unsupported(node, $"the operator '{op}'"),
        };
    }

    /// <summary>
    /// Whether an integer expression is known non-negative: a non-negative literal, a length, an unsigned value,
    /// or a loop counter of a range that starts at zero or above and counts up.
    /// </summary>
    private bool IsNonNegative(PyExpression e, CType type) => type.Unsigned || e switch
    {
        _ when Py.Literal(e) is { } v => v >= 0,
        PyCall { Function: PyName { Id: "len" or "abs" or "ord" } } => true,
        PyName n => _ctx.NonNegative.Contains(n.Id),
        PyBinary { Operator: PyBinaryOperator.Add or PyBinaryOperator.Multiply or PyBinaryOperator.FloorDivide or PyBinaryOperator.Modulo } b =>
            IsNonNegative(b.Left, CType.Int) && IsNonNegative(b.Right, CType.Int),
        _ => false,
    };

    /// <summary>
    /// The distance between two iterators into one container (<c>lower_bound(v.begin(), v.end(), x) - v.begin()</c>,
    /// <c>upper_bound(...) - lower_bound(...)</c>, <c>v.end() - v.begin()</c>): the difference of their indices, a
    /// <c>lower_bound</c>/<c>upper_bound</c> being Python's <c>bisect_left</c>/<c>bisect_right</c> on the same bounds. Null otherwise.
    /// </summary>
    private LoweredExpression? IteratorIndex(SyntaxNode left, SyntaxNode right)
    {
        if (ContainerOf(left) is not { } container || ContainerOf(right) != container)
        {
            return null;
        }
        var (from, to) = (Position(left), Position(right));
        return new(Py.Literal(to) == 0 ? from : Py.Binary(from, PyBinaryOperator.Subtract, to), CType.Int);
    }

    /// <summary>The index an iterator stands at: <c>v.begin() + k</c> is k, <c>v.end()</c> is <c>len(v)</c>, a bound a bisection.</summary>
    private PyExpression Position(SyntaxNode iterator)
    {
        if (Unwrap(iterator) is { Type: "identifier" } variable && _ctx.IteratorVariables.ContainsKey(variable.Text))
        {
            return Lower(variable).Python;
        }
        if (Unwrap(iterator) is { Type: "call_expression" } call && CallName(call) is "lower_bound" or "upper_bound" && Arguments(call) is [var first, var last, var value])
        {
            var (sequence, lower, upper, _) = RangeOf(first, last);
            _ctx.Require("bisect");
            PyExpression[] bounds = upper is null ? lower is null ? [] : [lower] : [lower ?? Py.Number(0), upper];
            return Py.Method(Py.Name("bisect"), CallName(call) == "lower_bound" ? "bisect_left" : "bisect_right", [sequence, Lower(value).Python, .. bounds]);
        }
        var (container, offset, _) = Iterator(iterator);
        return offset ?? Py.Length(container);
    }

    /// <summary>The container an iterator expression walks (the text of <c>v</c> in <c>v.begin() + 1</c>), or null when it is no iterator.</summary>
    private string? ContainerOf(SyntaxNode node)
    {
        node = Unwrap(node);
        return node switch
        {
            { Type: "identifier" } variable when _ctx.IteratorVariables.TryGetValue(variable.Text, out var container) => container.Text,
            { Type: "call_expression" } call when CallName(call) is "begin" or "end" && Field(call, "function") is { Type: "field_expression" } f =>
                Field(f, "argument").Text,
            { Type: "call_expression" } call when CallName(call) is "lower_bound" or "upper_bound" && Arguments(call) is [var first, _, _] => ContainerOf(first),
            { Type: "binary_expression" } sum when OperatorOf(sum) is "+" or "-" => ContainerOf(Field(sum, "left")),
            _ => null,
        };
    }

    /// <summary>Whether the node is an iterator into a container (<c>v.begin()</c>, <c>v.end() - 1</c>).</summary>
    private bool IsIterator(SyntaxNode node) => ContainerOf(node) is not null;

    /// <summary>The container node an iterator walks (<c>v</c> in <c>lower_bound(v.begin(), v.end(), x)</c>), or null.</summary>
    private SyntaxNode? ContainerNode(SyntaxNode node)
    {
        node = Unwrap(node);
        return node switch
        {
            { Type: "identifier" } variable when _ctx.IteratorVariables.TryGetValue(variable.Text, out var container) => container,
            { Type: "call_expression" } call when CallName(call) is "begin" or "end" && Field(call, "function") is { Type: "field_expression" } f => Field(f, "argument"),
            { Type: "call_expression" } call when CallName(call) is "lower_bound" or "upper_bound" && Arguments(call) is [var first, _, _] => ContainerNode(first),
            { Type: "binary_expression" } sum when OperatorOf(sum) is "+" or "-" => ContainerNode(Field(sum, "left")),
            _ => null,
        };
    }

    /// <summary>
    /// <c>auto it = lower_bound(v.begin(), v.end(), x);</c> over a vector or string: <c>it</c> holds the index
    /// (<c>bisect_left(v, x)</c>); <c>it == v.end()</c> compares indices, <c>*it</c> is <c>v[it]</c>. Null for any other declaration.
    /// </summary>
    private List<PyStatement>? IteratorVariable(string name, SyntaxNode value)
    {
        if (IsJava || ContainerNode(value) is not { } container || Lower(container) is not { Type.Kind: CKind.List or CKind.String } sequence)
        {
            return null;
        }
        var position = Position(value);
        _ctx.Declare(name, CType.Int);
        _ctx.IteratorVariables[name] = container;
        return [new PyAssign(Py.Name(LoweringContext.SafeName(name)), position)];
    }

    /// <summary><c>*it</c> for an iterator variable: the element it stands at; null for anything else.</summary>
    private LoweredExpression? IteratorElement(SyntaxNode argument) =>
        Unwrap(argument) is { Type: "identifier" } variable && _ctx.IteratorVariables.TryGetValue(variable.Text, out var container) && Lower(container) is var sequence
            ? new(new PySubscript(sequence.Python, Lower(variable).Python), sequence.Type.IsStringLike ? CType.Char : sequence.Type.ElementType)
            : null;
}
