using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Python.Runtime;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>A call of the math library (Java's Math, C's math.h and cstdlib) by function name, or null. It lowers the
    /// arguments before it knows the name is one of its own: callers that go on to other readings call it through
    /// <see cref="LoweringContext.Tentatively"/>.</summary>
    private LoweredExpression? MathCall(string name, IReadOnlyList<SyntaxNode> arguments)
    {
        var args = arguments.Select(Lower).ToArray();
        PyExpression[] numbers = args.Select(AsNumber).ToArray();
        switch (name)
        {
            case "abs" or "fabs" or "labs" or "llabs" when args.Length == 1:
                return new(Py.Call("abs", numbers), args[0].Type.Kind == CKind.Float || name == "fabs" ? CType.Float : CType.Int);
            case "max" or "min" or "fmax" or "fmin" when args.Length >= 1:
                var type = args.Select(a => a.Type).Aggregate(Join);
                if (args.Length == 1 && args[0].Type.Kind == CKind.List)
                {
                    // std::max({a, b, c}) takes an initializer list.
                    return new(Py.Call(name.TrimStart('f'), ((PyList)args[0].Python).Items.ToArray()), args[0].Type.ElementType);
                }
                return new(Py.Call(name.TrimStart('f'), type.Kind == CKind.Char ? args.Select(a => a.Python).ToArray() : numbers), type.Kind == CKind.Bool ? CType.Int : type);
            case "pow" when args.Length == 2:
                return new(MathModule("pow", numbers), CType.Float);
            case "floor" or "ceil" or "rint" when IsJava && args.Length == 1:
                // Java's Math.floor returns a double (it prints -2.0); Python's math.floor an int.
                return new(Py.Call("float", MathModule(name == "rint" ? "round" : name, numbers)), CType.Float);
            case "cbrt" when args.Length == 1:
                _ctx.Require("math");
                return new(_ctx.Helper(PythonHelpers.ExactCubeRoot, numbers), CType.Float);
            case "sqrt" or "exp" or "log" or "log10" or "log2" or "sin" or "cos" or "tan" or "asin" or "acos" or "atan" or "atan2"
                or "hypot" or "floor" or "ceil" or "log1p" or "expm1" or "sinh" or "cosh" or "tanh" or "trunc":
                // Java's Math.floor and C's floor return a double; math.floor returns an int. Equal values, and
                // the float type here keeps later divisions true divisions.
                return new(MathModule(name, numbers), CType.Float);
            case "toRadians":
                return new(MathModule("radians", numbers), CType.Float);
            case "toDegrees":
                return new(MathModule("degrees", numbers), CType.Float);
            case "round" when IsJava && args.Length == 1:
                // Java rounds half up: Math.round(-2.5) is -2.
                return new(MathModule("floor", Py.Binary(numbers[0], PyBinaryOperator.Add, new PyNumber("0.5"))), CType.Int);
            case "floorDiv" when args.Length == 2:
                return new(Py.Binary(numbers[0], PyBinaryOperator.FloorDivide, numbers[1]), CType.Int);
            case "floorMod" when args.Length == 2:
                return new(Py.Binary(numbers[0], PyBinaryOperator.Modulo, numbers[1]), CType.Int);
            case "__gcd" or "gcd" when args.Length == 2:
                return new(MathModule("gcd", numbers), CType.Int);
            case "lcm" when args.Length == 2:
                return new(MathModule("lcm", numbers), CType.Int);
            default:
                return null;
        }
    }

    private PyCall MathModule(string function, params PyExpression[] arguments)
    {
        _ctx.Require("math");
        return Py.Method(Py.Name("math"), function, arguments);
    }

    private PyMember MathConstant(string name)
    {
        _ctx.Require("math");
        return new PyMember(Py.Name("math"), name);
    }

    /// <summary>
    /// Sorting <paramref name="sequence"/> (the slice lower:upper when given) with an optional comparator node:
    /// a reverse-order comparator becomes <c>reverse=True</c>, any other becomes <c>key=cmp_to_key(...)</c>.
    /// C++ comparators answer "a before b?" (a bool), Java comparators answer a signed int; both are adapted.
    /// </summary>
    private PyStatement Sort(PyExpression sequence, PyExpression? lower, PyExpression? upper, SyntaxNode? comparator, CType element)
    {
        var keywords = new List<PyKeyword>();
        if (comparator is { } c)
        {
            var text = c.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (text.StartsWith("greater<", StringComparison.Ordinal) || text.StartsWith("std::greater<", StringComparison.Ordinal) || text is "Collections.reverseOrder()" or "Comparator.reverseOrder()")
            {
                keywords.Add(new PyKeyword("reverse", PyConstant.True));
            }
            else if (text.StartsWith("less<", StringComparison.Ordinal) || text.StartsWith("std::less<", StringComparison.Ordinal))
            {
            }
            else
            {
                _ctx.Require("functools", "cmp_to_key");
                var compare = _ctx.WithLambdaHint(element.Kind == CKind.Unknown ? null : [element], () => Lower(c)).Python;
                if (!IsJava)
                {
                    compare = ThreeWay(compare);
                }
                keywords.Add(new PyKeyword("key", Py.Call("cmp_to_key", compare)));
            }
        }
        if (lower is null && upper is null)
        {
            return new PyExpressionStatement(new PyCall(new PyMember(sequence, "sort"), [], keywords));
        }
        var slice = new PySubscript(sequence, new PySlice(lower is { } l && Py.Literal(l) == 0 ? null : lower, upper));
        return new PyAssign(slice, new PyCall(Py.Name("sorted"), [slice], keywords));
    }

    /// <summary>A C++ strict-weak-order predicate as a three-way comparison: -1 if a &lt; b, 1 if b &lt; a, else 0.</summary>
    private static PyLambda ThreeWay(PyExpression predicate)
    {
        var a = Py.Name("_a");
        var b = Py.Name("_b");
        return new PyLambda(["_a", "_b"], new PyConditional(new PyCall(predicate, [a, b]), Py.Number(-1),
            new PyConditional(new PyCall(predicate, [b, a]), Py.Number(1), Py.Number(0))));
    }

    /// <summary><c>print(...)</c> of values already converted; <paramref name="newline"/> false prints with <c>end=""</c>.</summary>
    private static PyExpressionStatement Print(PyExpression[] values, bool newline, bool separated = false)
    {
        var keywords = new List<PyKeyword>();
        if (!separated && values.Length > 1)
        {
            keywords.Add(new PyKeyword("sep", new PyString(string.Empty)));
        }
        if (!newline)
        {
            keywords.Add(new PyKeyword("end", new PyString(string.Empty)));
        }
        return new PyExpressionStatement(new PyCall(Py.Name("print"), values, keywords));
    }

    /// <summary>C's printf format and arguments as Python's % formatting (the conversions agree; length modifiers go).</summary>
    private PyExpression Format(SyntaxNode formatNode, IEnumerable<SyntaxNode> arguments)
    {
        var format = Lower(formatNode);
        if (format.Python is not PyString text)
        {
            throw Unsupported(formatNode, "a format that is not a literal");
        }
        // Java's %n is the line separator.
        var source = IsJava ? System.Text.RegularExpressions.Regex.Replace(text.Value, "(?<!%)((?:%%)*)%n", "$1\n", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)) : text.Value;
        var cleaned = System.Text.RegularExpressions.Regex.Replace(source, "%([-+ #0]*\\d*(?:\\.\\d+)?)(?:hh|h|ll|l|L|z|j|t)?([diouxXeEfgGcs%])", m =>
            m.Groups[2].Value == "%" ? "%%" : "%" + m.Groups[1].Value + (m.Groups[2].Value is "i" or "u" ? "d" : m.Groups[2].Value), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var values = arguments.Select(a => Lower(a).Python).ToArray();
        if (values.Length == 0)
        {
            return new PyString(cleaned.Replace("%%", "%", StringComparison.Ordinal));
        }
        return Py.Binary(new PyString(cleaned), PyBinaryOperator.Modulo, values.Length == 1 ? values[0] : new PyTuple(values));
    }
}
