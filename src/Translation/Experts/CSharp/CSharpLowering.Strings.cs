using System.Globalization;
using System.Text;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Strings, chars and StringBuilder. A char is a one-character str; a StringBuilder is a list of characters
/// (append, insert, index and length stay exact and shared between aliases); interpolated and composite
/// format strings become <c>str.format</c> calls with the C# format specifiers mapped.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression AsString(ExpressionSyntax e) => AsString(Lower(e), TypeOf(e));

    /// <summary>A value converted to string as C# concatenation and ToString do.</summary>
    private PyExpression AsString(PyExpression value, ITypeSymbol? type) => Classify(type) switch
    {
        CsKind.String or CsKind.Char => value,
        CsKind.Float => new PyCall(Helper(CSharpHelpers.Str), [value]),
        CsKind.Enum => EnumText(value, type),
        CsKind.Date => Py.Method(new PyString(CSharpDateFormats.Template("d")!), "format", value),
        CsKind.StringBuilder => Py.Method(new PyString(string.Empty), "join", value),
        CsKind.Tuple when type is INamedTypeSymbol { TupleElements: var elements } && value is not PyConstant { Keyword: "None" } => TupleText(value, elements),
        _ when value is PyConstant { Keyword: "None" } => new PyString(string.Empty),
        _ when IsRegexType(type, "Match") => RegexMember(value, null, "Value")!, // a Match's ToString is its Value
        _ => Py.Call("str", value),
    };

    /// <summary>A tuple as .NET's ValueTuple.ToString writes it, <c>(B, 12)</c>: each element as its own ToString (Python's str would quote strings).</summary>
    private PyExpression TupleText(PyExpression value, IReadOnlyList<IFieldSymbol> elements)
    {
        var t = Py.Name(Temporary("t"));
        var parts = elements.Select((e, i) => AsString(new PySubscript(t, Py.Number(i)), e.Type)).ToList();
        var joined = Py.Method(new PyString(", "), "join", new PyList(parts));
        var text = Py.Binary(Py.Binary(new PyString("("), PyBinaryOperator.Add, joined), PyBinaryOperator.Add, new PyString(")"));
        return new PyCall(new PyLambda([t.Id], text), [value]);
    }

    private PyExpression? LowerStringMethod(LibraryCall call, PyExpression s)
    {
        var argKinds = call.Arguments.Select(KindOf).ToArray();
        if (call.Name == "Split")
        {
            return LowerSplit(call, s, argKinds);
        }
        var args = call.Arguments.Select(Lower).ToArray();
        switch (call.Name, call.Count)
        {
            case ("AsSpan", 0):
                return s; // a span of a string's characters reads as that text (int.TryParse(s.AsSpan(4), ...))
            case ("Substring" or "AsSpan", 1):
                return new PySubscript(s, new PySlice(args[0], null));
            case ("Substring" or "AsSpan", 2):
                return new PySubscript(s, new PySlice(args[0], Py.Literal(args[0]) == 0 ? args[1] : Py.Binary(args[0], PyBinaryOperator.Add, args[1])));
            case ("IndexOf", 1 or 2) when argKinds[0] is CsKind.String or CsKind.Char:
                return Py.Method(s, "find", args);
            case ("LastIndexOf", 1) when argKinds[0] is CsKind.String or CsKind.Char:
                return Py.Method(s, "rfind", args);
            case ("Contains", 1):
                return Py.Compare(args[0], PyCompareOperator.In, s);
            case ("StartsWith", 1):
                return Py.Method(s, "startswith", args);
            case ("EndsWith", 1):
                return Py.Method(s, "endswith", args);
            case ("ToUpper" or "ToUpperInvariant", 0):
                return Py.Method(s, "upper");
            case ("ToLower" or "ToLowerInvariant", 0):
                return Py.Method(s, "lower");
            case ("Trim" or "TrimStart" or "TrimEnd", _):
                var method = call.Name switch { "Trim" => "strip", "TrimStart" => "lstrip", _ => "rstrip" };
                return call.Count == 0 ? Py.Method(s, method) : Py.Method(s, method, JoinChars(call, args));
            case ("Replace", 2):
                return Py.Method(s, "replace", args);
            case ("ToCharArray", 0):
                return Py.Call("list", s);
            case ("PadLeft", 1 or 2):
                return Py.Method(s, "rjust", args);
            case ("PadRight", 1 or 2):
                return Py.Method(s, "ljust", args);
            case ("Insert", 2):
                return Py.Binary(Py.Binary(new PySubscript(s, new PySlice(null, args[0])), PyBinaryOperator.Add, args[1]), PyBinaryOperator.Add, new PySubscript(s, new PySlice(args[0], null)));
            case ("Remove", 1):
                return new PySubscript(s, new PySlice(null, args[0]));
            case ("Remove", 2):
                return Py.Binary(new PySubscript(s, new PySlice(null, args[0])), PyBinaryOperator.Add, new PySubscript(s, new PySlice(Py.Binary(args[0], PyBinaryOperator.Add, args[1]), null)));
            case ("Equals", 1):
                return Py.Compare(s, PyCompareOperator.Equal, args[0]);
            case ("CompareTo", 1):
                return new PyCall(Helper(CSharpHelpers.Compare), [s, args[0]]);
            case ("ToString", 0):
                return s;
            default:
                return null;
        }
    }

    private static PyExpression JoinChars(LibraryCall call, PyExpression[] args) =>
        args.Length == 1 && args[0] is PyString ? args[0] : args.All(a => a is PyString) ? new PyString(string.Concat(args.Cast<PyString>().Select(a => a.Value))) : Py.Method(new PyString(string.Empty), "join", new PyList(args));

    private PyExpression LowerSplit(LibraryCall call, PyExpression s, CsKind[] argKinds)
    {
        // StringSplitOptions: RemoveEmptyEntries (1) drops empty parts, TrimEntries (2) trims each part first.
        var options = call.Arguments.FirstOrDefault(a => TypeOf(a)?.Name == "StringSplitOptions") is not { } optionSyntax ? 0
            : _model.GetConstantValue(optionSyntax, _cancellationToken).Value is int constant ? constant
            : throw Unsupported(call.Syntax, "Split with options that are not a constant is not translated");
        var removeEmpty = (options & 1) != 0;
        var trim = (options & 2) != 0;
        var separators = call.Arguments.Where((a, i) => argKinds[i] is CsKind.String or CsKind.Char).Select(Lower).ToList();
        if (call.Arguments.FirstOrDefault(a => KindOf(a) == CsKind.Int) is { } countSyntax)
        {
            // s.Split('-', 2): at most n parts, the last holding the rest, as Python's split with n - 1 splits; none for 0.
            if (options != 0 || separators.Count != 1 || separators[0] is PyConstant)
            {
                throw Unsupported(call.Syntax, "Split with a count is translated only on one separator, without options");
            }
            var count = Lower(countSyntax);
            var split = Py.Method(s, "split", separators[0], Py.Plus(count, -1));
            return Py.Literal(count) is { } n ? (n > 0 ? split : new PyList([]))
                : new PyConditional(Py.Compare(count, PyCompareOperator.Greater, Py.Number(0)), split, new PyList([]));
        }
        if (call.Arguments.Count(a => KindOf(a) == CsKind.Array) == 1)
        {
            var array = call.Arguments.First(a => KindOf(a) == CsKind.Array);
            separators = IsNullLiteral(array) ? [] // a null separator array splits on whitespace
                : Lower(array) is PyList list ? [.. list.Items] : throw Unsupported(call.Syntax, "Split on a separator array that is not written out is not translated");
        }
        PyExpression parts;
        if (separators.Count == 0 || separators is [PyConstant { Keyword: "None" }])
        {
            // C# splits on every whitespace character (empty parts kept); Python's split() would merge runs.
            parts = removeEmpty ? Py.Method(s, "split") : Py.Method(ModuleName("re"), "split", new PyString("\\s"), s);
            return parts;
        }
        if (separators.Count == 1)
        {
            parts = Py.Method(s, "split", separators[0]);
        }
        else if (separators.All(p => p is PyString { Value.Length: 1 }))
        {
            // Every separator but a letter or digit is escaped: '-' between two others would make a range.
            var characterClass = "[" + string.Concat(separators.Cast<PyString>().Select(p => char.IsAsciiLetterOrDigit(p.Value[0]) ? p.Value : "\\" + p.Value)) + "]";
            parts = Py.Method(ModuleName("re"), "split", new PyString(characterClass), s);
        }
        else
        {
            throw Unsupported(call.Syntax, "Split on several string separators is not translated");
        }
        if (trim)
        {
            parts = new PyComprehension(Py.Method(Py.Name("part"), "strip"), Py.Name("part"), parts);
        }
        return removeEmpty ? new PyComprehension(Py.Name("part"), Py.Name("part"), parts, Py.Name("part")) : parts;
    }

    private static bool IsNullLiteral(ExpressionSyntax e) => e switch
    {
        CastExpressionSyntax cast => IsNullLiteral(cast.Expression),
        ParenthesizedExpressionSyntax parenthesized => IsNullLiteral(parenthesized.Expression),
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression),
        _ => false,
    };

    private PyExpression? LowerStringStatic(LibraryCall call)
    {
        switch (call.Name)
        {
            case "Join" when call.Count == 2 && KindOf(call.Arguments[1]) != CsKind.String:
                return Py.Method(Lower(call.Arguments[0]), "join", StringItems(call.Arguments[1]));
            case "Join" when call.Count >= 2:
                return Py.Method(Lower(call.Arguments[0]), "join", new PyList([.. call.Arguments.Skip(1).Select(AsString)]));
            case "Concat" when call.Count == 1 && KindOf(call.Arguments[0]) != CsKind.String:
                return Py.Method(new PyString(string.Empty), "join", StringItems(call.Arguments[0]));
            case "Concat":
                return call.Arguments.Select(AsString).Aggregate((a, b) => Py.Binary(a, PyBinaryOperator.Add, b));
            case "IsNullOrEmpty" when call.Count == 1:
                return new PyUnary(PyUnaryOperator.Not, Lower(call.Arguments[0]));
            case "IsNullOrWhiteSpace" when call.Count == 1:
                var value = Lower(call.Arguments[0]);
                return new PyBoolean(new PyUnary(PyUnaryOperator.Not, value), PyBooleanOperator.Or, Py.Method(value, "isspace"));
            case "Format" when call.Count >= 1:
                return CompositeFormat(call.Syntax, call.Arguments[0], call.Arguments.Skip(1).ToList());
            case "Equals" when call.Count == 2:
                return Py.Compare(Lower(call.Arguments[0]), PyCompareOperator.Equal, Lower(call.Arguments[1]));
            case "Compare" or "CompareOrdinal" when call.Count == 5:
                // CompareOrdinal(a, i, b, j, length): the two substrings compared.
                PyExpression Part(int s, int start) => new PySubscript(Lower(call.Arguments[s]), new PySlice(Lower(call.Arguments[start]), Py.Binary(Lower(call.Arguments[start]), PyBinaryOperator.Add, Lower(call.Arguments[4]))));
                return new PyCall(Helper(CSharpHelpers.Compare), [Part(0, 1), Part(2, 3)]);
            case "Compare" or "CompareOrdinal" when call.Count == 2:
                return new PyCall(Helper(CSharpHelpers.Compare), [Lower(call.Arguments[0]), Lower(call.Arguments[1])]);
            default:
                return null;
        }
    }

    /// <summary>The items of a collection as strings, for join: as is when they are strings or chars, else converted.</summary>
    private PyExpression StringItems(ExpressionSyntax collection)
    {
        var type = TypeOf(collection);
        var element = ElementType(type);
        var items = LowerIterable(collection);
        if (Classify(element) is CsKind.String or CsKind.Char)
        {
            return items;
        }
        return new PyComprehension(AsString(Py.Name("item"), element), Py.Name("item"), items, Generator: true);
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0],
        INamedTypeSymbol named => named.AllInterfaces.FirstOrDefault(i => i.Name == "IEnumerable" && i.TypeArguments.Length == 1)?.TypeArguments[0],
        _ => null,
    };

    private PyExpression? LowerCharStatic(LibraryCall call)
    {
        if (call.Count != 1)
        {
            return null;
        }
        var c = LowerCore(call.Arguments[0]);
        if (KindOf(call.Arguments[0]) != CsKind.Char)
        {
            return null;
        }
        return call.Name switch
        {
            "IsDigit" or "IsNumber" => Py.Method(c, "isdigit"),
            "IsLetter" => Py.Method(c, "isalpha"),
            "IsLetterOrDigit" => Py.Method(c, "isalnum"),
            "IsUpper" => Py.Method(c, "isupper"),
            "IsLower" => Py.Method(c, "islower"),
            "IsWhiteSpace" => Py.Method(c, "isspace"),
            "ToUpper" or "ToUpperInvariant" => Py.Method(c, "upper"),
            "ToLower" or "ToLowerInvariant" => Py.Method(c, "lower"),
            "ToString" => c,
            "GetNumericValue" => new PyConditional(Py.Method(c, "isdigit"), Py.Call("float", c), new PyUnary(PyUnaryOperator.Negate, new PyNumber("1.0"))),
            "IsAsciiLetter" => new PyBoolean(Py.Method(c, "isascii"), PyBooleanOperator.And, Py.Method(c, "isalpha")),
            "IsAsciiDigit" => new PyBoolean(Py.Method(c, "isascii"), PyBooleanOperator.And, Py.Method(c, "isdigit")),
            _ => null,
        };
    }

    private PyExpression? LowerCharMethod(LibraryCall call, PyExpression c) => call.Name switch
    {
        "ToString" => c,
        "Equals" => Py.Compare(c, PyCompareOperator.Equal, Lower(call.Arguments[0])),
        _ => null,
    };

    private PyExpression? LowerBuilderMethod(LibraryCall call, PyExpression builder) => (call.Name, call.Count) switch
    {
        ("ToString", 0) => Py.Method(new PyString(string.Empty), "join", builder),
        ("ToString", 2) => Py.Method(new PyString(string.Empty), "join", new PySubscript(builder, new PySlice(Arg(call, 0), Py.Binary(Arg(call, 0), PyBinaryOperator.Add, Arg(call, 1))))),
        ("Append" or "AppendLine" or "AppendJoin" or "AppendFormat" or "Replace", _) when call.ReceiverSyntax is not null && BuilderAsValue(call, builder) is { } chained => chained,
        _ => throw Unsupported(call.Syntax, $"StringBuilder.{call.Name} used as a value is not translated (write it as its own statement)"),
    };

    /// <summary>
    /// <c>sb.Append(a).Append(b).ToString()</c>: each append runs where it stands and the value is the builder,
    /// <c>[sb.extend(a), sb.extend(b), sb][-1]</c>, as Append returns its receiver; a fresh builder is bound first,
    /// <c>[(built := []), built.extend(a), built][-1]</c>.
    /// </summary>
    private PySubscript? BuilderAsValue(LibraryCall call, PyExpression builder)
    {
        var (steps, root) = builder is PySubscript { Value: PyList { Items: [.., var last] } earlier, Index: PyUnary } && IsPlainBuilder(last)
            ? (earlier.Items.Take(earlier.Items.Count - 1).ToList(), last)
            : (new List<PyExpression>(), builder);
        if (builder is PyList or PyCall)
        {
            // new StringBuilder().Append('#', n): the fresh builder is named first, so that each link extends it.
            steps.Add(new PyNamedExpression("built", builder));
            root = Py.Name("built");
        }
        if (!IsPlainBuilder(root))
        {
            return null;
        }
        var step = BuilderStatement(call.Syntax, root) switch
        {
            PyExpressionStatement statement => statement.Expression,
            // sb.Replace(a, b) refills the whole list: as a value, list.__init__ does that (its argument read first).
            PyAssign { Targets: [PySubscript { Index: PySlice { Lower: null, Upper: null } }], Value: var refill } => Py.Method(root, "__init__", refill),
            _ => null,
        };
        if (step is null)
        {
            return null;
        }
        return new PySubscript(new PyList([.. steps, step, root]), new PyUnary(PyUnaryOperator.Negate, Py.Number(1)));
    }

    private static bool IsPlainBuilder(PyExpression builder) => builder is PyName or PyMember { Value: PyName };

    /// <summary>One link of a StringBuilder call chain as a statement on the (list of characters) builder.</summary>
    private PyStatement BuilderStatement(InvocationExpressionSyntax link, PyExpression builder)
    {
        var args = link.ArgumentList.Arguments.Select(a => a.Expression).ToList();
        var name = ((MemberAccessExpressionSyntax)link.Expression).Name.Identifier.ValueText;
        switch (name, args.Count)
        {
            case ("Append", 1) when KindOf(args[0]) == CsKind.Char:
                return new PyExpressionStatement(Py.Method(builder, "append", LowerCore(args[0])));
            case ("Append", 1):
                return new PyExpressionStatement(Py.Method(builder, "extend", AsString(args[0])));
            case ("Append", 2) when KindOf(args[0]) == CsKind.Char:
                return new PyExpressionStatement(Py.Method(builder, "extend", Py.Binary(LowerCore(args[0]), PyBinaryOperator.Multiply, Lower(args[1]))));
            case ("AppendJoin", 2) when KindOf(args[1]) is not (CsKind.String or CsKind.Char):
                var separator = KindOf(args[0]) == CsKind.Char ? LowerCore(args[0]) : Lower(args[0]);
                return new PyExpressionStatement(Py.Method(builder, "extend", Py.Method(separator, "join", StringItems(args[1]))));
            case ("AppendFormat", >= 2) when KindOf(args[0]) == CsKind.String:
                return new PyExpressionStatement(Py.Method(builder, "extend", CompositeFormat(link, args[0], [.. args.Skip(1)])));
            case ("AppendLine", 0):
                return new PyExpressionStatement(Py.Method(builder, "append", new PyString("\n")));
            case ("AppendLine", 1):
                return new PyExpressionStatement(Py.Method(builder, "extend", Py.Binary(AsString(args[0]), PyBinaryOperator.Add, new PyString("\n"))));
            case ("Insert", 2):
                var at = Lower(args[0]);
                return new PyAssign([new PySubscript(builder, new PySlice(at, at))], AsString(args[1]));
            case ("Remove", 2):
                var start = Lower(args[0]);
                return new PyAssign([new PySubscript(builder, new PySlice(start, Py.Binary(start, PyBinaryOperator.Add, Lower(args[1]))))], new PyList([]));
            case ("Clear", 0):
                return new PyExpressionStatement(Py.Method(builder, "clear"));
            case ("Replace", 2):
                var joined = Py.Method(new PyString(string.Empty), "join", builder);
                return new PyAssign([new PySubscript(builder, new PySlice(null, null))], Py.Call("list", Py.Method(joined, "replace", Lower(args[0]), Lower(args[1]))));
            default:
                throw Unsupported(link, $"StringBuilder.{name} is not translated");
        }
    }
}
