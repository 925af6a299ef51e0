using System.Text;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// .NET custom numeric formats (<c>0.##</c>, <c>#,##0.00</c>, <c>+0;-0;zero</c>, <c>0.0%</c>), which Python's
/// format mini-language cannot say: each pattern is parsed here into its sections, and <c>cs_format(x, sections)</c>
/// applies them as .NET does: a double is taken to 15 significant digits and rounded half away from zero; a
/// second section formats negative numbers without their sign (one that rounds to zero there takes the first
/// section and a minus, as a single section does), and a third formats zero, also a number that rounds to zero.
/// </summary>
internal static class CSharpNumberFormats
{
    public const string Format = "cs_format";
    public const string Section = "cs_section";

    /// <summary>One section: literal text around the digits, the fewest integer and fraction digits, the most fraction digits, grouping, and a scale (100 for %).</summary>
    public sealed record CustomSection(string Prefix, string Suffix, int MinInteger, int MinFraction, int MaxFraction, bool Grouped, int Scale)
    {
        public PyExpression ToPython() => new PyTuple(
        [
            new PyString(Prefix), new PyString(Suffix), Py.Number(MinInteger), Py.Number(MinFraction), Py.Number(MaxFraction),
            new PyString(Grouped ? "," : string.Empty), Py.Number(Scale),
        ]);
    }

    private static readonly PyName X = new("x");
    private static readonly PyName S = new("s");

    /// <summary>The two Python helpers; they need <c>import decimal</c>.</summary>
    public static IReadOnlyList<PyFunctionDef> Definitions() => [SectionDefinition(), FormatDefinition()];

    /// <summary>
    /// <c>cs_section(x, s)</c>: |x| in section s, and whether it rounded to zero.
    /// <code>
    /// d = decimal.Decimal(format(abs(x) * s[6], ".14e") if isinstance(x, float) else abs(x) * s[6])
    /// whole, _, frac = format(d.quantize(decimal.Decimal(1).scaleb(-s[4]), decimal.ROUND_HALF_UP, decimal.Context(prec=999)), "f").partition(".")
    /// frac = frac.rstrip("0").ljust(s[3], "0")
    /// whole = format(int(whole), "0" + str(s[2]) + s[5] + "d") if s[2] or whole != "0" else ""
    /// return s[0] + whole + ("." + frac if frac else "") + s[1], (whole + frac).strip("0,") == ""
    /// </code>
    /// </summary>
    private static PyFunctionDef SectionDefinition()
    {
        PyExpression Item(int i) => new PySubscript(S, Py.Number(i));
        PyExpression Decimal(string member) => new PyMember(Py.Name("decimal"), member);
        PyExpression Add(params PyExpression[] parts) => parts.Aggregate((a, b) => Py.Binary(a, PyBinaryOperator.Add, b));
        var (d, whole, frac) = (Py.Name("d"), Py.Name("whole"), Py.Name("frac"));
        var scaled = Py.Binary(Py.Call("abs", X), PyBinaryOperator.Multiply, Item(6));
        var quantum = Py.Method(new PyCall(Decimal("Decimal"), [Py.Number(1)]), "scaleb", new PyUnary(PyUnaryOperator.Negate, Item(4)));
        var context = new PyCall(Decimal("Context"), [], [new PyKeyword("prec", Py.Number(999))]);
        var rounded = Py.Call("format", Py.Method(d, "quantize", quantum, Decimal("ROUND_HALF_UP"), context), new PyString("f"));
        return new PyFunctionDef(Section, [new("x"), new("s")],
        [
            new PyAssign([d], new PyCall(Decimal("Decimal"), [new PyConditional(Py.Call("isinstance", X, Py.Name("float")), Py.Call("format", scaled, new PyString(".14e")), scaled)])),
            new PyAssign([new PyTuple([whole, Py.Name("_"), frac])], Py.Method(rounded, "partition", new PyString("."))),
            new PyAssign([frac], Py.Method(Py.Method(frac, "rstrip", new PyString("0")), "ljust", Item(3), new PyString("0"))),
            new PyAssign([whole], new PyConditional(
                new PyBoolean(Item(2), PyBooleanOperator.Or, Py.Compare(whole, PyCompareOperator.NotEqual, new PyString("0"))),
                Py.Call("format", Py.Call("int", whole), Add(new PyString("0"), Py.Call("str", Item(2)), Item(5), new PyString("d"))),
                new PyString(string.Empty))),
            new PyReturn(new PyTuple(
            [
                Add(Item(0), whole, new PyConditional(frac, Add(new PyString("."), frac), new PyString(string.Empty)), Item(1)),
                Py.Compare(Py.Method(Add(whole, frac), "strip", new PyString("0,")), PyCompareOperator.Equal, new PyString(string.Empty)),
            ])),
        ]);
    }

    /// <summary>
    /// <c>cs_format(x, sections)</c>:
    /// <code>
    /// if x != x: return "NaN"
    /// if isinstance(x, float) and math.isinf(x): return "Infinity" if x > 0 else "-Infinity"
    /// text, zero = cs_section(x, sections[0])
    /// if x &lt; 0 or x == 0 and math.copysign(1, x) &lt; 0:   (-0.0 is negative to .NET Core 3.0 and later)
    ///     negative, negative_zero = cs_section(x, sections[1]) if len(sections) > 1 else (text, True)
    ///     if negative_zero:
    ///         text = "-" + text
    ///     else:
    ///         text, zero = negative, False
    /// if zero and len(sections) > 2:
    ///     text = cs_section(x, sections[2])[0]
    /// return text
    /// </code>
    /// </summary>
    private static PyFunctionDef FormatDefinition()
    {
        var (sections, text, zero) = (Py.Name("sections"), Py.Name("text"), Py.Name("zero"));
        PyExpression Apply(int i) => Py.Call(Section, X, new PySubscript(sections, Py.Number(i)));
        var count = Py.Length(sections);
        return new PyFunctionDef(Format, [new("x"), new("sections")],
        [
            // .NET writes the invariant culture's symbols for NaN and the infinities, whatever the pattern.
            new PyIf(Py.Compare(X, PyCompareOperator.NotEqual, X), [new PyReturn(new PyString("NaN"))], []),
            new PyIf(new PyBoolean(Py.Call("isinstance", X, Py.Name("float")), PyBooleanOperator.And, Py.Call("math.isinf", X)),
                [new PyReturn(new PyConditional(Py.Compare(X, PyCompareOperator.Greater, Py.Number(0)), new PyString("Infinity"), new PyString("-Infinity")))], []),
            new PyAssign([new PyTuple([text, zero])], Apply(0)),
            new PyIf(new PyBoolean(Py.Compare(X, PyCompareOperator.Less, Py.Number(0)), PyBooleanOperator.Or,
                new PyBoolean(Py.Compare(X, PyCompareOperator.Equal, Py.Number(0)), PyBooleanOperator.And,
                    Py.Compare(Py.Call("math.copysign", Py.Number(1), X), PyCompareOperator.Less, Py.Number(0)))),
            [
                new PyAssign([new PyTuple([Py.Name("negative"), Py.Name("negative_zero")])],
                    new PyConditional(Py.Compare(count, PyCompareOperator.Greater, Py.Number(1)), Apply(1), new PyTuple([text, PyConstant.True]))),
                new PyIf(Py.Name("negative_zero"),
                    [new PyAssign([text], Py.Binary(new PyString("-"), PyBinaryOperator.Add, text))],
                    [new PyAssign([new PyTuple([text, zero])], new PyTuple([Py.Name("negative"), PyConstant.False]))]),
            ], []),
            new PyIf(new PyBoolean(zero, PyBooleanOperator.And, Py.Compare(count, PyCompareOperator.Greater, Py.Number(2))),
                [new PyAssign([text], new PySubscript(Apply(2), Py.Number(0)))], []),
            new PyReturn(text),
        ]);
    }

    /// <summary>The sections of a custom numeric format, or null where it uses what is not translated (exponents, digits mixed with literals, scaling commas).</summary>
    public static IReadOnlyList<CustomSection>? Parse(string pattern)
    {
        var sections = SplitSections(pattern);
        if (sections is null or { Count: > 3 })
        {
            return null;
        }
        var parsed = sections.Select((s, i) => i == 2 && s.IndexOfAny(['0', '#']) < 0 ? LiteralSection(s) : ParseSection(s)).ToList();
        return parsed.Any(s => s is null) ? null : [.. parsed.OfType<CustomSection>()];
    }

    /// <summary>A zero section without digits (<c>0;-0;zero</c>): its text alone, which cs_section gives for a number that rounds to zero.</summary>
    private static CustomSection? LiteralSection(string section) => Unquote(section) is { } text ? new CustomSection(text, string.Empty, 0, 0, 0, false, 1) : null;

    private static CustomSection? ParseSection(string section)
    {
        var first = section.IndexOfAny(['0', '#']);
        var last = section.LastIndexOfAny(['0', '#']);
        if (first < 0)
        {
            return null;
        }
        var digits = section[first..(last + 1)];
        var prefix = Unquote(section[..first]);
        var suffix = Unquote(section[(last + 1)..]);
        if (prefix is null || suffix is null || digits.Any(c => c is not ('0' or '#' or ',' or '.')) || digits.Count(c => c == '.') > 1)
        {
            return null; // digits mixed with literals, or an exponent (0.00E+00)
        }
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? digits : digits[..point];
        if (integer.EndsWith(','))
        {
            return null; // a comma before the point scales by 1000
        }
        var integerDigits = integer.Replace(",", string.Empty, StringComparison.Ordinal);
        var fraction = point < 0 ? string.Empty : digits[(point + 1)..].Replace(",", string.Empty, StringComparison.Ordinal);
        var firstZero = integerDigits.IndexOf('0', StringComparison.Ordinal);
        var literals = prefix + suffix;
        var scale = literals.Contains('%', StringComparison.Ordinal) ? 100 : literals.Contains('‰', StringComparison.Ordinal) ? 1000 : 1;
        return new CustomSection(prefix, suffix, firstZero < 0 ? 0 : integerDigits.Length - firstZero, fraction.LastIndexOf('0') + 1, fraction.Length,
            integer.Contains(',', StringComparison.Ordinal), scale);
    }

    /// <summary>Splits at the semicolons outside quotes; null for an empty section (which .NET fills from the first).</summary>
    private static List<string>? SplitSections(string pattern)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (quote is null && c == ';')
            {
                sections.Add(current.ToString());
                current.Clear();
                continue;
            }
            if (c == '\\' && quote is null && i + 1 < pattern.Length)
            {
                current.Append(c).Append(pattern[++i]);
                continue;
            }
            quote = c is '\'' or '"' ? (quote == c ? null : quote ?? c) : quote;
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections.Any(s => s.Length == 0) ? null : sections;
    }

    /// <summary>Literal text: quotes and backslashes removed; null where a digit placeholder or point hides in it unquoted.</summary>
    private static string? Unquote(string text)
    {
        var result = new StringBuilder();
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is null && c == '\\' && i + 1 < text.Length)
            {
                result.Append(text[++i]);
            }
            else if (c is '\'' or '"' && (quote is null || quote == c))
            {
                quote = quote is null ? c : null;
            }
            else if (quote is null && c is '.' or ',')
            {
                return null;
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
