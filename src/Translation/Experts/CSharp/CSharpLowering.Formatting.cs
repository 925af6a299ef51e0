using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Interpolated strings and composite formats (string.Format, Console.WriteLine("{0}", x)) as str.format, with alignment and the F, N, D, X and 0.00 specifiers mapped; P and custom patterns are formatted into the text first.</summary>
internal sealed partial class CSharpLowering
{
    private PyExpression LowerInterpolated(InterpolatedStringExpressionSyntax interpolated)
    {
        var format = new StringBuilder();
        var arguments = new List<PyExpression>();
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax text:
                    // The token keeps C#'s doubled braces; a lone brace cannot occur in it, so undoubling is exact.
                    var literal = text.TextToken.ValueText.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
                    format.Append(literal.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                    break;
                case InterpolationSyntax hole:
                    var csSpec = hole.FormatClause?.FormatStringToken.ValueText;
                    var alignment = hole.AlignmentClause is { } a ? _model.GetConstantValue(a.Value, _cancellationToken).Value as int? : null;
                    AppendHole(format, arguments, hole.Expression, csSpec, alignment, index: null, hole);
                    break;
            }
        }
        if (arguments.Count == 0)
        {
            return new PyString(format.ToString().Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal));
        }
        return Py.Method(new PyString(format.ToString()), "format", [.. arguments]);
    }

    private void AppendHole(StringBuilder format, List<PyExpression> arguments, ExpressionSyntax value, string? csSpec, int? alignment, int? index, SyntaxNode where)
    {
        if (csSpec is not null && IsDateOnly(TypeOf(value)))
        {
            // A date's custom or standard format is its text, then aligned.
            csSpec = index is null ? csSpec : throw Unsupported(where, "a date format in a composite format is not translated");
            arguments.Add(DateText(Lower(value), csSpec, where));
            var dateAlign = alignment switch { > 0 => ":>" + alignment, < 0 => ":<" + -alignment, _ => string.Empty };
            format.Append('{').Append(dateAlign).Append('}');
            return;
        }
        if (IsPlainText(csSpec, TypeOf(value)))
        {
            csSpec = null;
        }
        var custom = csSpec is not null && PythonSpec(value, csSpec) is null;
        if (custom && !HasNumberFormatTranslation(csSpec!, TypeOf(value)))
        {
            throw Unsupported(where, $"the format specifier '{csSpec}' is not translated");
        }
        var spec = csSpec is null || custom ? string.Empty : FormatSpecText(csSpec)!;
        if (alignment is { } width && spec.Length > 0 && char.IsDigit(spec[0]))
        {
            throw Unsupported(where, "an alignment combined with zero padding is not translated");
        }
        var align = alignment switch { > 0 => ">" + alignment, < 0 => "<" + -alignment, _ => string.Empty };
        if (index is null)
        {
            arguments.Add(custom ? FormattedNumber(csSpec!, Lower(value)) : csSpec is null ? AsStringForFormat(value, aligned: align.Length > 0) : RoundedForFormat(value, csSpec, Lower(value)));
        }
        format.Append('{').Append(index?.ToString(CultureInfo.InvariantCulture)).Append(align.Length + spec.Length > 0 ? ":" + align + spec : string.Empty).Append('}');
    }

    /// <summary>A value in a format hole without specifier: converted only where Python's str would differ from C#.</summary>
    private PyExpression AsStringForFormat(ExpressionSyntax e, bool aligned = false)
    {
        var type = TypeOf(e);
        var kind = Classify(type);
        // Aligned, Python formats a bool as the int it is and refuses an object: both are converted first.
        return kind is CsKind.Float or CsKind.Enum or CsKind.StringBuilder or CsKind.Date or CsKind.Tuple || aligned && kind is not (CsKind.String or CsKind.Char or CsKind.Int)
            || IsRegexType(type, "Match")
            ? AsString(Lower(e), type) : Lower(e);
    }

    /// <summary><c>string.Format("{0} is {1:F2}", a, b)</c> and Console.WriteLine's composite form, as <c>str.format</c>.</summary>
    private PyExpression CompositeFormat(SyntaxNode where, ExpressionSyntax formatSyntax, List<ExpressionSyntax> values)
    {
        if (_model.GetConstantValue(formatSyntax, _cancellationToken).Value is not string csFormat)
        {
            throw Unsupported(where, "a composite format that is not a constant string is not translated");
        }
        if (values.Count == 1 && KindOf(values[0]) == CsKind.Array && TypeOf(values[0]) is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object })
        {
            throw Unsupported(where, "format arguments passed as an object[] are not translated");
        }
        var format = new StringBuilder();
        var holes = new List<(int Index, string? Spec, bool Aligned)>();
        var formatted = new List<(int Index, string Spec)>(); // custom-formatted holes, each passed as an argument of its own
        var i = 0;
        while (i < csFormat.Length)
        {
            var c = csFormat[i];
            if (c == '{' && i + 1 < csFormat.Length && csFormat[i + 1] == '{')
            {
                format.Append("{{");
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < csFormat.Length && csFormat[i + 1] == '}')
            {
                format.Append("}}");
                i += 2;
                continue;
            }
            if (c == '{')
            {
                var end = csFormat.IndexOf('}', i);
                if (end < 0)
                {
                    throw Unsupported(where, "the composite format string is malformed");
                }
                var item = csFormat[(i + 1)..end];
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                var spec = colon >= 0 ? item[(colon + 1)..] : null;
                var head = colon >= 0 ? item[..colon] : item;
                var comma = head.IndexOf(',', StringComparison.Ordinal);
                int? alignment = comma >= 0 ? int.Parse(head[(comma + 1)..].Trim(), CultureInfo.InvariantCulture) : null;
                var index = int.Parse(comma >= 0 ? head[..comma].Trim() : head.Trim(), CultureInfo.InvariantCulture);
                if (index >= values.Count)
                {
                    throw Unsupported(where, $"the format item {{{index}}} has no argument");
                }
                if (spec is not null && !IsPlainText(spec, TypeOf(values[index])) && PythonSpec(values[index], spec) is null)
                {
                    formatted.Add((index, spec));
                    AppendHole(format, [], values[index], spec, alignment, values.Count + formatted.Count - 1, where);
                }
                else
                {
                    holes.Add((index, IsPlainText(spec, TypeOf(values[index])) ? null : spec, alignment is not null));
                    AppendHole(format, [], values[index], spec, alignment, index, where);
                }
                i = end + 1;
                continue;
            }
            format.Append(c);
            i++;
        }
        var arguments = values.Select((v, index) => CompositeArgument(where, v, [.. holes.Where(h => h.Index == index)], formatted.Any(f => f.Index == index))).ToList();
        arguments.AddRange(formatted.Select(f => FormattedNumber(f.Spec, Lower(values[f.Index]))));
        if (holes.Count + formatted.Count == 0)
        {
            return new PyString(csFormat.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal));
        }
        return Py.Method(new PyString(format.ToString()), "format", [.. arguments]);
    }

    /// <summary>
    /// The value a composite format passes for one index in its plain and standard holes; None where only
    /// custom-formatted holes show it (they get arguments of their own), so that it is evaluated once.
    /// </summary>
    private PyExpression CompositeArgument(SyntaxNode where, ExpressionSyntax value, List<(int Index, string? Spec, bool Aligned)> holes, bool alsoFormatted)
    {
        if (holes.Count == 0 && alsoFormatted)
        {
            return PyConstant.None;
        }
        var argument = holes.All(h => h.Spec is null) ? AsStringForFormat(value, holes.Any(h => h.Aligned))
            : holes.Select(h => h.Spec).Distinct().Count() == 1 ? RoundedForFormat(value, holes[0].Spec, Lower(value)) : Lower(value);
        return !alsoFormatted || value is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or ThisExpressionSyntax }
            ? argument
            : throw Unsupported(where, "a format argument computed by an expression and shown both with a custom format and another is not translated");
    }

    private static bool HasNumberFormatTranslation(string spec, ITypeSymbol? type) =>
        PercentFormat().IsMatch(spec) || CSharpNumberFormats.Parse(spec) is not null
        || IsBinaryFloat(type) && FormatSpecText(spec) is not null
        || ExponentFormat().IsMatch(spec) && !IsDecimal(type); // a decimal's E rounds half away from zero, Python's half to even

    /// <summary>
    /// A number shown with a format Python's format spec cannot say, as the text: <c>P1</c> (the percentage with
    /// group separators and " %", as the invariant culture writes it, rounded from the exact value as .NET does),
    /// <c>E3</c> (three exponent digits), a custom pattern (<c>0.##</c>, <c>+0;-0;0</c>), or any format of a double
    /// (whose NaN and infinities .NET writes as words whatever the format).
    /// </summary>
    private PyExpression FormattedNumber(string spec, PyExpression value)
    {
        if (PercentFormat().Match(spec) is { Success: true } percent)
        {
            var digits = percent.Groups[1].Value is { Length: > 0 } d ? d : "2";
            return new PyCall(Helper(CSharpHelpers.Percent), [value, Py.Number(int.Parse(digits, CultureInfo.InvariantCulture))]);
        }
        if (ExponentFormat().Match(spec) is { Success: true } exponent)
        {
            var digits = exponent.Groups[1].Value is { Length: > 0 } d ? d : "6";
            return new PyCall(Helper(CSharpHelpers.NumberText), [value, new PyString("." + digits + spec[0])]);
        }
        if (!SimpleCustomFormat().IsMatch(spec) && FormatSpecText(spec) is { } pythonSpec)
        {
            return new PyCall(Helper(CSharpHelpers.NumberText), [value, new PyString(pythonSpec)]);
        }
        var sections = CSharpNumberFormats.Parse(spec) ?? throw new InvalidOperationException($"No translation for the format '{spec}'.");
        return new PyCall(Helper(CSharpNumberFormats.Format), [value, new PyList([.. sections.Select(s => s.ToPython())])]);
    }

    /// <summary>
    /// A format that writes what ToString() writes: none, <c>G</c> without a precision, and a double's <c>R</c>
    /// (since .NET Core 3.0 its shortest round-trip text).
    /// </summary>
    private static bool IsPlainText(string? spec, ITypeSymbol? type) => spec is null or "" or "G" || spec is "R" or "r" && IsBinaryFloat(type);

    /// <summary>
    /// The Python format spec a hole passes to str.format, or null where the text is computed first: every format of
    /// a double or float (NaN and the infinities), and the formats Python's spec cannot say.
    /// </summary>
    private string? PythonSpec(ExpressionSyntax value, string csSpec) => IsBinaryFloat(TypeOf(value)) ? null : FormatSpecText(csSpec);

    /// <summary><c>x.ToString(format)</c> of a number.</summary>
    private PyExpression NumberToString(LibraryCall call, PyExpression receiver, ITypeSymbol? receiverType)
    {
        var csSpec = _model.GetConstantValue(call.Arguments[0], _cancellationToken).Value as string;
        if (csSpec is not null && IsPlainText(csSpec, receiverType))
        {
            return AsString(receiver, receiverType);
        }
        if (csSpec is not null && !IsBinaryFloat(receiverType) && FormatSpecText(csSpec) is { } spec)
        {
            return Py.Call("format", call.ReceiverSyntax is null ? receiver : RoundedForFormat(call.ReceiverSyntax, csSpec, receiver), new PyString(spec));
        }
        return csSpec is not null && HasNumberFormatTranslation(csSpec, receiverType)
            ? FormattedNumber(csSpec, receiver)
            : throw Unsupported(call.Syntax, $"the number format {call.Arguments[0]} is not translated");
    }

    private static bool IsBinaryFloat(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? IsBinaryFloat(nullable.TypeArguments[0])
            : type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    [GeneratedRegex("^[Pp]([0-9]{0,2})$")]
    private static partial Regex PercentFormat();

    [GeneratedRegex("^[Ee]([0-9]{0,2})$")]
    private static partial Regex ExponentFormat();

    [GeneratedRegex("^0(\\.0+)?$")]
    private static partial Regex SimpleCustomFormat();

    /// <summary>A C# standard or simple custom numeric format as a Python format spec; null when it has none.</summary>
    private static string? FormatSpecText(string spec)
    {
        if (spec.Length == 0)
        {
            return string.Empty;
        }
        if (SimpleCustomFormat().IsMatch(spec))
        {
            return "." + (spec.Length > 1 ? spec.Length - 2 : 0).ToString(CultureInfo.InvariantCulture) + "f";
        }
        var letter = char.ToUpperInvariant(spec[0]);
        var digits = spec.Length > 1 && int.TryParse(spec[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
        if (spec.Length > 1 && digits is null)
        {
            return null;
        }
        return letter switch
        {
            'F' => "." + (digits ?? 2).ToString(CultureInfo.InvariantCulture) + "f",
            'N' => ",." + (digits ?? 2).ToString(CultureInfo.InvariantCulture) + "f",
            'D' => digits is { } n ? "0" + n.ToString(CultureInfo.InvariantCulture) + "d" : "d",
            'X' => (digits is { } w ? "0" + w.ToString(CultureInfo.InvariantCulture) : string.Empty) + (spec[0] == 'x' ? "x" : "X"),
            _ => null,
        };
    }
}
