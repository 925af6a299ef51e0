using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private static SyntaxNode[] Arguments(SyntaxNode call) =>
        call.ChildByField("arguments") is { } list ? list.NamedChildren.Where(c => c.Type != "comment").ToArray() : [];

    private LoweredExpression LowerJavaCall(SyntaxNode node)
    {
        var name = Field(node, "name").Text;
        var receiverNode = node.ChildByField("object");
        var args = Arguments(node);
        if (receiverNode is null || receiverNode.Value.Type == "this")
        {
            return LowerUserCall(node, name, args);
        }
        if (receiverNode.Value.Type == "super" && _ctx.Class is { InStaticMethod: false })
        {
            // super.m(...) runs the base class's m: Python's super().m(...).
            var lowered = args.Select(Lower).ToArray();
            var target = OverloadName(node, name, args, lowered);
            return new(new PyCall(new PyMember(Py.Call("super"), LoweringContext.SafeName(target)), ArgumentsFor(target, lowered)),
                _ctx.Functions.GetValueOrDefault(target) ?? CType.Unknown);
        }
        if (TryJavaStream(node) is { } stream)
        {
            return stream;
        }
        var receiverText = ReceiverText(receiverNode.Value);
        switch (receiverText)
        {
            case "Math" or "StrictMath":
                return MathCall(name, args) ?? throw Unsupported(node, $"Math.{name}");
            case "Integer" or "Long" or "Short" or "Byte" or "Double" or "Float" or "Boolean" or "String" or "Character" or "Arrays" or "Collections" or "Comparator" or "List" or "Set" when !_ctx.SourceClasses.Contains(receiverText):
                return LowerJavaStaticCall(node, receiverText, name, args);
            case "System.out" or "System.err":
                throw Unsupported(node, "printing inside an expression");
        }
        var receiver = Lower(receiverNode.Value);
        if (ComparatorMethod(node, receiver, name, args) is { } comparator)
        {
            return comparator;
        }
        return receiver.Type.Kind switch
        {
            CKind.String or CKind.StringBuilder => LowerJavaStringMethod(node, receiver, name, args),
            CKind.Map => LowerJavaMapMethod(node, receiver, name, args),
            CKind.Set => LowerJavaSetMethod(node, receiver, name, args),
            CKind.List => LowerJavaListMethod(node, receiver, name, args),
            _ => LowerJavaUntypedMethod(node, receiver, name, args),
        };
    }

    private LoweredExpression LowerUserCall(SyntaxNode node, string name, SyntaxNode[] args)
    {
        if (!_ctx.TakeOutParameterCall() && _ctx.OutParameters.ContainsKey(name))
        {
            return OutParametersInExpression(node, name, args);
        }
        var lowered = args.Select(Lower).ToArray();
        var target = OverloadName(node, name, args, lowered);
        CheckBuildersPassed(node, target, lowered);
        var values = ArgumentsFor(target, lowered);
        var type = _ctx.Functions.GetValueOrDefault(target) ?? CType.Unknown;
        if (_ctx.Class is { } cls && cls.Methods.TryGetValue(name, out var isStatic))
        {
            PyExpression owner = isStatic || cls.InStaticMethod ? Py.Name(IsJava ? cls.Name : LoweringContext.SafeName(cls.Name)) : Py.Name("self");
            return new(new PyCall(new PyMember(owner, LoweringContext.SafeName(target)), values), type);
        }
        if (!_ctx.Functions.ContainsKey(target) && _ctx.Tentatively(() => MathCall(name, args)) is { } math)
        {
            return math;
        }
        if (UndeclaredJavaMethod(node, target, values) is { } method)
        {
            return method;
        }
        return new(new PyCall(Py.Name(LoweringContext.SafeName(target)), values), type);
    }

    private LoweredExpression LowerJavaStaticCall(SyntaxNode node, string owner, string name, SyntaxNode[] args)
    {
        var lowered = args.Select(Lower).Take(owner == "Collections" && name is "max" or "min" ? 1 : args.Length).ToList();
        if (lowered.Count < args.Length)
        {
            // Collections.max(list, (a, b) -> ...) compares two elements of the list.
            lowered.Add(_ctx.WithLambdaHint([lowered[0].Type.ElementType], () => Lower(args[1])));
        }
        var values = lowered.ToArray();
        var first = values.Length > 0 ? values[0] : null;
        const string Mask32 = "0xFFFFFFFF";
        const string Mask64 = "0xFFFFFFFFFFFFFFFF";
        var mask = owner == "Long" ? Mask64 : Mask32;
        if (ComparatorCall(node, owner, name, values) is { } comparator)
        {
            return comparator;
        }
        return (owner, name) switch
        {
            // As values, the orders are three-way comparisons (sorting recognises them first and says reverse=True).
            ("Collections", "reverseOrder") when values.Length == 0 => new(Comparison(reverse: true), ComparatorType),
            (_, "parseInt" or "parseLong" or "valueOf") when owner is "Integer" or "Long" && first is { Type.Kind: CKind.String } =>
                new(Py.Call("int", values.Select(v => v.Python).ToArray()), CType.Int),
            (_, "valueOf") when owner is "Integer" or "Long" => new(AsNumber(first!), CType.Int),
            (_, "parseDouble" or "parseFloat" or "valueOf") when owner is "Double" or "Float" => new(Py.Call("float", first!.Python), CType.Float),
            (_, "toString") when owner is "Integer" or "Long" or "Double" or "Character" && values.Length == 1 => new(Stringify(first!), CType.String),
            (_, "toHexString" or "toOctalString") when owner is "Integer" or "Long" => new(Py.Call("format",
                Py.Binary(first!.Python, PyBinaryOperator.BitAnd, new PyNumber(mask)), new PyString(name == "toHexString" ? "x" : "o")), CType.String),
            ("Boolean", "parseBoolean" or "valueOf") when first is { Type.Kind: CKind.String } =>
                new(Py.Compare(Py.Method(new PyBoolean(first.Python, PyBooleanOperator.Or, new PyString(string.Empty)), "lower"), PyCompareOperator.Equal, new PyString("true")), CType.Bool),
            ("Boolean", "valueOf") when first is { Type.Kind: CKind.Bool } => first,
            ("Collections", "unmodifiableList" or "unmodifiableSet" or "unmodifiableMap" or "unmodifiableCollection" or "unmodifiableSortedSet" or "unmodifiableSortedMap")
                when values.Length == 1 => first!,
            (_, "toBinaryString") => new(new PySubscript(Py.Call("bin", Py.Binary(first!.Python, PyBinaryOperator.BitAnd, new PyNumber(mask))), new PySlice(Py.Number(2), null)), CType.String),
            (_, "bitCount") => new(Py.Method(Py.Call("bin", Py.Binary(first!.Python, PyBinaryOperator.BitAnd, new PyNumber(mask))), "count", new PyString("1")), CType.Int),
            (_, "max" or "min" or "abs") when owner != "Collections" => MathCall(name, args)!,
            (_, "compare") when values.Length == 2 => new(Py.Binary(
                Py.Compare(AsNumber(values[0]), PyCompareOperator.Greater, AsNumber(values[1])), PyBinaryOperator.Subtract,
                Py.Compare(AsNumber(values[0]), PyCompareOperator.Less, AsNumber(values[1]))), CType.Int),
            ("Character", "isDigit") => new(Py.Method(first!.Python, "isdigit"), CType.Bool),
            ("Character", "isLetter" or "isAlphabetic") => new(Py.Method(first!.Python, "isalpha"), CType.Bool),
            ("Character", "isLetterOrDigit") => new(Py.Method(first!.Python, "isalnum"), CType.Bool),
            ("Character", "isUpperCase") => new(Py.Method(first!.Python, "isupper"), CType.Bool),
            ("Character", "isLowerCase") => new(Py.Method(first!.Python, "islower"), CType.Bool),
            ("Character", "isWhitespace" or "isSpaceChar") => new(Py.Method(first!.Python, "isspace"), CType.Bool),
            ("Character", "toUpperCase") => new(Py.Method(first!.Python, "upper"), CType.Char),
            ("Character", "toLowerCase") => new(Py.Method(first!.Python, "lower"), CType.Char),
            ("Character", "getNumericValue") => new(Py.Call("int", first!.Python), CType.Int),
            ("String", "valueOf" or "copyValueOf") when first is { Type: { Kind: CKind.List, Element.Kind: CKind.Char } } && values.Length == 1 =>
                new(Py.Method(new PyString(string.Empty), "join", first.Python), CType.String),
            ("String", "valueOf" or "copyValueOf") when values.Length == 3 => new(Py.Method(new PyString(string.Empty), "join",
                new PySubscript(first!.Python, new PySlice(AsNumber(values[1]), Py.Binary(AsNumber(values[1]), PyBinaryOperator.Add, AsNumber(values[2]))))), CType.String),
            ("String", "valueOf" or "copyValueOf") when first!.Type.Kind == CKind.List => new(Py.Method(new PyString(string.Empty), "join", first.Python), CType.String),
            ("String", "valueOf") => new(Stringify(first!), CType.String),
            ("String", "join") when values.Length == 2 => new(Py.Method(first!.Python, "join", values[1].Python), CType.String),
            ("String", "format") => new(Format(args[0], args.Skip(1)), CType.String),
            ("List" or "Set", "of") => new(owner == "Set" ? new PySet(values.Select(v => v.Python).ToArray()) : new PyList(values.Select(v => v.Python).ToArray()),
                owner == "Set" ? new CType(CKind.Set, first?.Type ?? CType.Unknown) : CType.ListOf(first?.Type ?? CType.Unknown)),
            ("Arrays", "asList") => new(values.Length == 1 && first!.Type.Kind == CKind.List ? Py.Call("list", first.Python) : new PyList(values.Select(v => v.Python).ToArray()), CType.ListOf(first?.Type ?? CType.Unknown)),
            ("Arrays", "copyOfRange") => new(new PySubscript(first!.Python, new PySlice(values[1].Python, values[2].Python)), first.Type),
            ("Arrays", "copyOf") => new(new PySubscript(first!.Python, new PySlice(null, values[1].Python)), first.Type),
            ("Arrays", "equals") => new(Py.Compare(first!.Python, PyCompareOperator.Equal, values[1].Python), CType.Bool),
            ("Arrays", "toString" or "deepToString") => new(JavaString(first!.Python), CType.String),
            ("Collections", "max" or "min") when values.Length == 1 => new(Py.Call(name, first!.Python), first.Type.ElementType),
            ("Collections", "max" or "min") when values.Length == 2 => new(new PyCall(Py.Name(name), [first!.Python], [new PyKeyword("key", CompareKey(values[1].Python))]), first.Type.ElementType),
            ("Collections", "frequency") => new(Py.Method(first!.Python, "count", values[1].Python), CType.Int),
            _ => throw Unsupported(node, $"{owner}.{name}"),
        };
    }

    /// <summary>Java's split drops trailing empty strings, Python's str.split keeps them: both go through java_split.</summary>
    private LoweredExpression JavaSplit(PyExpression text, string regex)
    {
        _ctx.Require("re");
        return new(_ctx.Helper(PythonHelpers.JavaSplit, text, new PyString(regex)), CType.ListOf(CType.String));
    }

    private LoweredExpression LowerJavaStringMethod(SyntaxNode node, LoweredExpression s, string name, SyntaxNode[] args)
    {
        var values = args.Select(Lower).ToArray();
        var p = s.Python;
        return (name, values.Length) switch
        {
            ("length", 0) => new(Py.Length(p), CType.Int),
            ("charAt", 1) => new(new PySubscript(p, AsNumber(values[0])), CType.Char),
            ("substring" or "subSequence", 1) => new(new PySubscript(p, new PySlice(AsNumber(values[0]), null)), CType.String),
            ("substring" or "subSequence", 2) => new(new PySubscript(p, new PySlice(AsNumber(values[0]), AsNumber(values[1]))), CType.String),
            ("indexOf", 1) => new(Py.Method(p, "find", values[0].Python), CType.Int),
            ("indexOf", 2) => new(Py.Method(p, "find", values[0].Python, AsNumber(values[1])), CType.Int),
            ("lastIndexOf", 1) => new(Py.Method(p, "rfind", values[0].Python), CType.Int),
            ("equals" or "contentEquals", 1) => new(Py.Compare(p, PyCompareOperator.Equal, values[0].Python), CType.Bool),
            ("equalsIgnoreCase", 1) => new(Py.Compare(Py.Method(p, "lower"), PyCompareOperator.Equal, Py.Method(values[0].Python, "lower")), CType.Bool),
            ("contains", 1) => new(Py.Compare(values[0].Python, PyCompareOperator.In, p), CType.Bool),
            ("startsWith", 1) => new(Py.Method(p, "startswith", values[0].Python), CType.Bool),
            ("endsWith", 1) => new(Py.Method(p, "endswith", values[0].Python), CType.Bool),
            ("isEmpty", 0) => new(Py.Compare(Py.Length(p), PyCompareOperator.Equal, Py.Number(0)), CType.Bool),
            ("toCharArray", 0) => new(Py.Call("list", p), CType.ListOf(CType.Char)),
            ("toUpperCase", 0) => new(Py.Method(p, "upper"), CType.String),
            ("toLowerCase", 0) => new(Py.Method(p, "lower"), CType.String),
            ("trim" or "strip", 0) => new(Py.Method(p, "strip"), CType.String),
            ("repeat", 1) => new(Py.Binary(p, PyBinaryOperator.Multiply, AsNumber(values[0])), CType.String),
            ("concat", 1) => new(Py.Binary(p, PyBinaryOperator.Add, values[0].Python), CType.String),
            ("replace", 2) => new(Py.Method(p, "replace", values[0].Python, values[1].Python), CType.String),
            ("compareTo", 1) => new(_ctx.Helper(PythonHelpers.JavaCompareTo, p, values[0].Python), CType.Int),
            ("toString" or "intern", 0) => s with { Type = CType.String },
            ("reverse", 0) => new(new PySubscript(p, new PySlice(null, null, Py.Number(-1))), s.Type),
            ("split", 1) when values[0].Python is PyString { Value: var regex } && JavaRegex.SplitsLikePython(regex) => JavaSplit(p, regex),
            ("hashCode", 0) => throw Unsupported(node, "String.hashCode"),
            // sb.append(x) as a value (return sb.append("]").toString()): the builder is a local name, rebound in place.
            ("append", 1) when s.Type.Kind == CKind.StringBuilder && p switch { PyName n => n.Id, PyNamedExpression w => w.Target, _ => null } is { } builder =>
                new(new PyNamedExpression(builder, Py.Binary(p, PyBinaryOperator.Add, Stringify(values[0]))), s.Type),
            _ => throw Unsupported(node, $"the String method '{name}'"),
        };
    }

    private LoweredExpression LowerJavaUntypedMethod(SyntaxNode node, LoweredExpression receiver, string name, SyntaxNode[] args)
    {
        var lowered = args.Select(Lower).ToArray();
        var values = lowered.Select(a => a.Python).ToArray();
        if (receiver.Type is { Kind: CKind.Object, Name: { } className } && _ctx.Classes.TryGetValue(className, out var declared) && declared.Methods.ContainsKey(name))
        {
            // A method of a class of the source (its own size(), equals(), length()) is called, not read as the library's.
            return UserMethodCall(node, receiver, name, args, lowered);
        }
        if (FunctionalCall(receiver, name, lowered) is { } call)
        {
            return call;
        }
        if (receiver.Type.Kind == CKind.Unknown && StringOnlyMethods.Contains(name) && !_ctx.MethodNames.Contains(name))
        {
            // Only a String has these (a lambda's parameter whose type the lambda does not say, for one).
            return LowerJavaStringMethod(node, receiver with { Type = CType.String }, name, args);
        }
        return (name, values.Length) switch
        {
            ("getMessage" or "getLocalizedMessage", 0) when IsException(receiver.Type) => new(Py.Call("str", receiver.Python), CType.String),
            ("getKey", 0) => new(new PySubscript(receiver.Python, Py.Number(0)), receiver.Type.Key ?? CType.Unknown),
            ("getValue", 0) => new(new PySubscript(receiver.Python, Py.Number(1)), receiver.Type.Element ?? CType.Unknown),
            ("length" or "size", 0) => new(Py.Length(receiver.Python), CType.Int),
            ("equals", 1) => new(Py.Compare(receiver.Python, PyCompareOperator.Equal, values[0]), CType.Bool),
            ("intValue" or "longValue", 0) => new(receiver.Python, CType.Int),
            ("doubleValue", 0) => new(receiver.Python, CType.Float),
            ("compareTo", 1) => new(Py.Binary(Py.Compare(receiver.Python, PyCompareOperator.Greater, values[0]), PyBinaryOperator.Subtract,
                Py.Compare(receiver.Python, PyCompareOperator.Less, values[0])), CType.Int),
            _ when _ctx.Class is not null || receiver.Type.Kind == CKind.Object =>
                UserMethodCall(node, receiver, name, args, lowered),
            _ => throw Unsupported(node, $"the method '{name}' on a value of unknown type"),
        };
    }

    /// <summary>Methods of java.lang.String that no other class of the Java library has.</summary>
    private static readonly HashSet<string> StringOnlyMethods = new(StringComparer.Ordinal)
    {
        "toUpperCase", "toLowerCase", "charAt", "substring", "trim", "strip", "startsWith", "endsWith", "toCharArray",
        "equalsIgnoreCase", "compareToIgnoreCase", "repeat", "split",
    };

    private LoweredExpression UserMethodCall(SyntaxNode node, LoweredExpression receiver, string name, SyntaxNode[] args, LoweredExpression[] lowered)
    {
        var target = OverloadName(node, name, args, lowered);
        CheckBuildersPassed(node, target, lowered);
        return new(new PyCall(new PyMember(receiver.Python, LoweringContext.SafeName(target)), ArgumentsFor(target, lowered)),
            _ctx.Functions.GetValueOrDefault(target) ?? CType.Unknown);
    }

    /// <summary>Whether a value is a caught or created exception (a library one, or a class of the source that extends one).</summary>
    private bool IsException(CType type)
    {
        for (var name = type.Name; name is not null; name = _ctx.BaseClasses.GetValueOrDefault(name))
        {
            if (name.EndsWith("Exception", StringComparison.Ordinal) || name.EndsWith("Error", StringComparison.Ordinal) || name == "Throwable")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A receiver's text without spaces, and without the package of a library class written out in full
    /// (<c>java.util.Arrays.sort(a)</c> is <c>Arrays.sort(a)</c>).</summary>
    private static string ReceiverText(SyntaxNode receiver)
    {
        var text = receiver.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var package in (string[])["java.util.", "java.lang."])
        {
            if (text.StartsWith(package, StringComparison.Ordinal) && text.IndexOf('.', package.Length) < 0)
            {
                return text[package.Length..];
            }
        }
        return text;
    }
}
