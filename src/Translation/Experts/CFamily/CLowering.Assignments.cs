using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private static (SyntaxNode Operand, bool Increment, bool Prefix) UpdateParts(SyntaxNode node)
    {
        var children = node.Children;
        var prefix = !children[0].IsNamed;
        var op = prefix ? children[0].Text : children[^1].Text;
        var operand = node.ChildByField("argument") ?? children.First(c => c.IsNamed);
        return (operand, op == "++", prefix);
    }

    /// <summary><c>i++</c> as a statement: <c>i += 1</c> (a char steps through its code point).</summary>
    private List<PyStatement> LowerUpdateStatement(SyntaxNode node)
    {
        var (operand, increment, _) = UpdateParts(node);
        if (StringElement(operand) is { } element)
        {
            var character = new PySubscript(element.Text.Python, element.Index);
            return [AssignStringElement(element.Text, element.Index, new(Chr(Py.Plus(Ord(character), increment ? 1 : -1)), CType.Char))];
        }
        var target = LowerTarget(operand);
        return [Step(target, increment ? 1 : -1)];
    }

    private static PyStatement Step(LoweredExpression target, long delta)
    {
        if (target.Type.Kind == CKind.Char)
        {
            return new PyAssign(target.Python, Chr(Py.Plus(Ord(target.Python), delta)));
        }
        return new PyAugmentedAssign(target.Python, delta > 0 ? PyBinaryOperator.Add : PyBinaryOperator.Subtract, Py.Number(Math.Abs(delta)));
    }

    /// <summary><c>a[i++]</c>: the update runs before or after the statement when that is allowed, else as a walrus on a plain name.</summary>
    private LoweredExpression LowerUpdateValue(SyntaxNode node)
    {
        var (operand, increment, prefix) = UpdateParts(node);
        var target = LowerTarget(operand);
        var delta = increment ? 1 : -1;
        var buffer = prefix ? _ctx.Before : _ctx.After;
        if (buffer is not null && !ReadElsewhere(operand, node))
        {
            buffer.Add(Step(target, delta));
            return target;
        }
        if (target.Python is PyName name && target.Type.Kind != CKind.Char)
        {
            var updated = new PyNamedExpression(name.Id, Py.Plus(name, delta));
            return new(prefix ? updated : Py.Binary(updated, delta > 0 ? PyBinaryOperator.Subtract : PyBinaryOperator.Add, Py.Number(1)), target.Type);
        }
        throw Unsupported(node, "an increment inside a condition or a short-circuit operand");
    }

    /// <summary>
    /// Whether a name of <paramref name="operand"/> also stands elsewhere in the statement (outside
    /// <paramref name="update"/>): then moving the update before or after the statement would change what that
    /// other read sees (<c>x + " " + --x</c>), and it stays in place as a walrus.
    /// </summary>
    private bool ReadElsewhere(SyntaxNode operand, SyntaxNode update)
    {
        if (_statement is not { } statement)
        {
            return false;
        }
        var names = Identifiers(operand).Select(n => n.Text).ToHashSet(StringComparer.Ordinal);
        return Identifiers(statement).Any(n => names.Contains(n.Text) && (n.EndByte <= update.StartByte || n.StartByte >= update.EndByte));

        static IEnumerable<SyntaxNode> Identifiers(SyntaxNode node) =>
            node.Type == "identifier" ? [node] : node.NamedChildren.SelectMany(Identifiers);
    }

    /// <summary>Whether the function assigns <c>receiver.length</c>: then it is an object's field, not an array's length.</summary>
    private bool LengthIsAssigned(string receiver)
    {
        return _functionBody is { } body && Assigns(body);

        bool Assigns(SyntaxNode node) =>
            node.Type == "assignment_expression" && Field(node, "left") is { Type: "field_access" } left
                && Field(left, "field").Text == "length" && Field(left, "object").Text == receiver
            || node.NamedChildren.Any(Assigns);
    }

    /// <summary>A place assigned to: a local, a field, an element. Module-level variables assigned in a function get a <c>global</c> line.</summary>
    private LoweredExpression LowerTarget(SyntaxNode node)
    {
        node = Unwrap(node);
        if (node.Type == "identifier" && _ctx.IsGlobal(node.Text))
        {
            _ctx.AssignedGlobals.Add(LoweringContext.SafeName(node.Text));
        }
        if (node.Type == "field_access" && Field(node, "field").Text == "length")
        {
            // An array's length is final: a .length that is assigned is a field of an object.
            return new(new PyMember(Lower(Field(node, "object")).Python, "length"), CType.Int);
        }
        if (node.Type is "identifier" or "array_access" or "subscript_expression" or "field_access" or "field_expression")
        {
            return Lower(node);
        }
        if (node.Type == "pointer_expression" && OperatorOf(node) == "*")
        {
            return IteratorElement(Field(node, "argument")) is { } element && element.Python is PySubscript { Value: not PyString }
                && element.Type.Kind != CKind.Char
                ? element
                : throw Unsupported(node, "assignment through a pointer");
        }
        throw Unsupported(node, "the assignment target");
    }

    private List<PyStatement> LowerAssignmentStatement(SyntaxNode node)
    {
        var op = OperatorOf(node);
        if (op != "=")
        {
            return [LowerCompoundAssignment(node, op)];
        }
        if (!IsJava && Unwrap(Field(node, "right")) is { Type: "call_expression" } called && CallName(called) is { } callee && _ctx.OutParameters.ContainsKey(callee))
        {
            return AssignOutParameters(called, LowerTarget(Field(node, "left")).Python)!;
        }
        var targets = new List<SyntaxNode> { Field(node, "left") };
        var right = Field(node, "right");
        while (Unwrap(right) is { Type: "assignment_expression" } inner && OperatorOf(inner) == "=")
        {
            targets.Add(Field(inner, "left"));
            right = Field(inner, "right");
        }
        if (targets.Count == 1 && StringElement(targets[0]) is { } element)
        {
            return [AssignStringElement(element.Text, element.Index, Lower(right))];
        }
        var lowered = targets.Select(LowerTarget).ToArray();
        var value = CopiedIfLvalue(right, Lower(right));
        return [new PyAssign(lowered.Select(t => t.Python).ToArray(), Coerce(value, lowered[0].Type))];
    }

    /// <summary>A C++ <c>s[i]</c> on a std::string being assigned: Python strings are immutable, so the string is rebuilt.</summary>
    private (LoweredExpression Text, PyExpression Index)? StringElement(SyntaxNode target)
    {
        target = Unwrap(target);
        if (target.Type == "identifier" && _ctx.Aliases.TryGetValue(target.Text, out var alias) && alias is { InString: true, Value.Python: PySubscript { Value: var text, Index: var at } })
        {
            // The reference variable of a loop over a string's characters.
            return (new LoweredExpression(text, CType.String), at);
        }
        if (target.Type != "subscript_expression" && target.Type != "array_access")
        {
            return null;
        }
        var array = Lower(target.ChildByField("argument") ?? target.ChildByField("array")!.Value);
        if (!array.Type.IsStringLike)
        {
            return null;
        }
        var indexNode = target.ChildByField("index") ?? target.ChildByField("indices")!.Value.NamedChildren[0];
        return (array, AsNumber(Lower(indexNode)));
    }

    private static PyAssign AssignStringElement(LoweredExpression text, PyExpression index, LoweredExpression value)
    {
        // s = s[:i] + c + s[i + 1:]
        var rebuilt = Py.Binary(Py.Binary(new PySubscript(text.Python, new PySlice(null, index)), PyBinaryOperator.Add, Coerce(value, CType.Char)),
            PyBinaryOperator.Add, new PySubscript(text.Python, new PySlice(Py.Plus(index, 1), null)));
        return new PyAssign(text.Python, rebuilt);
    }

    private PyStatement LowerCompoundAssignment(SyntaxNode node, string op)
    {
        var leftNode = Field(node, "left");
        var binary = op[..^1];
        if (StringElement(leftNode) is { } element && binary is "+" or "-")
        {
            var character = new LoweredExpression(new PySubscript(element.Text.Python, element.Index), CType.Char);
            var stepped = Arithmetic(character, binary == "+" ? PyBinaryOperator.Add : PyBinaryOperator.Subtract, Lower(Field(node, "right")));
            return AssignStringElement(element.Text, element.Index, stepped);
        }
        var target = LowerTarget(leftNode);
        var value = Lower(Field(node, "right"));
        if (target.Type.IsStringLike && binary == "+")
        {
            // Java appends the other operand's text; C++ appends a char, so an int there is a character code.
            return new PyAugmentedAssign(target.Python, PyBinaryOperator.Add, IsJava ? Stringify(value) : Coerce(value, CType.Char));
        }
        var combined = binary switch
        {
            "+" => Arithmetic(target, PyBinaryOperator.Add, value),
            "-" => Arithmetic(target, PyBinaryOperator.Subtract, value),
            "*" => Arithmetic(target, PyBinaryOperator.Multiply, value),
            "/" => Divide(target, value),
            "%" => Remainder(target, value),
            "&" => Bitwise(target, PyBinaryOperator.BitAnd, value),
            "|" => Bitwise(target, PyBinaryOperator.BitOr, value),
            "^" => Bitwise(target, PyBinaryOperator.BitXor, value),
            "<<" => new(Py.Binary(AsNumber(target), PyBinaryOperator.LeftShift, AsNumber(value)), CType.Int),
            ">>" => new(Py.Binary(AsNumber(target), PyBinaryOperator.RightShift, AsNumber(value)), CType.Int),
            ">>>" => new(Py.Binary(Py.Binary(AsNumber(target), PyBinaryOperator.BitAnd, new PyNumber("0xFFFFFFFF")), PyBinaryOperator.RightShift, AsNumber(value)), CType.Int),
            _ => throw Unsupported(node, $"the operator '{op}'"),
        };
        // x op= y keeps its short form where Python's operator means the same; helpers and char steps need x = ....
        if (target.Type.Kind != CKind.Char && combined.Python is PyBinary b && b.Left == target.Python && (combined.Type.Kind == target.Type.Kind || target.Type.Kind == CKind.Unknown))
        {
            return new PyAugmentedAssign(target.Python, b.Operator, b.Right);
        }
        if (target.Type.Kind == CKind.Int && combined.Type.Kind == CKind.Float)
        {
            // Java's compound assignment casts back: int x; x *= 1.5 keeps x an int.
            return new PyAssign(target.Python, Py.Call("int", combined.Python));
        }
        return new PyAssign(target.Python, Coerce(combined, target.Type));
    }

    /// <summary><c>(x = f()) != 0</c>: a walrus on a plain name; elsewhere an assignment run before the statement.</summary>
    private LoweredExpression LowerAssignmentValue(SyntaxNode node)
    {
        var target = LowerTarget(Field(node, "left"));
        if (OperatorOf(node) == "=")
        {
            var value = Coerce(Lower(Field(node, "right")), target.Type);
            if (target.Python is PyName name)
            {
                return new(new PyNamedExpression(name.Id, value), target.Type);
            }
            if (_ctx.Before is { } before)
            {
                before.Add(new PyAssign(target.Python, value));
                return target;
            }
        }
        else if (_ctx.Before is { } before)
        {
            before.Add(LowerCompoundAssignment(node, OperatorOf(node)));
            return target;
        }
        throw Unsupported(node, "an assignment used as a value here");
    }

}
