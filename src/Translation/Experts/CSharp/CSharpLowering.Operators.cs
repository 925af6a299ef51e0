using System.Globalization;
using System.Numerics;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Operators, by the C# types of their operands: int <c>/</c> and <c>%</c> truncate toward zero (exact
/// <c>//</c> and <c>%</c> where both sides are known non-negative, else <c>trunc_div</c>/<c>trunc_mod</c>), double
/// <c>%</c> is <c>math.fmod</c>, <c>+</c> on strings converts the other operand as C# does, two chars compare as
/// strings, reference equality of class instances is <c>is</c>.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly HashSet<ISymbol> _nonNegative = new(SymbolEqualityComparer.Default);

    private PyExpression LowerBinary(BinaryExpressionSyntax binary)
    {
        var kind = binary.Kind();
        switch (kind)
        {
            case SyntaxKind.LogicalAndExpression:
                return new PyBoolean(Lower(binary.Left), PyBooleanOperator.And, Lower(binary.Right));
            case SyntaxKind.LogicalOrExpression:
                return new PyBoolean(Lower(binary.Left), PyBooleanOperator.Or, Lower(binary.Right));
            case SyntaxKind.CoalesceExpression:
                return Coalesce(Lower(binary.Left), Lower(binary.Right));
            case SyntaxKind.IsExpression when ConstantPatternValue((TypeSyntax)binary.Right) is { } constant:
                // `c is Color.Red` parses as a type test; the binder reads a constant pattern (an equality test).
                return Py.Compare(Lower(binary.Left), PyCompareOperator.Equal, constant);
            case SyntaxKind.IsExpression:
                return TypeTest((TypeSyntax)binary.Right, Lower(binary.Left));
            case SyntaxKind.AsExpression:
                var value = Lower(binary.Left);
                if (value is not (PyName or PyMember { Value: PyName } or PySubscript { Value: PyName, Index: PyName or PyNumber }))
                {
                    throw Unsupported(binary, "'as' on a computed value is not translated");
                }
                return new PyConditional(TypeTest((TypeSyntax)binary.Right, value), value, PyConstant.None);
        }
        var leftKind = KindOf(binary.Left);
        var rightKind = KindOf(binary.Right);
        var resultKind = KindOf(binary);
        if (kind is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
            or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression)
        {
            return LowerComparison(binary, leftKind, rightKind);
        }
        if (kind == SyntaxKind.AddExpression && resultKind == CsKind.String)
        {
            return Py.Binary(AsString(binary.Left), PyBinaryOperator.Add, AsString(binary.Right));
        }
        var left = Lower(binary.Left);
        var right = Lower(binary.Right);
        var nullTests = new List<PyExpression>();
        if (IsNullableValue(binary.Left) || IsNullableValue(binary.Right))
        {
            // Lifted: x?.Count - 1 is null where an operand is null; each nullable operand is read once.
            left = IsNullableValue(binary.Left) ? LiftedOperand(left, nullTests) : left;
            right = IsNullableValue(binary.Right) ? LiftedOperand(right, nullTests) : right;
        }
        var operation = WrapUnsigned(binary, kind, LowerArithmetic(binary, kind, resultKind, left, right));
        if (kind is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression && EnumOf(binary) is { } enumType)
        {
            // Cabin.Economy - 1 is a Cabin in C#; an IntEnum's arithmetic gives a plain int.
            operation = new PyCall(Helper(CSharpHelpers.EnumValue), [TypeReference(enumType, binary), operation]);
        }
        return nullTests.Count == 0 ? operation
            : new PyConditional(nullTests.Aggregate((a, b) => new PyBoolean(a, PyBooleanOperator.Or, b)), PyConstant.None, operation);
    }

    /// <summary>
    /// uint and ulong arithmetic wraps in C# (outside <c>checked</c>), a linear congruential generator or a hash
    /// relies on it, and so does int and long inside <c>unchecked</c> (<see cref="WrapAround"/>): <c>+</c>, <c>-</c>,
    /// <c>*</c> and <c>&lt;&lt;</c> are wrapped to the type's width. The wrap is
    /// left to the enclosing <c>+</c>/<c>-</c>/<c>*</c> of the same type, since wrapping once at the end gives the same bits.
    /// </summary>
    private PyExpression WrapUnsigned(BinaryExpressionSyntax binary, SyntaxKind kind, PyExpression operation)
    {
        var type = TypeOf(binary);
        if (WrapAround(type, binary) is not { } wrap || kind is not (SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.LeftShiftExpression))
        {
            return operation;
        }
        var parent = binary.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }
        if (parent is BinaryExpressionSyntax outer && outer.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression
            && SymbolEqualityComparer.Default.Equals(TypeOf(outer), type) && WrapAround(type, outer) is not null)
        {
            return operation;
        }
        return wrap(operation);
    }

    private static string? UnsignedMask(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_UInt32 => "0xFFFFFFFF",
        SpecialType.System_UInt64 => "0xFFFFFFFFFFFFFFFF",
        _ => null,
    };

    /// <summary>The enum type of an expression (a nullable one's underlying enum), or null.</summary>
    private ITypeSymbol? EnumOf(ExpressionSyntax e) => TypeOf(e) switch
    {
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [{ TypeKind: TypeKind.Enum } underlying] } => underlying,
        { TypeKind: TypeKind.Enum } type => type,
        _ => null,
    };

    private bool IsNullableValue(ExpressionSyntax e) => TypeOf(e) is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    /// <summary>An operand of a lifted operator: tested for None once, by name (a walrus where it is computed).</summary>
    private PyExpression LiftedOperand(PyExpression value, List<PyExpression> nullTests)
    {
        if (value is PyName)
        {
            nullTests.Add(Py.Compare(value, PyCompareOperator.Is, PyConstant.None));
            return value;
        }
        var name = Temporary("operand");
        nullTests.Add(Py.Compare(new PyNamedExpression(name, value), PyCompareOperator.Is, PyConstant.None));
        return Py.Name(name);
    }

    private PyExpression LowerArithmetic(BinaryExpressionSyntax binary, SyntaxKind kind, CsKind resultKind, PyExpression left, PyExpression right)
    {
        var integral = resultKind is CsKind.Int or CsKind.Char or CsKind.Enum;
        return kind switch
        {
            SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression when resultKind == CsKind.Int && IsChecked(binary) =>
                Checked(Py.Binary(left, kind switch { SyntaxKind.AddExpression => PyBinaryOperator.Add, SyntaxKind.SubtractExpression => PyBinaryOperator.Subtract, _ => PyBinaryOperator.Multiply }, right), TypeOf(binary)),
            SyntaxKind.AddExpression => Py.Binary(left, PyBinaryOperator.Add, right),
            SyntaxKind.SubtractExpression => Py.Binary(left, PyBinaryOperator.Subtract, right),
            SyntaxKind.MultiplyExpression => Py.Binary(left, PyBinaryOperator.Multiply, right),
            SyntaxKind.DivideExpression when integral => IntegerDivision(binary.Left, binary.Right, left, right),
            SyntaxKind.DivideExpression => FloatingDivision(TypeOf(binary), binary.Right, left, right),
            SyntaxKind.ModuloExpression when integral => IntegerRemainder(binary, left, right),
            SyntaxKind.ModuloExpression when resultKind == CsKind.Float && IsDecimal(TypeOf(binary)) => Py.Binary(left, PyBinaryOperator.Modulo, right), // Decimal % keeps the dividend's sign
            SyntaxKind.ModuloExpression when resultKind == CsKind.Float => new PyCall(new PyMember(ModuleName("math"), "fmod"), [left, right]),
            SyntaxKind.LeftShiftExpression => Py.Binary(left, PyBinaryOperator.LeftShift, right),
            SyntaxKind.RightShiftExpression => Py.Binary(left, PyBinaryOperator.RightShift, right),
            SyntaxKind.UnsignedRightShiftExpression => Py.Binary(Py.Binary(left, PyBinaryOperator.BitAnd, new PyNumber(IsLong(binary.Left) ? "0xFFFFFFFFFFFFFFFF" : "0xFFFFFFFF")), PyBinaryOperator.RightShift, right),
            SyntaxKind.BitwiseAndExpression => Py.Binary(left, PyBinaryOperator.BitAnd, right),
            SyntaxKind.BitwiseOrExpression => Py.Binary(left, PyBinaryOperator.BitOr, right),
            SyntaxKind.ExclusiveOrExpression => Py.Binary(left, PyBinaryOperator.BitXor, right),
            _ => throw Unsupported(binary, $"the operator {binary.OperatorToken.ValueText} is not translated"),
        };
    }

    /// <summary>Whether arithmetic at <paramref name="node"/> is checked: inside <c>checked(...)</c> or a <c>checked { }</c> block, not inside an <c>unchecked</c> one.</summary>
    private static bool IsChecked(SyntaxNode node) => OverflowContext(node) == true;

    /// <summary>
    /// Checked arithmetic: the exact Python result, with OverflowError (OverflowException) where it leaves the range
    /// of the C# type: <c>cs_checked(count * 10, -2147483648, 2147483647)</c>.
    /// </summary>
    private PyExpression Checked(PyExpression value, ITypeSymbol? type)
    {
        var (low, high) = type?.SpecialType switch
        {
            SpecialType.System_Int64 => (new BigInteger(long.MinValue), new BigInteger(long.MaxValue)),
            SpecialType.System_UInt64 => (BigInteger.Zero, new BigInteger(ulong.MaxValue)),
            SpecialType.System_UInt32 => (BigInteger.Zero, new BigInteger(uint.MaxValue)),
            _ => (new BigInteger(int.MinValue), new BigInteger(int.MaxValue)),
        };
        return new PyCall(Helper(CSharpHelpers.Checked), [value, new PyNumber(low.ToString(CultureInfo.InvariantCulture)), new PyNumber(high.ToString(CultureInfo.InvariantCulture))]);
    }

    private bool IsLong(ExpressionSyntax e) => TypeOf(e)?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64;

    private PyExpression LowerComparison(BinaryExpressionSyntax binary, CsKind leftKind, CsKind rightKind)
    {
        // Two chars compare as one-character strings (same order as their codes); no ord() needed.
        var bothChars = leftKind == CsKind.Char && rightKind == CsKind.Char;
        var left = bothChars ? LowerCore(binary.Left) : Lower(binary.Left);
        var right = bothChars ? LowerCore(binary.Right) : Lower(binary.Right);
        var op = binary.Kind() switch
        {
            SyntaxKind.EqualsExpression => PyCompareOperator.Equal,
            SyntaxKind.NotEqualsExpression => PyCompareOperator.NotEqual,
            SyntaxKind.LessThanExpression => PyCompareOperator.Less,
            SyntaxKind.LessThanOrEqualExpression => PyCompareOperator.LessOrEqual,
            SyntaxKind.GreaterThanExpression => PyCompareOperator.Greater,
            _ => PyCompareOperator.GreaterOrEqual,
        };
        if (op is PyCompareOperator.Equal or PyCompareOperator.NotEqual)
        {
            var identity = left is PyConstant { Keyword: "None" } || right is PyConstant { Keyword: "None" } || IsReferenceEquality(binary);
            if (identity)
            {
                op = op == PyCompareOperator.Equal ? PyCompareOperator.Is : PyCompareOperator.IsNot;
            }
            // x % k == 0 keeps %: the sign convention cannot change whether the remainder is zero.
            if (binary.Left is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.ModuloExpression } modulo && Py.Literal(right) == 0 && KindOf(modulo) == CsKind.Int)
            {
                left = Py.Binary(Lower(modulo.Left), PyBinaryOperator.Modulo, Lower(modulo.Right));
            }
        }
        return Py.Compare(left, op, right);
    }

    private bool IsReferenceEquality(BinaryExpressionSyntax binary)
    {
        var type = TypeOf(binary.Left);
        return type is { TypeKind: TypeKind.Class } && IsFromSource(type) && SymbolOf(binary) is not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator };
    }

    private PyExpression IntegerDivision(ExpressionSyntax leftSyntax, ExpressionSyntax rightSyntax, PyExpression left, PyExpression right) =>
        IsNonNegative(leftSyntax) && IsNonNegative(rightSyntax)
            ? Py.Binary(left, PyBinaryOperator.FloorDivide, right)
            : new PyCall(Helper(PythonHelpers.TruncatingDivision), [left, right]);

    /// <summary>A double's <c>/</c>: Python's where the divisor is a nonzero constant, else <c>cs_div</c>, which gives IEEE's infinity or NaN for a zero divisor (Python raises).</summary>
    private PyExpression FloatingDivision(ITypeSymbol? type, ExpressionSyntax rightSyntax, PyExpression left, PyExpression right) =>
        IsDecimal(type) || _model.GetConstantValue(rightSyntax, _cancellationToken) is { HasValue: true, Value: not null and var v } && Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) != 0
            ? Py.Binary(left, PyBinaryOperator.Divide, right)
            : new PyCall(Helper(CSharpHelpers.Divide), [left, right]);

    private PyExpression IntegerRemainder(BinaryExpressionSyntax binary, PyExpression left, PyExpression right) =>
        IsNonNegative(binary.Left) && IsNonNegative(binary.Right)
            ? Py.Binary(left, PyBinaryOperator.Modulo, right)
            : new PyCall(Helper(PythonHelpers.TruncatingRemainder), [left, right]);

    /// <summary>Whether an int expression is known never negative: a literal, a length, a counter counting up from zero, an unsigned value.</summary>
    private bool IsNonNegative(ExpressionSyntax e)
    {
        if (_model.GetConstantValue(e, _cancellationToken) is { HasValue: true, Value: var v } && v is int or long or char or byte or ushort or uint or ulong)
        {
            return Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) >= 0;
        }
        if (TypeOf(e)?.SpecialType is SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Char)
        {
            return true;
        }
        return e switch
        {
            ParenthesizedExpressionSyntax p => IsNonNegative(p.Expression),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" } => true,
            IdentifierNameSyntax when SymbolOf(e) is { } s && _nonNegative.Contains(s) => true,
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.MultiplyExpression } b => IsNonNegative(b.Left) && IsNonNegative(b.Right),
            _ => false,
        };
    }

    private static PyExpression Coalesce(PyExpression left, PyExpression right)
    {
        if (left is PyName or PyMember { Value: PyName } or PySubscript { Value: PyName, Index: PyName or PyNumber })
        {
            return new PyConditional(Py.Compare(left, PyCompareOperator.IsNot, PyConstant.None), left, right);
        }
        // Evaluate the left side once: the test runs first and binds it.
        return new PyConditional(Py.Compare(new PyNamedExpression("coalesced", left), PyCompareOperator.IsNot, PyConstant.None), Py.Name("coalesced"), right);
    }

    private PyExpression LowerPrefix(PrefixUnaryExpressionSyntax prefix)
    {
        switch (prefix.Kind())
        {
            case SyntaxKind.LogicalNotExpression:
                // !string.IsNullOrEmpty(s) is a bool: bool(s), where dropping both negations would give s itself.
                var negated = Lower(prefix.Operand);
                return negated is PyUnary { Operator: PyUnaryOperator.Not } inner ? Py.Call("bool", inner.Operand) : PyUnary.Not(negated);
            case SyntaxKind.UnaryMinusExpression:
                var operand = Lower(prefix.Operand);
                return operand is PyNumber ? new PyUnary(PyUnaryOperator.Negate, operand) : new PyUnary(PyUnaryOperator.Negate, operand);
            case SyntaxKind.UnaryPlusExpression:
                return Lower(prefix.Operand);
            case SyntaxKind.BitwiseNotExpression:
                // ~mask of a uint is a uint (the wildcard of a netmask), where Python's ~ gives a negative number.
                var inverted = new PyUnary(PyUnaryOperator.Invert, Lower(prefix.Operand));
                return UnsignedMask(TypeOf(prefix)) is { } width ? Py.Binary(inverted, PyBinaryOperator.BitAnd, new PyNumber(width)) : inverted;
            case SyntaxKind.PreIncrementExpression:
            case SyntaxKind.PreDecrementExpression:
                return StepInExpression(prefix, prefix.Operand, prefix.IsKind(SyntaxKind.PreIncrementExpression) ? 1 : -1, post: false);
            case SyntaxKind.IndexExpression:
                return new PyUnary(PyUnaryOperator.Negate, Lower(prefix.Operand));
            default:
                throw Unsupported(prefix, $"the operator {prefix.OperatorToken.ValueText} is not translated");
        }
    }

    private PyExpression LowerPostfix(PostfixUnaryExpressionSyntax postfix) => postfix.Kind() switch
    {
        SyntaxKind.PostIncrementExpression => StepInExpression(postfix, postfix.Operand, 1, post: true),
        SyntaxKind.PostDecrementExpression => StepInExpression(postfix, postfix.Operand, -1, post: true),
        SyntaxKind.SuppressNullableWarningExpression => Lower(postfix.Operand),
        _ => throw Unsupported(postfix, $"the operator {postfix.OperatorToken.ValueText} is not translated"),
    };

    /// <summary><c>++i</c> inside an expression as <c>(i := i + 1)</c>, <c>i++</c> as <c>(i := i + 1) - 1</c>; only on a local int.</summary>
    private PyExpression StepInExpression(ExpressionSyntax whole, ExpressionSyntax operand, int step, bool post)
    {
        var symbol = SymbolOf(operand);
        if ((symbol is IFieldSymbol or IPropertySymbol || CapturedName(symbol!) is not null) && KindOf(operand) == CsKind.Int && CanHoistStep(whole, operand, symbol!))
        {
            // items[top++] = x: the step runs in front of the statement; the expression reads the old value back.
            Hoist(whole, Step(operand, step));
            var current = LowerCore(operand);
            return post ? Py.Plus(current, -step) : current;
        }
        if ((symbol is IFieldSymbol or IPropertySymbol || symbol is IParameterSymbol && CapturedName(symbol) is not null)
            && KindOf(operand) == CsKind.Int && LowerCore(operand) is PyMember member)
        {
            // ++Kicks under ?: or in a switch arm: cs_step(self, "Kicks", 1) steps the attribute where it stands.
            var stepped = new PyCall(Helper(CSharpHelpers.Step), [member.Value, new PyString(member.Name), Py.Number(step)]);
            return post ? Py.Plus(stepped, -step) : stepped;
        }
        if (operand is ElementAccessExpressionSyntax && KindOf(operand) == CsKind.Int && UnsignedMask(TypeOf(operand)) is null && LowerCore(operand) is PySubscript element)
        {
            // --remaining[key] == 0: cs_step_item(remaining, key, -1) steps the element where it stands.
            var steppedItem = new PyCall(Helper(CSharpHelpers.StepItem), [element.Value, element.Index, Py.Number(step)]);
            return post ? Py.Plus(steppedItem, -step) : steppedItem;
        }
        if (symbol is not (ILocalSymbol or IParameterSymbol) || CapturedName(symbol) is not null || KindOf(operand) != CsKind.Int)
        {
            throw Unsupported(whole, "++/-- inside an expression is translated only on an int variable or field read nowhere else in the statement");
        }
        NoteAssignment(symbol);
        var name = NameOf(symbol);
        var walrus = new PyNamedExpression(name, Py.Plus(Py.Name(name), step));
        return post ? Py.Plus(walrus, -step) : walrus;
    }

    /// <summary>
    /// Whether a ++/-- on a field can run before its statement: the statement reads the field nowhere else, the
    /// step is not conditional (?:, &amp;&amp;, ||, ??, a lambda), and the statement is not a for loop's header.
    /// </summary>
    private bool CanHoistStep(ExpressionSyntax whole, ExpressionSyntax operand, ISymbol symbol)
    {
        if (_pre is null || operand.DescendantNodesAndSelf().Any(n => n is InvocationExpressionSyntax or ElementAccessExpressionSyntax))
        {
            return false;
        }
        // An instance field or property initializer is a statement of __init__ (`public int Id { get; } = next++;`).
        SyntaxNode? statement = whole.FirstAncestorOrSelf<StatementSyntax>() ?? (SyntaxNode?)whole.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>()
            ?? whole.FirstAncestorOrSelf<EqualsValueClauseSyntax>(e => e.Parent is PropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax });
        if (statement is null or ForStatementSyntax or ForEachStatementSyntax || whole.Ancestors().TakeWhile(a => a != statement).Any(a => a is LambdaExpressionSyntax))
        {
            return false;
        }
        var reads = statement.DescendantNodes().OfType<SimpleNameSyntax>().Count(n => SymbolEqualityComparer.Default.Equals(SymbolOf(n), symbol));
        if (reads != 1)
        {
            return false;
        }
        for (SyntaxNode? node = whole; node is not null && node != statement; node = node.Parent)
        {
            var parent = node.Parent;
            var conditional = parent switch
            {
                ConditionalExpressionSyntax c => node != c.Condition,
                BinaryExpressionSyntax b when b.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression => node == b.Right,
                LambdaExpressionSyntax or ConditionalAccessExpressionSyntax or SwitchExpressionArmSyntax => true,
                _ => false,
            };
            if (conditional)
            {
                return false;
            }
        }
        return true;
    }
}
