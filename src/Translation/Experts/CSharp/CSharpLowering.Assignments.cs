using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Expression statements and assignments: chained and compound assignments by type, ++/-- as statements, assignment targets and deconstruction, casts.</summary>
internal sealed partial class CSharpLowering
{
    private IEnumerable<PyStatement> LowerExpressionStatement(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case AssignmentExpressionSyntax assignment:
                return LowerAssignment(assignment);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } post:
                return [Step(post.Operand, post.IsKind(SyntaxKind.PostIncrementExpression) ? 1 : -1)];
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } pre:
                return [Step(pre.Operand, pre.IsKind(SyntaxKind.PreIncrementExpression) ? 1 : -1)];
            case InvocationExpressionSyntax invocation:
                return LowerInvocationStatement(invocation);
            default:
                return [new PyExpressionStatement(Lower(expression))];
        }
    }

    private PyStatement Step(ExpressionSyntax operand, int step)
    {
        var target = LowerTarget(operand);
        if (KindOf(operand) == CsKind.Char)
        {
            return new PyAssign([target], Chr(Py.Plus(Ord(LowerCore(operand)), step)));
        }
        if (EnumOf(operand) is { } enumType)
        {
            // cabin++ stays a Cabin, as in C#.
            return new PyAssign([target], new PyCall(Helper(CSharpHelpers.EnumValue), [TypeReference(enumType, operand), Py.Plus(LowerCore(operand), step)]));
        }
        if (WrapAround(TypeOf(operand), operand) is { } wrap)
        {
            return new PyAssign([target], wrap(Py.Plus(LowerCore(operand), step)));
        }
        return new PyAugmentedAssign(target, step > 0 ? PyBinaryOperator.Add : PyBinaryOperator.Subtract, Py.Number(1));
    }

    private IEnumerable<PyStatement> LowerAssignment(AssignmentExpressionSyntax assignment)
    {
        if (assignment.Left is CollectionExpressionSyntax or LiteralExpressionSyntax)
        {
            // What Roslyn's recovery makes of a statement cut from its receiver (["key"] = ...): not a variable.
            throw Unsupported(assignment.Left, "the C# source assigns to something that is not a variable here");
        }
        if (assignment.Left is TupleExpressionSyntax or DeclarationExpressionSyntax)
        {
            CheckDeconstruction(assignment);
        }
        if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            // a = b = 0: one Python statement with two targets.
            var targets = new List<PyExpression> { LowerTarget(assignment.Left) };
            var value = assignment.Right;
            while (value is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } inner)
            {
                targets.Add(LowerTarget(inner.Left));
                value = inner.Right;
            }
            if (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } post && SymbolOf(post.Operand) is not ILocalSymbol)
            {
                // x = field++: read, then step (a walrus cannot step an attribute).
                return [new PyAssign(targets, Lower(post.Operand)), Step(post.Operand, post.IsKind(SyntaxKind.PostIncrementExpression) ? 1 : -1)];
            }
            if (value is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } pre && SymbolOf(pre.Operand) is not ILocalSymbol)
            {
                return [Step(pre.Operand, pre.IsKind(SyntaxKind.PreIncrementExpression) ? 1 : -1), new PyAssign(targets, Lower(pre.Operand))];
            }
            CheckEvaluationOrder(assignment, value);
            return [new PyAssign(targets, Lower(value))];
        }
        if (assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
        {
            var target = LowerTarget(assignment.Left);
            return [new PyIf(Py.Compare(LowerCore(assignment.Left), PyCompareOperator.Is, PyConstant.None), [new PyAssign([target], Lower(assignment.Right))], [])];
        }
        if (assignment.Kind() is SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression
            && (SymbolOf(assignment) is IMethodSymbol { MethodKind: MethodKind.EventAdd or MethodKind.EventRemove } || TypeOf(assignment.Left) is { TypeKind: TypeKind.Delegate }))
        {
            // handler += f / -= f, on an event or a delegate: the multicast delegate with f added or its last f removed.
            var combine = assignment.IsKind(SyntaxKind.AddAssignmentExpression) ? CSharpHelpers.DelegateAdd : CSharpHelpers.DelegateRemove;
            return [new PyAssign([LowerTarget(assignment.Left)], new PyCall(Helper(combine), [LowerCore(assignment.Left), Lower(assignment.Right)]))];
        }
        var kind = KindOf(assignment.Left);
        var lhs = LowerTarget(assignment.Left);
        var current = LowerCore(assignment.Left);
        switch (assignment.Kind())
        {
            case SyntaxKind.AddAssignmentExpression when kind == CsKind.String:
                return [new PyAugmentedAssign(lhs, PyBinaryOperator.Add, AsString(assignment.Right))];
            case SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression when kind == CsKind.Char:
                var sign = assignment.IsKind(SyntaxKind.AddAssignmentExpression) ? PyBinaryOperator.Add : PyBinaryOperator.Subtract;
                return [new PyAssign([lhs], Chr(Py.Binary(Ord(current), sign, Lower(assignment.Right))))];
            case SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression when EnumOf(assignment.Left) is { } enumType:
                var shifted = Py.Binary(current, assignment.IsKind(SyntaxKind.AddAssignmentExpression) ? PyBinaryOperator.Add : PyBinaryOperator.Subtract, Lower(assignment.Right));
                return [new PyAssign([lhs], new PyCall(Helper(CSharpHelpers.EnumValue), [TypeReference(enumType, assignment), shifted]))];
            case SyntaxKind.DivideAssignmentExpression when kind == CsKind.Int:
                return [new PyAssign([lhs], IntegerDivision(assignment.Left, assignment.Right, current, Lower(assignment.Right)))];
            case SyntaxKind.ModuloAssignmentExpression when kind == CsKind.Int:
                var remainder = IsNonNegative(assignment.Left) && IsNonNegative(assignment.Right)
                    ? (PyExpression)Py.Binary(current, PyBinaryOperator.Modulo, Lower(assignment.Right))
                    : new PyCall(Helper(PythonHelpers.TruncatingRemainder), [current, Lower(assignment.Right)]);
                return [new PyAssign([lhs], remainder)];
            case SyntaxKind.DivideAssignmentExpression when kind == CsKind.Float:
                return [FloatingDivision(TypeOf(assignment.Left), assignment.Right, current, Lower(assignment.Right)) is PyCall divided ? new PyAssign([lhs], divided) : new PyAugmentedAssign(lhs, PyBinaryOperator.Divide, Lower(assignment.Right))];
            case SyntaxKind.ModuloAssignmentExpression when kind == CsKind.Float:
                return [new PyAssign([lhs], new PyCall(new PyMember(ModuleName("math"), "fmod"), [current, Lower(assignment.Right)]))];
        }
        var op = assignment.Kind() switch
        {
            SyntaxKind.AddAssignmentExpression => PyBinaryOperator.Add,
            SyntaxKind.SubtractAssignmentExpression => PyBinaryOperator.Subtract,
            SyntaxKind.MultiplyAssignmentExpression => PyBinaryOperator.Multiply,
            SyntaxKind.DivideAssignmentExpression => PyBinaryOperator.Divide,
            SyntaxKind.LeftShiftAssignmentExpression => PyBinaryOperator.LeftShift,
            SyntaxKind.RightShiftAssignmentExpression => PyBinaryOperator.RightShift,
            SyntaxKind.AndAssignmentExpression => PyBinaryOperator.BitAnd,
            SyntaxKind.OrAssignmentExpression => PyBinaryOperator.BitOr,
            SyntaxKind.ExclusiveOrAssignmentExpression => PyBinaryOperator.BitXor,
            _ => throw Unsupported(assignment, $"the operator {assignment.OperatorToken.ValueText} is not translated"),
        };
        if (kind == CsKind.Int && op is PyBinaryOperator.Add or PyBinaryOperator.Subtract or PyBinaryOperator.Multiply && IsChecked(assignment))
        {
            return [new PyAssign([lhs], Checked(Py.Binary(current, op, Lower(assignment.Right)), TypeOf(assignment.Left)))];
        }
        if (WrapAround(TypeOf(assignment.Left), assignment) is { } wrap && op is PyBinaryOperator.Add or PyBinaryOperator.Subtract or PyBinaryOperator.Multiply or PyBinaryOperator.LeftShift)
        {
            // state *= 1664525u wraps as C#'s uint does (and int's in an unchecked block).
            return [new PyAssign([lhs], wrap(Py.Binary(current, op, Lower(assignment.Right))))];
        }
        return [new PyAugmentedAssign(lhs, op, Lower(assignment.Right))];
    }

    /// <summary>
    /// C# evaluates an assignment's target before its value, Python the value first: when the target steps a
    /// variable (<c>a[i++] = ...</c>) that the value reads, the orders would disagree, so it is reported.
    /// </summary>
    private void CheckEvaluationOrder(AssignmentExpressionSyntax assignment, ExpressionSyntax value)
    {
        var stepped = assignment.Left.DescendantNodesAndSelf()
            .Where(n => n is PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } or AssignmentExpressionSyntax)
            .Select(n => SymbolOf(n switch { PostfixUnaryExpressionSyntax p => p.Operand, PrefixUnaryExpressionSyntax p => p.Operand, _ => ((AssignmentExpressionSyntax)n).Left }))
            .Where(s => s is not null)
            .ToList();
        if (stepped.Count > 0 && value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => stepped.Contains(SymbolOf(n), SymbolEqualityComparer.Default)))
        {
            throw Unsupported(assignment, "the target steps a variable the assigned value reads (C# and Python evaluate them in different orders)");
        }
    }

    /// <summary>The place an assignment writes: a name (noting globals/nonlocals), an attribute, an item, or a tuple of them.</summary>
    private PyExpression LowerTarget(ExpressionSyntax target)
    {
        switch (target)
        {
            case TupleExpressionSyntax tuple:
                return new PyTuple([.. tuple.Arguments.Select(a => LowerTarget(a.Expression))]);
            case DeclarationExpressionSyntax declaration:
                return LowerDeconstructionTarget(declaration);
            case ParenthesizedExpressionSyntax parenthesized:
                return LowerTarget(parenthesized.Expression);
            case IdentifierNameSyntax { Identifier.ValueText: "_" } when SymbolOf(target) is null or IDiscardSymbol:
                return Py.Name("_");
        }
        var symbol = SymbolOf(target);
        NoteAssignment(symbol);
        if (target is ElementAccessExpressionSyntax element && KindOf(element.Expression) == CsKind.String)
        {
            throw Unsupported(target, "strings are immutable; assigning a character is not valid C#");
        }
        if (symbol is IFieldSymbol { ContainingType.IsTupleType: true })
        {
            throw Unsupported(target, "assigning one element of a tuple is not translated (Python tuples are immutable)");
        }
        if (symbol is IPropertySymbol { IsIndexer: false } p && IsFromSource(p) && p.IsStatic && IsComputed(p))
        {
            throw Unsupported(target, "assigning a static computed property is not translated");
        }
        return LowerCore(target);
    }

    private PyExpression LowerDeconstructionTarget(ExpressionSyntax variable) => variable switch
    {
        DeclarationExpressionSyntax declaration => LowerDesignation(declaration.Designation),
        TupleExpressionSyntax tuple => new PyTuple([.. tuple.Arguments.Select(a => LowerTarget(a.Expression))]),
        _ => LowerTarget(variable),
    };

    private PyExpression LowerDesignation(VariableDesignationSyntax designation)
    {
        switch (designation)
        {
            case SingleVariableDesignationSyntax single:
                var symbol = _model.GetDeclaredSymbol(single, _cancellationToken)!;
                _owners[symbol] = _function;
                return Py.Name(NameOf(symbol));
            case ParenthesizedVariableDesignationSyntax many:
                return new PyTuple([.. many.Variables.Select(LowerDesignation)]);
            default:
                return Py.Name("_");
        }
    }

    private PyExpression LowerCast(CastExpressionSyntax cast)
    {
        if (CastUserConversion(cast) is { } conversion)
        {
            return CallConversion(conversion, Lower(cast.Expression));
        }
        var to = _model.GetTypeInfo(cast.Type, _cancellationToken).Type;
        var toKind = Classify(to);
        var fromKind = KindOf(cast.Expression);
        var value = LowerCore(cast.Expression);
        if (IsDecimal(to) != IsDecimal(TypeOf(cast.Expression)) && toKind is CsKind.Float)
        {
            return IsDecimal(to) ? ToDecimal(value, fromKind) : Py.Call("float", value);
        }
        if (fromKind == CsKind.Int && toKind == CsKind.Int && WrapCast(cast, to, value) is { } wrapped)
        {
            return wrapped;
        }
        return (fromKind, toKind) switch
        {
            (CsKind.Float, CsKind.Int) => Py.Call("int", value),
            (CsKind.Char, CsKind.Int or CsKind.Float) => Ord(value),
            (CsKind.Int, CsKind.Char) => Chr(value),
            (CsKind.Int or CsKind.Char, CsKind.Float) => Py.Call("float", fromKind == CsKind.Char ? Ord(value) : value),
            (CsKind.Int, CsKind.Enum) => new PyCall(TypeReference(to!, cast), [value]),
            (CsKind.Enum, CsKind.Int) => Py.Call("int", value),
            (CsKind.Other, CsKind.Int or CsKind.Float or CsKind.Bool or CsKind.String or CsKind.Char) => value, // unboxing
            _ => value,
        };
    }
}
