using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>PHP's standard functions that real code leans on, each as the Python that does the same.</summary>
internal sealed partial class PhpLowering
{
    /// <summary>Library functions whose first argument PHP reads as a string.</summary>
    private static readonly HashSet<string> TextFirstArgument = new(StringComparer.Ordinal)
    {
        "strtoupper", "strtolower", "mb_strtoupper", "mb_strtolower", "ucfirst", "lcfirst", "ucwords", "trim", "ltrim", "rtrim",
        "strlen", "mb_strlen", "strrev", "str_pad", "mb_str_pad",
    };

    private Lowered LowerLibrary(SyntaxNode node, string name, IReadOnlyList<Lowered> args, SyntaxNode[] argumentNodes)
    {
        PyExpression A(int i) => i < args.Count ? args[i].Expression : throw Unsupported(node, $"{name}() needs more arguments");
        PhpType T(int i) => i < args.Count ? args[i].Type : PhpType.Unknown;
        Lowered Of(PyExpression e, PhpType t) => new(e, t);
        Lowered Str(PyExpression e) => new(e, PhpType.String);
        Lowered Int(PyExpression e) => new(e, PhpType.Int);
        Lowered Bool(PyExpression e) => new(e, PhpType.Bool);
        Lowered MathCall(string f, PhpType t, params PyExpression[] a)
        {
            Imports.Add("math");
            return new(PyCall.Method(new PyName("math"), f, a), t);
        }
        // An array of unknown kind may be a dict at run time, whose plain iteration would give its keys.
        PyExpression Values(int i) => T(i) == PhpType.List ? A(i) : T(i) == PhpType.Dict ? PyCall.Method(A(i), "values") : Helper("php_values", A(i));
        PyExpression Keys(int i) => T(i) == PhpType.List ? PyCall.Of("range", PyCall.Of("len", A(i))) : T(i) == PhpType.Dict ? PyCall.Method(A(i), "keys") : Helper("php_keys", A(i));
        if (TextFirstArgument.Contains(name) && args.Count > 0 && args[0].Type != PhpType.String)
        {
            // PHP converts the subject to a string first (null is "", 5 is "5"); Python's str methods need one.
            args = [new Lowered(Helper("php_str", args[0].Expression), PhpType.String), .. args.Skip(1)];
        }
        var all = args.Select(a => a.Expression).ToArray();
        if (LowerByteString(node, name, args) is { } byteString)
        {
            return byteString;
        }
        switch (name)
        {
            // Output.
            case "printf" when node.Parent?.Type == "expression_statement":
                _before!.Add(Print([new Lowered(Helper("php_sprintf", all), PhpType.String)]));
                return Int(new PyNumber("0"));
            case "printf":
            {
                // printf() gives the number of bytes it printed.
                var printed = Temporary("printed");
                _before!.Add(new PyAssign(new PyName(printed), Helper("php_sprintf", all)));
                _before.Add(Print([new Lowered(new PyName(printed), PhpType.String)]));
                return Int(PyCall.Of("len", PyCall.Method(new PyName(printed), "encode")));
            }
            case "print_r" when args.Count == 1:
                _before!.Add(Print([new Lowered(Helper("php_print_r", A(0)), PhpType.String)]));
                return Bool(PyConstant.True);
            case "var_dump":
                foreach (var a in args)
                {
                    _before!.Add(Print([new Lowered(Helper("php_var_dump", a.Expression), PhpType.String)]));
                }
                return Of(PyConstant.None, PhpType.Null);
            case "sprintf":
                return Str(Helper("php_sprintf", all));
            case "number_format":
                return Str(Helper("php_number_format", all));
            // Strings.
            case "strlen" or "mb_strlen":
                return Int(PyCall.Of("len", A(0)));
            case "strrev":
                return Str(new PySubscript(A(0), new PySlice(null, null, new PyNumber("-1"))));
            case "strtoupper" or "mb_strtoupper":
                return Str(PyCall.Method(A(0), "upper"));
            case "strtolower" or "mb_strtolower":
                return Str(PyCall.Method(A(0), "lower"));
            case "ucfirst":
                return Str(new PyBinary(PyCall.Method(new PySubscript(A(0), new PySlice(null, new PyNumber("1"))), "upper"), PyBinaryOperator.Add, new PySubscript(A(0), new PySlice(new PyNumber("1"), null))));
            case "lcfirst":
                return Str(new PyBinary(PyCall.Method(new PySubscript(A(0), new PySlice(null, new PyNumber("1"))), "lower"), PyBinaryOperator.Add, new PySubscript(A(0), new PySlice(new PyNumber("1"), null))));
            case "ucwords" when args.Count is 1 or 2:
                return Str(Helper("php_ucwords", all));
            case "trim" or "ltrim" or "rtrim":
            {
                var method = name == "trim" ? "strip" : name == "ltrim" ? "lstrip" : "rstrip";
                if (args.Count > 1 && args[1].Expression is PyString chars && chars.Value.Contains("..", StringComparison.Ordinal))
                {
                    throw Unsupported(node, $"{name}() with a character range is not translated");
                }
                return Str(PyCall.Method(A(0), method, args.Count > 1 ? A(1) : new PyString(" \t\n\r\0\v")));
            }
            case "str_repeat":
                return Str(new PyBinary(A(0), PyBinaryOperator.Multiply, A(1)));
            case "substr" or "mb_substr":
                if (args.Count == 2 && args[1].Expression is PyNumber { Text: var start } && !start.StartsWith('-'))
                {
                    return Str(new PySubscript(A(0), new PySlice(A(1), null)));
                }
                return Str(Helper("php_slice", all));
            case "strpos" or "mb_strpos":
                return Of(Helper("php_strpos", all), PhpType.Unknown);
            case "strrpos":
                return Of(Helper("php_strrpos", A(0), A(1)), PhpType.Unknown);
            case "str_contains":
                return Bool(new PyCompare(A(1), PyCompareOperator.In, A(0)));
            case "str_starts_with":
                return Bool(PyCall.Method(A(0), "startswith", A(1)));
            case "str_ends_with":
                return Bool(PyCall.Method(A(0), "endswith", A(1)));
            case "substr_count":
                return Int(PyCall.Method(A(0), "count", A(1)));
            case "str_replace" when args.Count == 3 && T(0) == PhpType.String && !T(2).IsArray():
                return Str(PyCall.Method(A(2), "replace", A(0), A(1)));
            case "str_split" or "mb_str_split":
            {
                var size = args.Count > 1 ? A(1) : new PyNumber("1");
                if (args.Count == 1)
                {
                    return Of(PyCall.Of("list", A(0)), PhpType.List);
                }
                return Of(new PyComprehension(new PySubscript(A(0), new PySlice(new PyName("i"), new PyBinary(new PyName("i"), PyBinaryOperator.Add, size))),
                    new PyName("i"), PyCall.Of("range", new PyNumber("0"), PyCall.Of("len", A(0)), size)), PhpType.List);
            }
            case "explode" when args.Count == 2:
                return Of(PyCall.Method(A(1), "split", A(0)), PhpType.List);
            case "implode" or "join":
                return args.Count == 2
                    ? Str(T(1) == PhpType.List && false ? PyCall.Method(A(0), "join", A(1)) : Helper("php_implode", A(0), A(1)))
                    : Str(Helper("php_implode", new PyString(""), A(0)));
            case "str_pad":
                return Str(Helper("php_str_pad", all));
            case "strcmp":
                return Int(Helper("php_cmp", A(0), A(1)));
            case "strcasecmp":
                return Int(Helper("php_cmp", PyCall.Method(A(0), "lower"), PyCall.Method(A(1), "lower")));
            case "ord":
                return Int(PyCall.Of("ord", argumentNodes.Length > 0 && Unwrap(argumentNodes[0].NamedChildren[^1]).Type == "subscript_expression" ? A(0) : new PySubscript(A(0), new PyNumber("0"))));
            case "chr":
                return Str(PyCall.Of("chr", A(0)));
            case "strval":
                return Str(ToStr(args[0]));
            case "intval" when args.Count == 1:
                return Int(T(0) == PhpType.Int ? A(0) : T(0).IsNumeric() ? PyCall.Of("int", A(0)) : Helper("php_intval", A(0)));
            case "floatval":
                return Of(T(0).IsNumeric() ? PyCall.Of("float", A(0)) : Helper("php_floatval", A(0)), PhpType.Float);
            case "is_numeric":
                return Bool(Helper("php_is_numeric", A(0)));
            case "ctype_digit":
                return Bool(PyCall.Method(A(0), "isdigit"));
            case "ctype_alpha":
                return Bool(PyCall.Method(A(0), "isalpha"));
            case "ctype_alnum":
                return Bool(PyCall.Method(A(0), "isalnum"));
            case "ctype_upper":
                return Bool(PyCall.Method(A(0), "isupper"));
            case "ctype_lower":
                return Bool(PyCall.Method(A(0), "islower"));
            case "ctype_space":
                return Bool(PyCall.Method(A(0), "isspace"));
            case "dechex":
                return Str(PyCall.Of("format", A(0), new PyString("x")));
            case "decbin":
                return Str(PyCall.Of("format", A(0), new PyString("b")));
            case "decoct":
                return Str(PyCall.Of("format", A(0), new PyString("o")));
            case "bindec":
                return Int(PyCall.Of("int", A(0), new PyNumber("2")));
            case "hexdec":
                return Int(PyCall.Of("int", A(0), new PyNumber("16")));
            case "octdec":
                return Int(PyCall.Of("int", A(0), new PyNumber("8")));
            case "is_int":
                return Bool(new PyBoolean(PyCall.Of("isinstance", A(0), new PyName("int")), PyBooleanOperator.And, new PyUnary(PyUnaryOperator.Not, PyCall.Of("isinstance", A(0), new PyName("bool")))));
            case "is_float":
                return Bool(PyCall.Of("isinstance", A(0), new PyName("float")));
            case "is_string":
                return Bool(PyCall.Of("isinstance", A(0), new PyName("str")));
            case "is_bool":
                return Bool(PyCall.Of("isinstance", A(0), new PyName("bool")));
            case "is_array":
                return Bool(PyCall.Of("isinstance", A(0), new PyTuple([new PyName("list"), new PyName("dict")])));
            case "is_null":
                return Bool(new PyCompare(A(0), PyCompareOperator.Is, PyConstant.None));
            // Math.
            case "abs":
                return Of(PyCall.Of("abs", A(0)), T(0));
            case "max" or "min" when args.Count == 1 && args[0].Expression is PyName { Id: ['*', ..] }:
                // max(...$xs): the elements are the arguments.
                return Of(PyCall.Of(name, A(0)), PhpType.Unknown);
            case "max" or "min" when args.Count == 1:
                return Of(PyCall.Of(name, Values(0)), PhpType.Unknown);
            case "max" or "min":
                return Of(PyCall.Of(name, all), args.All(a => a.Type == PhpType.Int) ? PhpType.Int : PhpType.Unknown);
            case "floor" or "ceil":
                return MathCall(name, PhpType.Int, A(0));
            case "round":
                return Of(Helper("php_round", all), PhpType.Float);
            case "sqrt" or "exp" or "sin" or "cos" or "tan" or "log10" or "log2" or "atan" or "asin" or "acos":
                return MathCall(name, PhpType.Float, A(0));
            case "log":
                return MathCall("log", PhpType.Float, all);
            case "pi":
                return Math("pi");
            case "fmod":
                return MathCall("fmod", PhpType.Float, A(0), A(1));
            case "pow":
                return Of(new PyBinary(A(0), PyBinaryOperator.Power, A(1)), T(0) == PhpType.Int && T(1) == PhpType.Int ? PhpType.Number : PhpType.Float);
            case "intdiv":
                return Int(Helper("php_intdiv", A(0), A(1)));
            case "rand" or "mt_rand" or "random_int":
                Imports.Add("random");
                return args.Count == 2 ? Int(PyCall.Method(new PyName("random"), "randint", A(0), A(1))) : Int(PyCall.Method(new PyName("random"), "randint", new PyNumber("0"), new PyNumber("2147483647")));
            // Arrays.
            case "count" or "sizeof" when args.Count == 1:
                return Int(PyCall.Of("len", A(0)));
            case "in_array":
                return Bool(new PyCompare(A(0), PyCompareOperator.In, Values(1)));
            case "array_key_exists" or "key_exists":
            {
                var key = Key(argumentNodes[0].NamedChildren[^1], args[0]);
                return Bool(T(1) == PhpType.Dict ? new PyCompare(key, PyCompareOperator.In, A(1)) : Helper("php_key_exists", key, A(1)));
            }
            case "array_keys" when args.Count == 1:
                return Of(T(0) == PhpType.Dict ? PyCall.Of("list", A(0)) : Helper("php_keys", A(0)), PhpType.List);
            case "array_values":
                return Of(PyCall.Of("list", Values(0)), PhpType.List);
            case "array_sum":
                return Of(PyCall.Of("sum", Values(0)), PhpType.Number);
            case "array_product":
                Imports.Add("math");
                return Of(PyCall.Method(new PyName("math"), "prod", Values(0)), PhpType.Number);
            case "array_push" when args.Count >= 1 && !IsSpreadArgument(argumentNodes[0]):
                // Used for its value (a match arm, a condition): the values go in one by one and the new count is the value.
                return Of(Helper("php_array_push", [A(0), .. argumentNodes.Skip(1).Select((a, i) => IsSpreadArgument(a) ? new PyName("*" + Starrable(SpreadValues(a))) : args[i + 1].Expression)]), PhpType.Int);
            case "array_pop":
                return Of(NullWhenEmpty(A(0), a => T(0) == PhpType.Dict ? new PySubscript(PyCall.Method(a, "popitem"), new PyNumber("1")) : PyCall.Method(a, "pop")), PhpType.Unknown);
            case "array_shift" when T(0) != PhpType.Dict:
                return Of(NullWhenEmpty(A(0), a => PyCall.Method(a, "pop", new PyNumber("0"))), PhpType.Unknown);
            case "array_reverse" when T(0) != PhpType.Dict:
                return Of(new PySubscript(A(0), new PySlice(null, null, new PyNumber("-1"))), PhpType.List);
            case "array_slice" when T(0) == PhpType.List && args.Count <= 3:
                return Of(Helper("php_slice", all), PhpType.List);
            case "array_merge":
                return Of(args.All(a => a.Type == PhpType.List) ? all.Aggregate((a, b) => new PyBinary(a, PyBinaryOperator.Add, b)) : Helper("php_merge", all), args.All(a => a.Type == PhpType.List) ? PhpType.List : PhpType.Unknown);
            case "array_search":
                return Of(Helper("php_array_search", A(0), A(1)), PhpType.Unknown);
            case "array_count_values":
                return Of(Helper("php_count_values", A(0)), PhpType.Dict);
            case "array_flip":
                return Of(new PyCall(new PyName("dict"), [PyCall.Of("zip", AsKeys(Values(0)), Keys(0))]), PhpType.Dict);
            case "array_combine":
                // PHP 8 throws a ValueError when the counts differ; zip(strict=True) raises one too.
                return Of(PyCall.Of("dict", new PyCall(new PyName("zip"), [AsKeys(Values(0)), Values(1)], [new PyKeyword("strict", PyConstant.True)])), PhpType.Dict);
            case "array_fill_keys" when T(1) is PhpType.Int or PhpType.Float or PhpType.String or PhpType.Bool or PhpType.Null or PhpType.Number or PhpType.Object:
                return Of(PyCall.Method(new PyName("dict"), "fromkeys", AsKeys(Values(0)), A(1)), PhpType.Dict);
            case "array_fill_keys":
                // An array value: each key gets its own copy (dict.fromkeys would share one).
                return Of(Helper("php_array_fill_keys", A(0), A(1)), PhpType.Dict);
            case "array_fill" when args.Count == 3:
                if (args[0].Expression is PyNumber { Text: "0" } && T(2) is PhpType.Int or PhpType.Float or PhpType.String or PhpType.Bool or PhpType.Null)
                {
                    return Of(new PyBinary(new PyList([A(2)]), PyBinaryOperator.Multiply, A(1)), PhpType.List);
                }
                if (args[0].Expression is PyNumber { Text: "0" } && T(2) == PhpType.List)
                {
                    return Of(new PyComprehension(A(2), new PyName("_"), PyCall.Of("range", A(1))), PhpType.List);
                }
                return Of(Helper("php_array_fill", all), args[0].Expression is PyNumber { Text: "0" } ? PhpType.List : PhpType.Dict);
            case "range":
                if (args.Count == 2 && T(0) == PhpType.Int && T(1) == PhpType.Int && args[0].Expression is PyNumber a0 && args[1].Expression is PyNumber a1
                    && long.TryParse(a0.Text, out var from) && long.TryParse(a1.Text, out var to) && from <= to)
                {
                    return Of(PyCall.Of("list", PyCall.Of("range", A(0), new PyNumber(Invariant(to + 1)))), PhpType.List);
                }
                return Of(Helper("php_range", all), PhpType.List);
            case "array_map" when args.Count == 2 && T(1) == PhpType.List:
                return Of(PyCall.Of("list", PyCall.Of("map", Callable(argumentNodes[0], args[0]), Values(1))), PhpType.List);
            case "array_reduce" when args.Count >= 2:
                Imports.Add("functools");
                return Of(PyCall.Method(new PyName("functools"), "reduce", [Callable(argumentNodes[1], args[1]), Values(0), args.Count > 2 ? ReduceInitial(argumentNodes[1], argumentNodes[2], A(2)) : PyConstant.None]), PhpType.Unknown);
            case "array_key_first":
                return Of(PyCall.Of("next", PyCall.Of("iter", T(0) == PhpType.Dict ? A(0) : Helper("php_keys", A(0))), PyConstant.None), PhpType.Unknown);
            case "array_key_last" when T(0) == PhpType.Dict:
                return Of(new PySubscript(PyCall.Of("list", A(0)), new PyNumber("-1")), PhpType.Unknown);
            case "eval" or "create_function":
                throw Unsupported(node, $"{name}() runs PHP code given as text; not translated");
            case "compact" when CompactNames(argumentNodes) is { } names:
                return Of(Compact(node, names), PhpType.Dict);
            case "extract":
                return LowerExtract(node, args);
            case "compact" or "call_user_func_array" or "func_get_args":
                throw Unsupported(node, $"{name}() works on variable names at run time; not translated");
            case "define" when args.Count == 2 && args[0].Expression is PyString constant:
                _before!.Add(new PyAssign(new PyName(AttributeName(constant.Value)), A(1)));
                return Bool(PyConstant.True);
            case "call_user_func" when args.Count >= 1:
                return Of(new PyCall(Callable(argumentNodes[0], args[0]), args.Skip(1).Select(a => a.Expression).ToArray()), PhpType.Unknown);
            case "function_exists":
                return Bool(PyConstant.Of(args[0].Expression is PyString f && _functions.ContainsKey(f.Value)));
            case "gettype" or "get_class" when args.Count == 1:
                return Str(Helper("php_" + name, A(0)));
            case "microtime" or "time" or "hrtime":
                Imports.Add("time");
                return Of(PyCall.Method(new PyName("time"), "time"), PhpType.Float);
            case "preg_match" or "preg_match_all" or "preg_replace" or "preg_replace_callback" or "preg_split" or "preg_quote":
                return LowerRegexCall(node, name, args, argumentNodes);
            default:
                return LowerKeyedLibrary(node, name, args, argumentNodes);
        }
    }

    /// <summary>
    /// <c>array_pop</c>/<c>array_shift</c> give null on an empty array where Python's <c>pop</c> raises
    /// (<c>array_pop($stack) ?? throw ...</c> relies on it): <c>a.pop() if a else None</c> on a plain place, else
    /// <c>php_array_take</c>, which reads the array once.
    /// </summary>
    private PyExpression NullWhenEmpty(PyExpression array, Func<PyExpression, PyExpression> take)
    {
        static bool Plain(PyExpression e) => e is PyName || e is PyMember { Value: var v } && Plain(v);
        if (Plain(array))
        {
            return new PyConditional(array, take(array), PyConstant.None);
        }
        return Helper("php_array_take", array, new PyLambda(["a"], take(new PyName("a"))));
    }
}
