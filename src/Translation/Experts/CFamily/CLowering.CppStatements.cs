using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>A C++ call used as a statement: algorithms that work in place, printf, and container mutations.</summary>
    private List<PyStatement> LowerCppCallStatement(SyntaxNode node)
    {
        var name = CallName(node);
        var function = Field(node, "function");
        var args = Arguments(node);
        if (function.Type == "field_expression")
        {
            var receiver = Lower(Field(function, "argument"));
            return LowerCppMutation(node, receiver, name, args) is { } mutation ? [mutation] : [new PyExpressionStatement(LowerCppMethod(node, receiver, name, args).Python)];
        }
        if (_ctx.Functions.ContainsKey(name))
        {
            return [new PyExpressionStatement(LowerCppCall(node).Python)];
        }
        switch (name)
        {
            case "swap" when args.Length == 2:
                if (StringElement(args[0]) is not null || StringElement(args[1]) is not null)
                {
                    throw Unsupported(node, "swapping characters of a string");
                }
                var (a, b) = (LowerTarget(args[0]).Python, LowerTarget(args[1]).Python);
                return [new PyAssign(new PyTuple([a, b]), new PyTuple([b, a]))];
            case "sort" or "stable_sort" when args.Length is 2 or 3:
                var (sequence, lower, upper, sorted) = RangeOf(args[0], args[1]);
                if (sorted.IsStringLike)
                {
                    // A string's characters sorted: a new string, since Python's str cannot sort in place.
                    return lower is null && upper is null && args.Length == 2
                        ? [new PyAssign(sequence, Py.Method(new PyString(string.Empty), "join", Py.Call("sorted", sequence)))]
                        : throw Unsupported(node, "sorting part of a string or with a comparator");
                }
                return [Sort(sequence, lower, upper, args.Length == 3 ? args[2] : null, sorted.ElementType)];
            case "reverse" when args.Length == 2:
                var (reversed, from, to, type) = RangeOf(args[0], args[1]);
                if (type.IsStringLike)
                {
                    return from is null && to is null ? [new PyAssign(reversed, new PySubscript(reversed, new PySlice(null, null, Py.Number(-1))))] : throw Unsupported(node, "reversing part of a string");
                }
                if (from is null && to is null)
                {
                    return [new PyExpressionStatement(Py.Method(reversed, "reverse"))];
                }
                var part = new PySubscript(reversed, new PySlice(from, to));
                return [new PyAssign(part, new PySubscript(part, new PySlice(null, null, Py.Number(-1))))];
            case "memset" when args.Length == 3:
                if (Unwrap(args[0]) is { Type: "identifier" } zeroed && _ctx.ZeroFilled.Contains(LoweringContext.SafeName(zeroed.Text)) && Unwrap(args[1]).Text == "0")
                {
                    // Declared zero-filled just before: C needed the memset, Python already has the zeros.
                    return [];
                }
                return [Memset(node, args[0], args[1])];
            case "fill" when args.Length == 3:
                var (filled, fillFrom, fillTo, _) = RangeOf(args[0], args[1]);
                var value = Lower(args[2]).Python;
                var count = fillTo is null ? Py.Length(filled) : fillFrom is null ? fillTo : Py.Binary(fillTo, PyBinaryOperator.Subtract, fillFrom);
                return [new PyAssign(new PySubscript(filled, new PySlice(fillFrom, fillTo)), Py.Binary(new PyList([value]), PyBinaryOperator.Multiply, count))];
            case "fill_n" when args.Length == 3:
                var (target, offset, _) = Iterator(args[0]);
                var n = AsNumber(Lower(args[1]));
                var start = offset is { } o && Py.Literal(o) != 0 ? o : null;
                return [new PyAssign(new PySubscript(target, new PySlice(start, start is null ? n : Py.Binary(start, PyBinaryOperator.Add, n))), Py.Binary(new PyList([Lower(args[2]).Python]), PyBinaryOperator.Multiply, n))];
            case "printf" when args.Length >= 1:
                return [Print([Format(args[0], args.Skip(1))], newline: false)];
            case "puts" when args.Length == 1:
                return [Print([Lower(args[0]).Python], newline: true)];
        }
        return [new PyExpressionStatement(LowerCppCall(node).Python)];
    }

    /// <summary>memset with 0 or -1 (the values whose bytes repeat into the same int) refills an array; other bytes have no faithful form.</summary>
    private PyAssign Memset(SyntaxNode node, SyntaxNode arrayNode, SyntaxNode valueNode)
    {
        var array = Lower(arrayNode);
        var value = Lower(valueNode);
        PyExpression fill = Py.Literal(value.Python) switch
        {
            0 => array.Type.ElementType.Kind == CKind.Bool ? PyConstant.False : Py.Number(0),
            -1 => Py.Number(-1),
            _ when value.Python == PyConstant.False => PyConstant.False,
            _ => throw Unsupported(node, "memset with a byte other than 0 or -1"),
        };
        if (array.Type.ElementType.Kind == CKind.List)
        {
            if (array.Python is PyName name && _ctx.ArrayShapes.TryGetValue(name.Id, out var sizes))
            {
                return new PyAssign(array.Python, NewArray(sizes, fill));
            }
            throw Unsupported(node, "memset of a multi-dimensional array of unknown size");
        }
        return new PyAssign(new PySubscript(array.Python, new PySlice(null, null)), Py.Binary(new PyList([fill]), PyBinaryOperator.Multiply, Py.Length(array.Python)));
    }

    private PyStatement? LowerCppMutation(SyntaxNode node, LoweredExpression receiver, string name, SyntaxNode[] args)
    {
        var p = receiver.Python;
        var type = receiver.Type;
        LoweredExpression Arg(int i) => Lower(args[i]);
        PyStatement Call(string method, params PyExpression[] arguments) => new PyExpressionStatement(Py.Method(p, method, arguments));
        if (_ctx.Tentatively(() => HeapCall(receiver, name, args.Select(Lower).ToArray())) is { } heap)
        {
            return new PyExpressionStatement(heap.Python is PyUnary { Operand: PyCall pop } ? pop : heap.Python);
        }
        switch (type.Kind, name, args.Length)
        {
            case (CKind.String, "push_back", 1):
                return new PyAugmentedAssign(p, PyBinaryOperator.Add, Coerce(Arg(0), CType.Char));
            case (CKind.String, "append", 1):
                return new PyAugmentedAssign(p, PyBinaryOperator.Add, Arg(0).Python);
            case (CKind.String, "append", 2):
                return new PyAugmentedAssign(p, PyBinaryOperator.Add, Py.Binary(Coerce(Arg(1), CType.Char), PyBinaryOperator.Multiply, AsNumber(Arg(0))));
            case (CKind.String, "pop_back", 0):
                return new PyAssign(p, new PySubscript(p, new PySlice(null, Py.Number(-1))));
            case (CKind.String, "clear", 0):
                return new PyAssign(p, new PyString(string.Empty));
            case (CKind.String, "erase", 2):
                var (at, count) = (AsNumber(Arg(0)), AsNumber(Arg(1)));
                return new PyAssign(p, Py.Binary(new PySubscript(p, new PySlice(null, at)), PyBinaryOperator.Add, new PySubscript(p, new PySlice(Py.Binary(at, PyBinaryOperator.Add, count), null))));
            case (CKind.List, "push_back" or "emplace_back" or "push" or "emplace", 1):
                return Call("append", Coerce(CopiedIfLvalue(args[0], Arg(0)), type.ElementType));
            case (CKind.List, "resize", 1 or 2):
                // Cut to n, or filled up to n: v[:] = v[:n] + [fill] * (n - len(v)), with a fresh fill per new element.
                var size = AsNumber(Arg(0));
                var added = Py.Binary(size, PyBinaryOperator.Subtract, Py.Length(p));
                var fill = args.Length == 2 ? Coerce(CopiedIfLvalue(args[1], Arg(1)), type.ElementType) : DefaultOf(type.ElementType);
                return new PyAssign(new PySubscript(p, new PySlice(null, null)), Py.Binary(new PySubscript(p, new PySlice(null, size)), PyBinaryOperator.Add, NewArray([added], fill)));
            case (CKind.List, "push_front", 1):
                return Call("insert", Py.Number(0), Arg(0).Python);
            case (CKind.List, "pop_back", 0):
                return Call("pop");
            case (CKind.List, "pop", 0):
                return type.Name is "queue" ? Call("pop", Py.Number(0)) : Call("pop");
            case (CKind.List, "pop_front", 0):
                return Call("pop", Py.Number(0));
            case (CKind.List, "insert", 2):
                var (_, position, _) = Iterator(args[0]);
                return Call("insert", position ?? Py.Length(p), Arg(1).Python);
            case (CKind.List, "erase", 1):
                var (_, index, _) = Iterator(args[0]);
                return index is null ? throw Unsupported(node, "erasing at end()") : Call("pop", index);
            case (CKind.List or CKind.Map or CKind.Set, "clear", 0):
                return Call("clear");
            case (CKind.Set, "insert" or "emplace", 1):
                return Call("add", Arg(0).Python);
            case (CKind.Set, "erase", 1):
                return Call("discard", Arg(0).Python);
            case (CKind.Map, "erase", 1):
                return Call("pop", Arg(0).Python, PyConstant.None);
            case (CKind.Map, "insert", 1) when Pair(Arg(0).Python) is var (key, value) && key is not null:
                return Call("setdefault", key, value!);
            default:
                return null;
        }
    }

    private static (PyExpression? Key, PyExpression? Value) Pair(PyExpression e) => e switch
    {
        PyTuple { Items: [var k, var v] } => (k, v),
        PyList { Items: [var k, var v] } => (k, v),
        _ => (null, null),
    };

    /// <summary><c>cout &lt;&lt; a &lt;&lt; " " &lt;&lt; b &lt;&lt; endl;</c> as one print call.</summary>
    private List<PyStatement>? LowerStreamOutput(SyntaxNode node)
    {
        var parts = new List<SyntaxNode>();
        var current = node;
        while (current.Type == "binary_expression" && OperatorOf(current) == "<<")
        {
            parts.Insert(0, Field(current, "right"));
            current = Unwrap(Field(current, "left"));
        }
        if (current.Text.Replace(" ", string.Empty, StringComparison.Ordinal) is not ("cout" or "std::cout" or "cerr" or "std::cerr"))
        {
            return null;
        }
        var values = new List<PyExpression>();
        var newline = false;
        foreach (var part in parts)
        {
            var text = part.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (text is "endl" or "std::endl")
            {
                if (part == parts[^1])
                {
                    newline = true;
                }
                else
                {
                    values.Add(new PyString("\n"));
                }
                continue;
            }
            if (StreamManipulator(part, text) is { } manipulator)
            {
                values.Add(manipulator);
                continue;
            }
            var value = Lower(part);
            values.Add(value.Type.Kind switch
            {
                CKind.Bool when _streamState => _ctx.Helper(PythonHelpers.CppStream, value.Python),
                CKind.Bool => Py.Call("str", Py.Call("int", value.Python)),
                CKind.Float when _streamState => _ctx.Helper(PythonHelpers.CppStream, value.Python),
                CKind.Float => Py.Call("format", value.Python, new PyString("g")),
                _ => value.Python,
            });
        }
        if (!newline && values.Count > 0 && values[^1] is PyString { Value: var last } && last.EndsWith('\n'))
        {
            newline = true;
            values[^1] = new PyString(last[..^1]);
            if (last.Length == 1)
            {
                values.RemoveAt(values.Count - 1);
            }
        }
        return [Print(values.Select(v => v is PyString or PyCall { Function: PyName { Id: "str" or "format" or PythonHelpers.CppStream } } ? v : Py.Call("str", v)).ToArray(), newline)];
    }

    /// <summary>
    /// A manipulator in a <c>cout</c> chain: the float format ones change the stream state (and print nothing);
    /// the others (<c>setw</c>, <c>hex</c>, <c>boolalpha</c>, …) are not translated. Null for any other value.
    /// </summary>
    private PyExpression? StreamManipulator(SyntaxNode part, string text)
    {
        var name = text.StartsWith("std::", StringComparison.Ordinal) ? text[5..] : text;
        var call = name.IndexOf('(', StringComparison.Ordinal) is var open and > 0 ? name[..open] : name;
        if (_ctx.Lookup(call) is not null || _ctx.Globals.Contains(call) || _ctx.Functions.ContainsKey(call))
        {
            return null;
        }
        PyExpression Set(params PyKeyword[] changes)
        {
            _ctx.Helpers.Add(PythonHelpers.CppStream);
            return new PyCall(new PyName(PythonHelpers.CppStream), [], changes);
        }
        return call switch
        {
            "fixed" => Set(new("fixed", PyConstant.True), new("scientific", PyConstant.False)),
            "scientific" => Set(new("fixed", PyConstant.False), new("scientific", PyConstant.True)),
            "defaultfloat" => Set(new("fixed", PyConstant.False), new("scientific", PyConstant.False)),
            "setprecision" when Arguments(Unwrap(part)) is [var digits] => Set(new PyKeyword("precision", AsNumber(Lower(digits)))),
            "boolalpha" => Set(new PyKeyword("boolalpha", PyConstant.True)),
            "noboolalpha" => Set(new PyKeyword("boolalpha", PyConstant.False)),
            "setw" or "setfill" or "hex" or "oct" or "dec" or "showpoint" or "noshowpoint" or "showpos"
                or "left" or "right" or "internal" or "uppercase" or "nouppercase" or "flush" or "ws" or "setbase" or "put_money" or "quoted" =>
                throw Unsupported(part, $"the stream manipulator '{call}'"),
            _ => null,
        };
    }
}
