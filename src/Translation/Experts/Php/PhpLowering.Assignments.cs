using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Assignments: <c>$a[] = x</c> appends, keyed arrays grow with <c>get</c>/<c>setdefault</c> (PHP creates missing
/// entries), strings are rebuilt, arrays are copied where PHP's value semantics would copy them.
/// </summary>
internal sealed partial class PhpLowering
{
    private IReadOnlyList<PyStatement> LowerExpressionStatement(SyntaxNode node)
    {
        switch (node.Type)
        {
            case "assignment_expression":
                return LowerAssignment(Field(node, "left"), Field(node, "right"));
            case "augmented_assignment_expression":
                return [LowerAugmented(node)];
            case "update_expression":
                return [LowerUpdate(node)];
            case "throw_expression":
                return [new PyRaise(LowerExpression(node.NamedChildren[0]).Expression)];
            case "reference_assignment_expression":
                return LowerReferenceAssignment(node);
            case "print_intrinsic":
                return LowerEcho([node.NamedChildren[0]]);
            case "function_call_expression" when InPlaceStatement(node) is { } statements:
                return statements;
            default:
                var value = LowerExpression(node).Expression;
                // printf() and print_r() were emitted as statements already; their result is unused.
                return value is PyNumber or PyConstant ? [] : [new PyExpressionStatement(value)];
        }
    }

    private IReadOnlyList<PyStatement> LowerAssignment(SyntaxNode left, SyntaxNode right)
    {
        if (left.Type is "list_literal" or "array_creation_expression")
        {
            return LowerDestructuring(left, right);
        }
        if (Unwrap(right) is { Type: "assignment_expression" } chained && left.Type is "variable_name" or "subscript_expression" or "member_access_expression"
            && !(left.Type == "subscript_expression" && left.NamedChildCount < 2))
        {
            // $a[0] = $a[1] = false: one value, several targets.
            var inner = LowerAssignment(Field(chained, "left"), Field(chained, "right"));
            if (inner is [PyAssign { Value: PyList or PyDict }, ..])
            {
                // $a = $b = []: PHP gives each variable its own array, Python's a = b = {} would share one.
                return Unwrap(Field(chained, "right")) is { Type: "array_creation_expression" } literal && AllNodes(literal).All(IsConstantPart)
                    ? [.. inner, .. LowerAssignment(left, literal)]
                    : [.. inner, new PyAssign(Target(left), CopyCall(Target(Field(chained, "left"))))];
            }
            if (inner is [PyAssign assign] && assign.Targets.All(t => t is PyName or PySubscript or PyMember))
            {
                return [new PyAssign([Target(left), .. assign.Targets], assign.Value)];
            }
        }
        var lowered = LowerExpression(right);
        if (IsEmptyArray(Unwrap(right)) && left.Type == "variable_name" && _scope.TypeOf(VariableOf(left)) == PhpType.Dict)
        {
            lowered = new Lowered(new PyDict([]), PhpType.Dict);
        }
        lowered = KeyedElementsValue(left, right) ?? lowered;
        var valueExpression = CopyIfShared(right, lowered, left);
        if (left.Type == "subscript_expression")
        {
            return [LowerSubscriptWrite(left, valueExpression)];
        }
        return [new PyAssign(Target(left), valueExpression)];
    }

    /// <summary>PHP arrays are values: <c>$b = $a</c> copies when either is changed in place afterwards.</summary>
    private PyExpression CopyIfShared(SyntaxNode right, Lowered value, SyntaxNode left)
    {
        right = Unwrap(right);
        if (value.Type is PhpType.Int or PhpType.Float or PhpType.String or PhpType.Bool or PhpType.Object or PhpType.Number)
        {
            return value.Expression;
        }
        if (right.Type != "variable_name")
        {
            // $list = $this->items[$k] ?? []: the variable gets its own copy of an array stored elsewhere.
            var changed = left.Type == "variable_name" && _mutated.Contains(VariableOf(left));
            return changed && ReadsStoredArray(right) ? CopyCall(value.Expression) : value.Expression;
        }
        var source = VariableOf(right);
        var target = left.Type == "variable_name" ? VariableOf(left) : null;
        // A parameter of unknown type stored in a property may be the caller's array, which PHP copies on passing.
        var storedParameter = target is null && value.Type == PhpType.Unknown && _parameters.Contains(source) && left.Type == "member_access_expression"
            && left.ChildByField("name") is { } property && PropertyChangedInPlace(property.Text);
        if (_mutated.Contains(source) || (target is not null && _mutated.Contains(target)) || (target is null && value.Type.IsArray()) || storedParameter)
        {
            return CopyCall(value.Expression);
        }
        return value.Expression;
    }

    /// <summary>
    /// Whether the value may be an array held by a property, an element or a variable (not a new one). A method's
    /// result may be too: a getter (<c>return self::$registry;</c>) hands out its property, which PHP copies.
    /// </summary>
    private static bool ReadsStoredArray(SyntaxNode right)
    {
        right = Unwrap(right);
        return right.Type switch
        {
            "member_call_expression" or "scoped_call_expression" or "nullsafe_member_call_expression" => true,
            "subscript_expression" or "member_access_expression" or "scoped_property_access_expression" or "nullsafe_member_access_expression"
                or "class_constant_access_expression" or "variable_name" => true,
            "binary_expression" => right.ChildByField("operator")?.Text == "??" && (ReadsStoredArray(Field(right, "left")) || ReadsStoredArray(Field(right, "right"))),
            "conditional_expression" => right.ChildByField("body") is { } body && ReadsStoredArray(body) || ReadsStoredArray(Field(right, "alternative")),
            _ => false,
        };
    }

    private PyExpression Target(SyntaxNode left)
    {
        switch (left.Type)
        {
            case "variable_name":
                return LowerExpression(left).Expression;
            case "member_access_expression" or "scoped_property_access_expression":
                return LowerExpression(left).Expression;
            case "subscript_expression" when left.NamedChildCount == 2:
            {
                var array = LowerExpression(left.NamedChildren[0]);
                if (array.Type == PhpType.String)
                {
                    throw Unsupported(left, "writing one character of a string inside an expression is not translated");
                }
                return new PySubscript(array.Expression, LowerKey(left.NamedChildren[1]));
            }
            default:
                throw Unsupported(left, $"assignment to a PHP {left.Type.Replace('_', ' ')} is not translated");
        }
    }

    /// <summary>A part of an array literal that evaluating twice cannot tell apart from evaluating once.</summary>
    private static bool IsConstantPart(SyntaxNode node) =>
        node.Type is "array_creation_expression" or "array_element_initializer" or "integer" or "float" or "string" or "string_content"
            or "encapsed_string" or "boolean" or "null" or "escape_sequence" or "unary_op_expression" or "comment";

    private PyStatement LowerSubscriptWrite(SyntaxNode left, PyExpression value)
    {
        var arrayNode = left.NamedChildren[0];
        if (left.NamedChildCount == 1)
        {
            // $a[] = v
            var array = LowerContainer(arrayNode);
            return array.Type is PhpType.Dict or PhpType.Unknown && !IsListLike(arrayNode, array)
                ? new PyExpressionStatement(Helper("php_push", array.Expression, value))
                : new PyExpressionStatement(PyCall.Method(array.Expression, "append", value));
        }
        var target = LowerExpression(arrayNode);
        var key = LowerKey(left.NamedChildren[1]);
        if (target.Type == PhpType.String && arrayNode.Type == "variable_name")
        {
            // Strings are immutable in Python: $s[$i] = $c rebuilds the string.
            var rebuilt = new PyBinary(new PyBinary(new PySubscript(target.Expression, new PySlice(null, key)), PyBinaryOperator.Add, value),
                PyBinaryOperator.Add, new PySubscript(target.Expression, new PySlice(new PyBinary(key, PyBinaryOperator.Add, new PyNumber("1")), null)));
            return new PyAssign(target.Expression, rebuilt);
        }
        return new PyAssign(new PySubscript(LowerContainer(arrayNode).Expression, key), value);
    }

    /// <summary>
    /// The array a write goes into. PHP creates a missing inner array of a keyed array on write
    /// (<c>$graph[$u][] = $v</c>): the outer dict's <c>setdefault</c> does the same.
    /// </summary>
    private Lowered LowerContainer(SyntaxNode node)
    {
        if (node.Type == "subscript_expression" && node.NamedChildCount == 2)
        {
            var outer = LowerExpression(node.NamedChildren[0]);
            var key = LowerKey(node.NamedChildren[1]);
            if (outer.Type == PhpType.Dict)
            {
                var fresh = IsAppendedTo(node) ? new PyList([]) : (PyExpression)new PyDict([]);
                return new Lowered(PyCall.Method(outer.Expression, "setdefault", key, fresh), fresh is PyList ? PhpType.List : PhpType.Dict);
            }
            return new Lowered(new PySubscript(outer.Expression, key), PhpType.Unknown);
        }
        if (node.Type == "member_access_expression")
        {
            var property = LowerExpression(node);
            return IsListLike(node, property) ? property with { Type = PhpType.List } : property;
        }
        return LowerExpression(node);
    }

    private static bool IsAppendedTo(SyntaxNode inner) => inner.Parent is { Type: "subscript_expression", NamedChildCount: 1 };


    private PyStatement LowerAugmented(SyntaxNode node)
    {
        var op = Field(node, "operator").Text;
        var left = Field(node, "left");
        var right = LowerExpression(Field(node, "right"));
        if (op == "??=" && left.Type == "subscript_expression" && left.NamedChildCount == 2)
        {
            // $a[$k] ??= v: an absent key is no error, and v is evaluated only when the entry is null.
            var container = LowerContainer(left.NamedChildren[0]);
            var key = LowerKey(left.NamedChildren[1]);
            PyExpression entry = container.Type == PhpType.Dict ? PyCall.Method(container.Expression, "get", key) : Helper("php_get", container.Expression, key, PyConstant.None);
            return new PyIf(new PyCompare(entry, PyCompareOperator.Is, PyConstant.None), [LowerSubscriptWrite(left, right.Expression)], []);
        }
        if (op == "+=" && (IsArrayUnion(left, right)))
        {
            var array = LowerExpression(left);
            return new PyAssign(Target(left), Helper("php_array_union", array.Expression, right.Expression));
        }
        var current = LowerReadForUpdate(left, op == ".=" ? new PyString("") : new PyNumber("0"));
        if (op is "+=" or "-=" or "*=" or "**=" or "/=" or "%=")
        {
            // A string operand is read as the number it starts with, as in PHP's arithmetic.
            current = NumberThroughReference(left, current with { Expression = Numeric(current) });
            right = right with { Expression = Numeric(right) };
        }
        PyExpression updated = op switch
        {
            ".=" => Concatenate([current, right]),
            "+=" => new PyBinary(current.Expression, PyBinaryOperator.Add, right.Expression),
            "-=" => new PyBinary(current.Expression, PyBinaryOperator.Subtract, right.Expression),
            "*=" => new PyBinary(current.Expression, PyBinaryOperator.Multiply, right.Expression),
            "**=" => new PyBinary(current.Expression, PyBinaryOperator.Power, right.Expression),
            "/=" => current.Type == PhpType.Float || right.Type == PhpType.Float ? new PyBinary(current.Expression, PyBinaryOperator.Divide, right.Expression) : Helper("php_div", current.Expression, right.Expression),
            "%=" => Helper("php_mod", current.Expression, right.Expression),
            "&=" => new PyBinary(current.Expression, PyBinaryOperator.BitAnd, right.Expression),
            "|=" => new PyBinary(current.Expression, PyBinaryOperator.BitOr, right.Expression),
            "^=" => new PyBinary(current.Expression, PyBinaryOperator.BitXor, right.Expression),
            "<<=" => new PyBinary(current.Expression, PyBinaryOperator.LeftShift, right.Expression),
            ">>=" => new PyBinary(current.Expression, PyBinaryOperator.RightShift, right.Expression),
            "??=" => new PyConditional(new PyCompare(current.Expression, PyCompareOperator.IsNot, PyConstant.None), current.Expression, right.Expression),
            _ => throw Unsupported(node, $"the {op} operator is not translated"),
        };
        if (updated is PyBinary b && b.Left == current.Expression && current.Expression is PyName or PyMember or PySubscript && op != ".=")
        {
            return new PyAugmentedAssign(current.Expression, b.Operator, b.Right);
        }
        if (op == ".=" && updated is PyBinary { Operator: PyBinaryOperator.Add } concat && concat.Left == current.Expression && current.Expression is PyName or PyMember or PySubscript)
        {
            return new PyAugmentedAssign(current.Expression, PyBinaryOperator.Add, concat.Right);
        }
        return new PyAssign(Target(left), updated);
    }

    /// <summary><c>$a += $b</c> on arrays is their union (keys of <c>$a</c> win), not a sum or a concatenation.</summary>
    private bool IsArrayUnion(SyntaxNode left, Lowered right) =>
        right.Type.IsArray() || (left.Type == "variable_name" && (_scope.TypeOf(VariableOf(left)).IsArray() || _scope.ArrayLiterals.Contains(VariableOf(left))));

    /// <summary>The current value of an updated place: an absent key of a keyed array reads as 0 or "" (PHP's null).</summary>
    private Lowered LowerReadForUpdate(SyntaxNode left, PyExpression absent)
    {
        if (left.Type == "subscript_expression" && left.NamedChildCount == 2)
        {
            var array = LowerContainer(left.NamedChildren[0]);
            var key = LowerKey(left.NamedChildren[1]);
            if (array.Type == PhpType.Dict)
            {
                return new Lowered(PyCall.Method(array.Expression, "get", key, absent), PhpType.Unknown);
            }
            return new Lowered(new PySubscript(array.Expression, key), PhpType.Unknown);
        }
        return LowerExpression(left);
    }

    /// <summary>
    /// The current value of an element a reference made (<c>$slot = &amp;$t[$k]; $slot += 1</c>): null until written,
    /// which PHP's arithmetic reads as 0.
    /// </summary>
    private Lowered NumberThroughReference(SyntaxNode left, Lowered current) =>
        left.Type == "variable_name" && _scope.Aliases.TryGetValue(VariableOf(left), out var place) && place.Type == "subscript_expression"
            ? new Lowered(Helper("php_num", current.Expression), PhpType.Unknown)
            : current;

    private PyStatement LowerUpdate(SyntaxNode node)
    {
        var target = Field(node, "argument");
        var increment = node.Children.Any(c => c.Text == "++");
        var current = NumberThroughReference(target, LowerReadForUpdate(target, new PyNumber("0")));
        var op = increment ? PyBinaryOperator.Add : PyBinaryOperator.Subtract;
        if (current.Expression is PyCall)
        {
            return new PyAssign(Target(target), new PyBinary(current.Expression, op, new PyNumber("1")));
        }
        return new PyAugmentedAssign(current.Expression, op, new PyNumber("1"));
    }

    /// <summary>An assignment or <c>++</c> whose value is used: a walrus on a plain variable, else reported.</summary>
    private Lowered LowerEmbeddedAssignment(SyntaxNode node)
    {
        var target = node.ChildByField("left") ?? Field(node, "argument");
        if (target.Type != "variable_name" || VariableOf(target) == "this" || _scope.Aliases.ContainsKey(VariableOf(target)) || _scope.Boxed.Contains(VariableOf(target)))
        {
            if (PushInExpression(node, target) is { } pushed)
            {
                return pushed;
            }
            if (_before is not null && RunsOnceBeforeItsStatement(node, target))
            {
                // The statement runs the assignment first, then reads the target (or the value it had, for $x++).
                if (node.Type == "update_expression" && node.Children[0].Text is not ("++" or "--"))
                {
                    var old = new PyName(Temporary("old"));
                    _before.Add(new PyAssign(old, LowerExpression(target).Expression));
                    _before.Add(LowerUpdate(node));
                    return new Lowered(old, PhpType.Unknown);
                }
                _before.AddRange(LowerExpressionStatement(node));
                return LowerExpression(target);
            }
            return StoreInExpression(node, target);
        }
        var name = VariableName(VariableOf(target));
        var type = Infer(node);
        switch (node.Type)
        {
            case "assignment_expression":
                return new Lowered(new PyNamedExpression(name, LowerExpression(Field(node, "right")).Expression), type);
            case "update_expression":
            {
                var increment = node.Children.Any(c => c.Text == "++");
                var step = new PyBinary(new PyName(name), increment ? PyBinaryOperator.Add : PyBinaryOperator.Subtract, new PyNumber("1"));
                var prefix = node.Children[0].Text is "++" or "--";
                PyExpression walrus = new PyNamedExpression(name, step);
                return new Lowered(prefix ? walrus : new PyBinary(walrus, increment ? PyBinaryOperator.Subtract : PyBinaryOperator.Add, new PyNumber("1")), type);
            }
            default:
            {
                var statement = LowerAugmented(node);
                var value = statement switch
                {
                    PyAugmentedAssign a => new PyBinary(new PyName(name), a.Operator, a.Value),
                    PyAssign a => a.Value,
                    _ => throw Unsupported(node, "this compound assignment inside an expression is not translated"),
                };
                return new Lowered(new PyNamedExpression(name, value), type);
            }
        }
    }

    /// <summary>
    /// Whether an assignment inside an expression can run as a statement just before the statement holding it:
    /// that statement is a plain expression statement, return or echo, nothing on the way decides whether it runs
    /// (a condition, <c>&amp;&amp;</c>, <c>??</c>, <c>match</c>, a closure) and the statement names the target only there.
    /// </summary>
    private static bool RunsOnceBeforeItsStatement(SyntaxNode node, SyntaxNode target)
    {
        if (StatementRunningItFirst(node) is not { } statement)
        {
            return false;
        }
        var text = statement.Text;
        var first = text.IndexOf(target.Text, StringComparison.Ordinal);
        return first >= 0 && text.IndexOf(target.Text, first + 1, StringComparison.Ordinal) < 0;
    }

    /// <summary>
    /// The expression statement, return or echo that holds <paramref name="node"/> when nothing on the way decides
    /// whether it runs (a condition, <c>&amp;&amp;</c>, <c>??</c>, <c>match</c>, a closure); else null.
    /// </summary>
    private static SyntaxNode? StatementRunningItFirst(SyntaxNode node)
    {
        for (var p = node.Parent; p is { } parent; p = parent.Parent)
        {
            switch (parent.Type)
            {
                case "expression_statement" or "return_statement" or "echo_statement":
                    return parent;
                case "conditional_expression" or "match_expression" or "arrow_function" or "anonymous_function" or "compound_statement":
                    return null;
                case "binary_expression" when parent.ChildByField("operator")?.Text.ToLowerInvariant() is "&&" or "||" or "??" or "and" or "or" or "xor":
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// <c>return $a[] = v</c>: PHP evaluates v, appends it and gives it. Run before the statement when nothing decides
    /// whether it runs and the rest of the statement does not read the array (it would see the element too early).
    /// </summary>
    private Lowered? PushInExpression(SyntaxNode node, SyntaxNode target)
    {
        if (node.Type != "assignment_expression" || target.Type != "subscript_expression" || target.NamedChildCount != 1 || _before is null
            || StatementRunningItFirst(node) is not { } statement
            || statement.Text.Replace(node.Text, "", StringComparison.Ordinal).Contains(target.NamedChildren[0].Text, StringComparison.Ordinal))
        {
            return null;
        }
        var right = Field(node, "right");
        var value = LowerExpression(right);
        var held = new PyName(Temporary("pushed"));
        _before.Add(new PyAssign(held, value.Expression));
        _before.Add(LowerSubscriptWrite(target, CopyIfShared(right, value with { Expression = held }, target)));
        return value with { Expression = held };
    }
}
