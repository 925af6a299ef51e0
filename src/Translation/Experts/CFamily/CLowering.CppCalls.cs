using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>The called name of a C++ call: <c>f</c>, <c>std::f</c>, <c>v.f</c> and <c>f&lt;T&gt;</c> all give <c>f</c>.</summary>
    private static string CallName(SyntaxNode call)
    {
        var function = call.ChildByField("function");
        if (function is not { } f)
        {
            return string.Empty;
        }
        return f.Type switch
        {
            "identifier" => f.Text,
            "qualified_identifier" => InnermostName(f) is { } n ? (n.Type == "template_function" ? n.ChildByField("name")?.Text ?? n.Text : n.Text) : f.Text,
            "field_expression" => f.ChildByField("field")?.Text ?? string.Empty,
            "template_function" => f.ChildByField("name")?.Text ?? f.Text,
            "primitive_type" => f.Text,
            _ => string.Empty,
        };
    }

    /// <summary>The last name of <c>a::b::c</c> (tree-sitter nests the qualifiers), or null.</summary>
    private static SyntaxNode? InnermostName(SyntaxNode qualified)
    {
        var name = qualified.ChildByField("name");
        while (name is { Type: "qualified_identifier" } inner)
        {
            name = inner.ChildByField("name");
        }
        return name;
    }

    private LoweredExpression LowerCppCall(SyntaxNode node, bool dereferenced = false)
    {
        var name = CallName(node);
        var function = Field(node, "function");
        var args = Arguments(node);
        if (function.Type == "field_expression")
        {
            return LowerCppMethod(node, Lower(Field(function, "argument")), name, args);
        }
        if (_ctx.Functions.ContainsKey(name))
        {
            return LowerUserCall(node, name, args);
        }
        if (function.Type == "qualified_identifier" && function.Text.Replace(" ", string.Empty, StringComparison.Ordinal) is var qualified
            && qualified.Contains("numeric_limits<", StringComparison.Ordinal))
        {
            return NumericLimit(node, qualified);
        }
        if (name == "round" && args.Length == 1)
        {
            // C rounds half away from zero; Python's round() rounds half to even.
            var x = AsNumber(Lower(args[0]));
            return new(MathModule("copysign", MathModule("floor", Py.Binary(Py.Call("abs", x), PyBinaryOperator.Add, new PyNumber("0.5"))), x), CType.Float);
        }
        LoweredExpression Arg(int i) => Lower(args[i]);
        switch (name)
        {
            case "max_element" or "min_element" when dereferenced && args.Length == 3:
                // With a comparator: the first greatest (least) element in the comparator's order, as std::max_element.
                var (seqBy, loBy, hiBy, typeBy) = RangeOf(args[0], args[1]);
                var predicate = _ctx.WithLambdaHint(typeBy.ElementType.Kind == CKind.Unknown ? null : [typeBy.ElementType], () => Lower(args[2])).Python;
                return new(new PyCall(Py.Name(name[..3]), [Slice(seqBy, loBy, hiBy)], [new PyKeyword("key", CompareKey(ThreeWay(predicate)))]), typeBy.ElementType);
            case "max_element" or "min_element" when dereferenced:
                var (seq, lo, hi, type) = RangeOf(args[0], args[1]);
                return new(Py.Call(name[..3], Slice(seq, lo, hi)), type.ElementType);
            case "accumulate":
                var (sum, sumLo, sumHi, _) = RangeOf(args[0], args[1]);
                var init = Arg(2);
                var slice = Slice(sum, sumLo, sumHi);
                return new(Py.Literal(init.Python) == 0 ? Py.Call("sum", slice) : Py.Call("sum", slice, init.Python), init.Type);
            case "count" when args.Length == 3:
                var (counted, countLo, countHi, _) = RangeOf(args[0], args[1]);
                return new(Py.Method(Slice(counted, countLo, countHi), "count", Arg(2).Python), CType.Int);
            case "binary_search" when args.Length == 3:
                var (searched, searchLo, searchHi, _) = RangeOf(args[0], args[1]);
                return new(Py.Compare(Arg(2).Python, PyCompareOperator.In, Slice(searched, searchLo, searchHi)), CType.Bool);
            case "strlen":
                return new(Py.Length(Arg(0).Python), CType.Int);
            case "to_string":
                // to_string(double) prints six decimals (%f), as Python's format(x, "f") does.
                var shown = Arg(0);
                return new(shown.Type.Kind == CKind.Float ? Py.Call("format", shown.Python, new PyString("f")) : Py.Call("str", AsNumber(shown)), CType.String);
            case "stoi" or "stol" or "stoll" or "atoi" or "atol" or "atoll":
                return new(Py.Call("int", Arg(0).Python), CType.Int);
            case "stod" or "stof" or "atof":
                return new(Py.Call("float", Arg(0).Python), CType.Float);
            case "isdigit" or "isalpha" or "isalnum" or "isupper" or "islower" or "isspace":
                return new(Py.Method(Arg(0).Python, name), CType.Bool);
            case "toupper" or "tolower":
                return new(Py.Method(Arg(0).Python, name == "toupper" ? "upper" : "lower"), CType.Char);
            case "make_pair" or "pair":
                var (a, b) = (Arg(0), Arg(1));
                return new(new PyTuple([a.Python, b.Python]), new CType(CKind.Pair, b.Type, a.Type));
            case "vector" when function.Type == "template_function" && function.ChildByField("arguments") is { } templateArguments:
                var vectorType = CType.ListOf(templateArguments.NamedChildren.Count > 0 ? ReadType(templateArguments.NamedChildren[0]) : CType.Unknown);
                return new(Construct(Field(node, "arguments"), vectorType), vectorType);
            case "__builtin_popcount" or "__builtin_popcountl" or "__builtin_popcountll" when args.Length == 1:
                // The count of one bits of the unsigned value.
                var mask = name == "__builtin_popcount" ? "0xFFFFFFFF" : "0xFFFFFFFFFFFFFFFF";
                return new(Py.Method(Py.Call("bin", Py.Binary(AsNumber(Arg(0)), PyBinaryOperator.BitAnd, new PyNumber(mask))), "count", new PyString("1")), CType.Int);
            case "string" when args.Length == 2:
                return new(Py.Binary(Arg(1).Python, PyBinaryOperator.Multiply, Arg(0).Python), CType.String);
            case "string" when args.Length == 0:
                return new(new PyString(string.Empty), CType.String);
            case "string" when args.Length == 1 && Arg(0) is { Type.IsStringLike: true } copied:
                return new(copied.Python, CType.String);
            case "int" or "long" or "double" or "float" or "char" or "bool" when args.Length == 1:
                return Coerced(Arg(0), ReadType(function));
        }
        // After the algorithms: the math library lowers the arguments first, and an iterator (v.begin()) has no value.
        if (_ctx.Tentatively(() => MathCall(name, args)) is { } math)
        {
            return math;
        }
        if (function.Type == "qualified_identifier")
        {
            // A library's a::b(...): Python has no such function, and calling a bare b would only seem to work.
            throw Unsupported(node, $"the library call {function.Text}");
        }
        return LowerUserCall(node, name, args);
    }

    private static LoweredExpression NumericLimit(SyntaxNode node, string qualified)
    {
        var type = qualified[(qualified.IndexOf('<', StringComparison.Ordinal) + 1)..qualified.IndexOf('>', StringComparison.Ordinal)];
        var wide = type.Contains("long", StringComparison.Ordinal) || type.Contains("64", StringComparison.Ordinal);
        var floating = type is "double" or "float";
        return qualified.EndsWith("::max", StringComparison.Ordinal) ? floating ? new(new PyNumber("1.7976931348623157e308"), CType.Float) : new(Py.Number(wide ? long.MaxValue : int.MaxValue), CType.Int)
            : qualified.EndsWith("::min", StringComparison.Ordinal) ? floating ? new(new PyNumber("2.2250738585072014e-308"), CType.Float) : new(Py.Number(wide ? long.MinValue : int.MinValue), CType.Int)
            : qualified.EndsWith("::lowest", StringComparison.Ordinal) && floating ? new(new PyNumber("-1.7976931348623157e308"), CType.Float)
            : throw Unsupported(node, "the numeric limit");
    }

    private static LoweredExpression Coerced(LoweredExpression value, CType target) =>
        new(value.Type.Kind == CKind.Float && target.Kind == CKind.Int ? Py.Call("int", value.Python) : Coerce(value, target), target);

    private static PyExpression Slice(PyExpression sequence, PyExpression? lower, PyExpression? upper) =>
        lower is null && upper is null ? sequence : new PySubscript(sequence, new PySlice(lower, upper));

    /// <summary>A C++ iterator range (an offset of null means the end of the sequence) <c>(v.begin() + i, v.end())</c> or <c>(arr, arr + n)</c> as a sequence and slice bounds.</summary>
    private (PyExpression Sequence, PyExpression? Lower, PyExpression? Upper, CType Type) RangeOf(SyntaxNode begin, SyntaxNode end)
    {
        var (sequence, lower, type) = Iterator(begin);
        var (_, upper, _) = Iterator(end);
        return (sequence, lower is { } l && Py.Literal(l) == 0 ? null : lower, upper, type);
    }

    private (PyExpression Sequence, PyExpression? Offset, CType Type) Iterator(SyntaxNode node)
    {
        node = Unwrap(node);
        if (node.Type == "call_expression" && Field(node, "function") is { Type: "field_expression" } f && CallName(node) is "begin" or "end" or "rbegin" or "rend")
        {
            var container = Lower(Field(f, "argument"));
            if (CallName(node) is "rbegin" or "rend")
            {
                throw Unsupported(node, "a reverse iterator");
            }
            return CallName(node) == "end" ? (container.Python, null, container.Type) : (container.Python, Py.Number(0), container.Type);
        }
        if (node.Type == "binary_expression" && OperatorOf(node) is "+" or "-")
        {
            var (sequence, offset, type) = Iterator(Field(node, "left"));
            var amount = AsNumber(Lower(Field(node, "right")));
            var sign = OperatorOf(node) == "+" ? PyBinaryOperator.Add : PyBinaryOperator.Subtract;
            var origin = offset ?? Py.Length(sequence);
            return (sequence, Py.Literal(origin) == 0 && sign == PyBinaryOperator.Add ? amount : Py.Binary(origin, sign, amount), type);
        }
        var array = Lower(node);
        return (array.Python, Py.Number(0), array.Type);
    }

    private LoweredExpression LowerCppMethod(SyntaxNode node, LoweredExpression receiver, string name, SyntaxNode[] args)
    {
        var values = args.Select(Lower).ToArray();
        var p = receiver.Python;
        var type = receiver.Type;
        var queue = type.Name is "queue" or "deque";
        if (HeapCall(receiver, name, values) is { } heap)
        {
            return heap;
        }
        if (type is { Kind: CKind.Object, Name: { } className } && _ctx.Classes.TryGetValue(className, out var declared) && declared.Methods.ContainsKey(name))
        {
            return UserMethodCall(node, receiver, name, args, values);
        }
        return (name, values.Length) switch
        {
            ("size" or "length", 0) => new(Py.Length(p), CType.Int),
            ("empty", 0) => new(Py.Compare(Py.Length(p), PyCompareOperator.Equal, Py.Number(0)), CType.Bool),
            ("at", 1) => new(new PySubscript(p, AsNumber(values[0])), type.IsStringLike ? CType.Char : type.ElementType),
            ("back", 0) => new(new PySubscript(p, Py.Number(-1)), type.IsStringLike ? CType.Char : type.ElementType),
            ("front", 0) => new(new PySubscript(p, Py.Number(0)), type.IsStringLike ? CType.Char : type.ElementType),
            ("top", 0) => new(new PySubscript(p, Py.Number(-1)), type.ElementType),
            ("substr", 1) => new(new PySubscript(p, new PySlice(AsNumber(values[0]), null)), CType.String),
            // string::npos as the length reads to the end; a length that is npos only sometimes has no slice.
            ("substr", 2) when args[1].Text.Replace(" ", string.Empty, StringComparison.Ordinal) is "string::npos" or "std::string::npos" or "npos" =>
                new(new PySubscript(p, new PySlice(AsNumber(values[0]), null)), CType.String),
            ("substr", 2) when args[1].Text.Contains("npos", StringComparison.Ordinal) => throw Unsupported(node, "substr with a length that may be string::npos"),
            ("substr", 2) => new(new PySubscript(p, new PySlice(AsNumber(values[0]), Py.Binary(AsNumber(values[0]), PyBinaryOperator.Add, AsNumber(values[1])))), CType.String),
            ("find", 1 or 2) when type.IsStringLike => new(Py.Method(p, "find", values.Select(v => v.Python).ToArray()), CType.Int),
            ("rfind", 1) when type.IsStringLike => new(Py.Method(p, "rfind", values[0].Python), CType.Int),
            ("count", 1) when type.Kind is CKind.Map or CKind.Set => new(Py.Compare(values[0].Python, PyCompareOperator.In, p), CType.Bool),
            ("c_str" or "str", 0) => receiver with { Type = CType.String },
            ("compare", 1) => new(Py.Binary(Py.Compare(p, PyCompareOperator.Greater, values[0].Python), PyBinaryOperator.Subtract,
                Py.Compare(p, PyCompareOperator.Less, values[0].Python)), CType.Int),
            ("pop", 0) when queue => new(Py.Method(p, "pop", Py.Number(0)), type.ElementType),
            ("pop_back" or "pop", 0) => new(Py.Method(p, "pop"), type.ElementType),
            _ => throw Unsupported(node, $"the method '{name}'"),
        };
    }

    /// <summary><c>m.find(k) != m.end()</c> and <c>find(b, e, x) != e</c> as membership tests.</summary>
    private LoweredExpression? LowerEndComparison(SyntaxNode left, SyntaxNode right, string op)
    {
        left = Unwrap(left);
        right = Unwrap(right);
        if (left.Type != "call_expression" || right.Type != "call_expression" || CallName(right) != "end" || CallName(left) != "find")
        {
            return null;
        }
        var test = op == "!=" ? PyCompareOperator.In : PyCompareOperator.NotIn;
        var args = Arguments(left);
        if (Field(left, "function").Type == "field_expression" && args.Length == 1)
        {
            var container = Lower(Field(Field(left, "function"), "argument"));
            return new(Py.Compare(Lower(args[0]).Python, test, container.Python), CType.Bool);
        }
        if (args.Length == 3)
        {
            var (sequence, lower, upper, _) = RangeOf(args[0], args[1]);
            return new(Py.Compare(Lower(args[2]).Python, test, Slice(sequence, lower, upper)), CType.Bool);
        }
        return null;
    }
}
