using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>Operators: PHP's <c>/</c> (int when exact), <c>%</c> (dividend's sign), <c>.</c>, <c>??</c>, <c>&lt;=&gt;</c>, comparisons.</summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerBinary(SyntaxNode node)
    {
        var op = node.ChildByField("operator")?.Text ?? "";
        var leftNode = Field(node, "left");
        var rightNode = Field(node, "right");
        if (op == ".")
        {
            return new Lowered(Concatenate(ConcatParts(node)), PhpType.String);
        }
        if (op == "instanceof")
        {
            return new Lowered(PyCall.Of("isinstance", LowerExpression(leftNode).Expression, ScopeTarget(rightNode)), PhpType.Bool);
        }
        if (op == "??")
        {
            return LowerCoalesce(leftNode, rightNode);
        }
        var left = LowerExpression(leftNode);
        var right = LowerExpression(rightNode);
        var type = InferBinary(node);
        if (op is "===" or "!==" or "==" or "!=" or "<>" && EmptyArrayTest(leftNode, rightNode, left, right, op) is { } emptyTest)
        {
            return emptyTest;
        }
        if (op is "+" or "-" or "*" && left.Type is PhpType.Int or PhpType.Number or PhpType.Unknown && right.Type is PhpType.Int or PhpType.Number or PhpType.Unknown
            && (left.Type != PhpType.Unknown || right.Type != PhpType.Unknown) && NamesIntLimits())
        {
            // PHP computes an int result past 64 bits in floats; Python's ints grow. Only where the program goes near the limits.
            Imports.Add("operator");
            var function = new PyMember(new PyName("operator"), op == "+" ? "add" : op == "-" ? "sub" : "mul");
            return new Lowered(Helper("php_overflow", function, NumericIfUnknown(left), NumericIfUnknown(right)), PhpType.Number);
        }
        switch (op.ToLowerInvariant())
        {
            case "+" when left.Type.IsArray() || right.Type.IsArray():
                // Array union: the left array's keys, then the right's keys it lacks.
                return new Lowered(Helper("php_array_union", left.Expression, right.Expression), left.Type == PhpType.Dict ? PhpType.Dict : PhpType.Unknown);
            case "+" when left.Type == PhpType.Unknown && right.Type == PhpType.Unknown:
                // Two strings from text would concatenate in Python (PHP adds the numbers in them), two arrays too (PHP's union).
                return new Lowered(Helper("php_add", left.Expression, right.Expression), type);
            case "+" or "-" when IsLooseParameter(leftNode) && right.Type.IsNumeric() || IsLooseParameter(rightNode) && left.Type.IsNumeric():
                // A parameter declared mixed (or string among others) is often a numeric string ($value + 0).
                return new Lowered(new PyBinary(NumericIfUnknown(left), op == "+" ? PyBinaryOperator.Add : PyBinaryOperator.Subtract, NumericIfUnknown(right)), type);
            case "+":
                return Arith(PyBinaryOperator.Add);
            case "-":
                return Arith(PyBinaryOperator.Subtract);
            case "*" when left.Type == PhpType.Unknown || right.Type == PhpType.Unknown:
                // Python repeats a string (or list) times an int without complaint; PHP multiplies the number in it.
                return new Lowered(new PyBinary(NumericIfUnknown(left), PyBinaryOperator.Multiply, NumericIfUnknown(right)), type);
            case "*":
                return Arith(PyBinaryOperator.Multiply);
            case "**":
                return Arith(PyBinaryOperator.Power);
            case "/":
                return left.Type == PhpType.Float || right.Type == PhpType.Float
                    ? Arith(PyBinaryOperator.Divide)
                    : new Lowered(Helper("php_div", Numeric(left), Numeric(right)), type);
            case "%":
                return IsNonNegative(leftNode) && IsPositiveLiteral(rightNode)
                    ? Arith(PyBinaryOperator.Modulo)
                    : new Lowered(Helper("php_mod", Numeric(left), Numeric(right)), PhpType.Int);
            case "&":
                return Arith(PyBinaryOperator.BitAnd);
            case "|":
                return Arith(PyBinaryOperator.BitOr);
            case "^":
                return Arith(PyBinaryOperator.BitXor);
            case "<<":
                return Arith(PyBinaryOperator.LeftShift);
            case ">>":
                return Arith(PyBinaryOperator.RightShift);
            case "&&" or "and":
                return Logical(PyBooleanOperator.And);
            case "||" or "or":
                return Logical(PyBooleanOperator.Or);
            case "xor":
                return new Lowered(new PyCompare(PyCall.Of("bool", left.Expression), PyCompareOperator.NotEqual, PyCall.Of("bool", right.Expression)), PhpType.Bool);
            case "<=>":
                return new Lowered(Helper("php_cmp", left.Expression, right.Expression), PhpType.Int);
            case "===" or "!==" when _usesDateClasses && left.Type is PhpType.Unknown or PhpType.Object && right.Type is PhpType.Unknown or PhpType.Object
                && left.Expression is not PyConstant && right.Expression is not PyConstant:
                // Python's == on PHP's date objects compares dates; === asks for one object.
                var identical = Helper("php_identical", left.Expression, right.Expression);
                return new Lowered(op == "===" ? identical : new PyUnary(PyUnaryOperator.Not, identical), PhpType.Bool);
            case "===" or "!==":
                return Identity(left, right, op == "===");
            case "==" or "!=" or "<>":
                return Equality(node, left, right, op == "==");
            case "<":
                return Compare(PyCompareOperator.Less);
            case "<=":
                return Compare(PyCompareOperator.LessOrEqual);
            case ">":
                return Compare(PyCompareOperator.Greater);
            case ">=":
                return Compare(PyCompareOperator.GreaterOrEqual);
            default:
                throw Unsupported(node, $"the {op} operator is not translated");
        }

        // PHP's && and || give true or false, Python's give an operand: bool() where an operand is not a bool already.
        Lowered Logical(PyBooleanOperator o)
        {
            PyExpression combined = new PyBoolean(AsCondition(left), o, AsCondition(right));
            return new Lowered(left.Type == PhpType.Bool && right.Type == PhpType.Bool ? combined : PyCall.Of("bool", combined), PhpType.Bool);
        }

        // A string in arithmetic is read as the number it starts with (PHP); Python would repeat or concatenate it.
        Lowered Arith(PyBinaryOperator o) => new(new PyBinary(Numeric(left), o, Numeric(right)), type);
        Lowered Compare(PyCompareOperator o) =>
            (left.Type == PhpType.String && right.Type.IsNumeric()) || (right.Type == PhpType.String && left.Type.IsNumeric())
                ? new(new PyCompare(Helper("php_cmp", left.Expression, right.Expression), o, new PyNumber("0")), PhpType.Bool)
                : new(new PyCompare(left.Expression, o, right.Expression), PhpType.Bool);
    }

    /// <summary>
    /// <c>$a === []</c>: an empty keyed array is <c>{}</c> here, which Python's <c>== []</c> would not match; loosely,
    /// <c>null</c> and <c>false</c> equal <c>[]</c> too.
    /// </summary>
    private Lowered? EmptyArrayTest(SyntaxNode leftNode, SyntaxNode rightNode, Lowered left, Lowered right, string op)
    {
        Lowered? other = IsEmptyArray(Unwrap(rightNode)) ? left : IsEmptyArray(Unwrap(leftNode)) ? right : null;
        if (other is not { } value || value.Type == PhpType.List)
        {
            return null;
        }
        PyExpression test = Helper("php_is_empty_array", value.Expression, PyConstant.Of(op is "===" or "!=="));
        return new Lowered(op is "===" or "==" ? test : new PyUnary(PyUnaryOperator.Not, test), PhpType.Bool);
    }

    /// <summary>A variable naming a parameter of the enclosing function declared <c>mixed</c> or a union with <c>string</c>.</summary>
    private static bool IsLooseParameter(SyntaxNode node)
    {
        if (Unwrap(node) is not { Type: "variable_name" } variable)
        {
            return false;
        }
        var function = node.Parent;
        while (function is { } f && f.Type is not ("function_definition" or "method_declaration" or "anonymous_function" or "arrow_function"))
        {
            function = f.Parent;
        }
        var parameters = function?.ChildByField("parameters")?.NamedChildren ?? [];
        var type = parameters.Where(p => p.ChildByField("name")?.Text == variable.Text).Select(p => p.ChildByField("type")?.Text.ToLowerInvariant()).FirstOrDefault();
        return type is not null && (type.TrimStart('?') == "mixed" || type.Contains('|', StringComparison.Ordinal) && type.Split('|').Contains("string"));
    }

    private PyExpression NumericIfUnknown(Lowered value) => value.Type == PhpType.Unknown ? Helper("php_num", value.Expression) : Numeric(value);

    private PyExpression Numeric(Lowered value) => value.Type == PhpType.String ? Helper("php_num", value.Expression) : value.Expression;

    /// <summary>Known non-negative: a literal, a length, or a counter this function only counts up from zero.</summary>
    private static bool IsNonNegative(SyntaxNode node)
    {
        node = Unwrap(node);
        return node.Type == "integer"
            || (node.Type == "function_call_expression" && node.ChildByField("function")?.Text.ToLowerInvariant() is "strlen" or "count" or "ord");
    }

    private static bool IsPositiveLiteral(SyntaxNode node) => Unwrap(node).Type == "integer" && Unwrap(node).Text != "0";

    private static bool IsZero(PyExpression e) => e is PyNumber { Text: "0" };

    /// <summary><c>===</c>: against true, false and null it is Python's <c>is</c> (so <c>strpos(...) !== false</c> keeps 0 apart from false).</summary>
    private Lowered Identity(Lowered left, Lowered right, bool equal)
    {
        if (ArrayEquality(left, right, strict: true, equal) is { } arrays)
        {
            return arrays;
        }
        if (IsZero(right.Expression) && left.Expression is PyCall { Function: PyName { Id: "php_mod" } } mod && left.Type == PhpType.Int)
        {
            return new Lowered(new PyCompare(new PyBinary(mod.Arguments[0], PyBinaryOperator.Modulo, mod.Arguments[1]), equal ? PyCompareOperator.Equal : PyCompareOperator.NotEqual, right.Expression), PhpType.Bool);
        }
        if (right.Expression is PyConstant || left.Expression is PyConstant)
        {
            var (value, constant) = right.Expression is PyConstant ? (left, right) : (right, left);
            return new Lowered(new PyCompare(value.Expression, equal ? PyCompareOperator.Is : PyCompareOperator.IsNot, constant.Expression), PhpType.Bool);
        }
        return new Lowered(new PyCompare(left.Expression, equal ? PyCompareOperator.Equal : PyCompareOperator.NotEqual, right.Expression), PhpType.Bool);
    }

    /// <summary>Loose <c>==</c>: against true/false/null it tests truthiness; otherwise Python's <c>==</c> (same-typed operands agree).</summary>
    private Lowered Equality(SyntaxNode node, Lowered left, Lowered right, bool equal)
    {
        var (value, constant) = right.Expression is PyConstant ? (left, right) : (right, left);
        if (constant.Expression is PyConstant c)
        {
            var truthy = c.Keyword == "True";
            var test = truthy == equal ? PyCall.Of("bool", value.Expression) : (PyExpression)new PyUnary(PyUnaryOperator.Not, value.Expression);
            return new Lowered(test, PhpType.Bool);
        }
        if (IsZero(right.Expression) && left.Expression is PyCall { Function: PyName { Id: "php_mod" } } mod)
        {
            // The remainder's sign cannot change whether it is zero.
            return new Lowered(new PyCompare(new PyBinary(mod.Arguments[0], PyBinaryOperator.Modulo, mod.Arguments[1]), equal ? PyCompareOperator.Equal : PyCompareOperator.NotEqual, right.Expression), PhpType.Bool);
        }
        if (ArrayEquality(left, right, strict: false, equal) is { } arrays)
        {
            return arrays;
        }
        if ((left.Type == PhpType.String && right.Type.IsNumeric()) || (right.Type == PhpType.String && left.Type.IsNumeric()))
        {
            Warn(node, "== between a string and a number compares as PHP 8 does only for numeric strings; translated as Python ==");
        }
        return new Lowered(new PyCompare(left.Expression, equal ? PyCompareOperator.Equal : PyCompareOperator.NotEqual, right.Expression), PhpType.Bool);
    }

    private Lowered LowerCoalesce(SyntaxNode leftNode, SyntaxNode rightNode)
    {
        var fallback = LowerExpression(rightNode);
        leftNode = Unwrap(leftNode);
        if (leftNode.Type == "subscript_expression" && leftNode.NamedChildCount == 2)
        {
            var array = SafeRead(leftNode.NamedChildren[0]);
            var key = LowerKey(leftNode.NamedChildren[1]);
            if (!IsPlainValue(fallback.Expression))
            {
                // PHP evaluates the right side only when the key is absent (it may throw or have effects).
                return new Lowered(Helper("php_get_or", array.Expression, key, new PyLambda([], fallback.Expression)), PhpType.Unknown);
            }
            return array.Type == PhpType.Dict
                ? new Lowered(PyCall.Method(array.Expression, "get", key, fallback.Expression), PhpType.Unknown)
                : new Lowered(Helper("php_get", array.Expression, key, fallback.Expression), PhpType.Unknown);
        }
        var left = LowerExpression(leftNode);
        if (!IsPlainValue(left.Expression))
        {
            // A call on the left runs once in PHP: its value is held for the test and the result.
            var held = Temporary("value");
            return new Lowered(new PyConditional(new PyCompare(new PyNamedExpression(held, left.Expression), PyCompareOperator.IsNot, PyConstant.None), new PyName(held), fallback.Expression), PhpTypes.Join(left.Type, fallback.Type));
        }
        return new Lowered(new PyConditional(new PyCompare(left.Expression, PyCompareOperator.IsNot, PyConstant.None), left.Expression, fallback.Expression), PhpTypes.Join(left.Type, fallback.Type));
    }

    /// <summary>
    /// The container of a subscript under <c>??</c>, which tests the whole chain: <c>$a[$i]['k'] ?? d</c> is d when
    /// <c>$a[$i]</c> is absent too, so the inner reads give null instead of failing.
    /// </summary>
    private Lowered SafeRead(SyntaxNode node)
    {
        node = Unwrap(node);
        if (node.Type == "subscript_expression" && node.NamedChildCount == 2)
        {
            var array = SafeRead(node.NamedChildren[0]);
            var key = LowerKey(node.NamedChildren[1]);
            return new Lowered(Helper("php_get", array.Expression, key, PyConstant.None), PhpType.Unknown);
        }
        return LowerExpression(node);
    }

    /// <summary>A value whose evaluation has no effect and cannot fail: a literal, a name, a collection of those.</summary>
    private static bool IsPlainValue(PyExpression e) => e switch
    {
        PyNumber or PyString or PyConstant or PyName => true,
        PyUnary u => IsPlainValue(u.Operand),
        PyList l => l.Items.All(IsPlainValue),
        PyTuple t => t.Items.All(IsPlainValue),
        PyDict d => d.Entries.All(x => IsPlainValue(x.Key) && IsPlainValue(x.Value)),
        PyMember { Value: PyName } => true,
        _ => false,
    };

    private Lowered LowerUnary(SyntaxNode node)
    {
        var op = node.ChildByField("operator")?.Text ?? node.Children[0].Text;
        var operand = LowerExpression(node.NamedChildren[^1]);
        return op switch
        {
            "!" => new Lowered(AsCondition(operand) is PyCompare { Operator: PyCompareOperator.NotIn } test ? test with { Operator = PyCompareOperator.In } : new PyUnary(PyUnaryOperator.Not, AsCondition(operand)), PhpType.Bool),
            "-" when operand.Expression is PyNumber n => new Lowered(new PyNumber("-" + n.Text), operand.Type),
            "-" => new Lowered(new PyUnary(PyUnaryOperator.Negate, operand.Expression), operand.Type),
            "+" => operand,
            "~" => new Lowered(new PyUnary(PyUnaryOperator.Invert, operand.Expression), PhpType.Int),
            _ => throw Unsupported(node, $"the unary {op} operator is not translated"),
        };
    }

    /// <summary>
    /// An array compared with a value that may be an array of the other kind: a dict keyed 0..n-1 (what
    /// <c>array_count_values</c> and <c>rsort</c> leave) equals the list of its values in PHP, never in Python.
    /// </summary>
    private Lowered? ArrayEquality(Lowered left, Lowered right, bool strict, bool equal)
    {
        if (left.Type == right.Type || !(left.Type.IsArray() || right.Type.IsArray()) || !(left.Type is PhpType.Unknown or PhpType.List or PhpType.Dict && right.Type is PhpType.Unknown or PhpType.List or PhpType.Dict))
        {
            return null;
        }
        PyExpression test = Helper("php_array_equal", left.Expression, right.Expression, PyConstant.Of(strict));
        return new Lowered(equal ? test : new PyUnary(PyUnaryOperator.Not, test), PhpType.Bool);
    }

    private bool? _namesIntLimits;

    /// <summary>Whether the program names <c>PHP_INT_MAX</c>/<c>PHP_INT_MIN</c>, where int arithmetic may overflow into floats.</summary>
    private bool NamesIntLimits() => _namesIntLimits ??= _program is { } program && AllNodes(program).Any(n => n.Type == "name" && n.Text is "PHP_INT_MAX" or "PHP_INT_MIN");
}
