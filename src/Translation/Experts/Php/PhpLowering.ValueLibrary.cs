using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Library functions that print or check values: <c>var_export</c>, <c>strtr</c>, <c>filter_var</c> with the
/// validating filters the runtime knows (others are reported by their constant) and <c>array_diff_assoc</c>.
/// </summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerValueLibrary(SyntaxNode node, string name, IReadOnlyList<Lowered> args)
    {
        var all = args.Select(a => a.Expression).ToArray();
        switch (name)
        {
            case "var_export" when args.Count == 1 || args.Count == 2 && args[1].Expression is PyConstant { Keyword: "False" }:
                _before!.Add(Print([new Lowered(Helper("php_var_export", all[0]), PhpType.String)]));
                return new Lowered(PyConstant.None, PhpType.Null);
            case "var_export" when args.Count == 2 && args[1].Expression is PyConstant { Keyword: "True" }:
                return new Lowered(Helper("php_var_export", all[0]), PhpType.String);
            case "var_export":
                throw Unsupported(node, "var_export() whose second argument is not a literal true or false is not translated");
            case "strtr" when args.Count is 2 or 3:
                return new Lowered(Helper("php_strtr", all), PhpType.String);
            case "filter_var" when args.Count is >= 1 and <= 3:
                return new Lowered(Helper("php_filter_var", all), PhpType.Unknown);
            case "array_diff_assoc" when args.Count >= 2:
                return new Lowered(Helper("php_array_diff_assoc", all), PhpType.Unknown);
            default:
                return LowerScanLibrary(node, name, args);
        }
    }

    /// <summary>The names <c>compact</c> is given as string literals (or arrays of them), in order; null when any is computed.</summary>
    private static List<string>? CompactNames(IEnumerable<SyntaxNode> arguments)
    {
        var names = new List<string>();
        foreach (var argument in arguments)
        {
            var value = Unwrap(argument.Type == "argument" ? argument.NamedChildren[^1] : argument);
            if (value.Type == "array_creation_expression" && !IsKeyedLiteral(value))
            {
                if (CompactNames(Named(value).Select(e => e.NamedChildren[^1])) is not { } inner)
                {
                    return null;
                }
                names.AddRange(inner);
            }
            else if (value.Type == "string" && !value.Text.Contains('$', StringComparison.Ordinal) && value.Text.Length >= 2)
            {
                names.Add(value.Text[1..^1]);
            }
            else
            {
                return null;
            }
        }
        return names;
    }

    /// <summary><c>compact('a', 'b')</c>: a keyed array of the variables named; one the scope never assigns is reported.</summary>
    private PyDict Compact(SyntaxNode node, List<string> names)
    {
        var entries = new List<PyDictEntry>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (!_scope.Types.ContainsKey(name) && !_scope.Aliases.ContainsKey(name) && !_parameters.Contains(name) && !_scope.Globals.Contains(name))
            {
                throw Unsupported(node, $"compact() of ${name}, which this scope does not assign (PHP would skip it), is not translated");
            }
            entries.Add(new PyDictEntry(new PyString(name), _scope.Aliases.TryGetValue(name, out var place) ? LowerExpression(place).Expression : new PyName(VariableName(name))));
        }
        return new PyDict(entries);
    }

    /// <summary>The <c>FILTER_*</c> constants whose filters <c>php_filter_var</c> applies; any other filter is reported here.</summary>
    private static Lowered FilterConstant(SyntaxNode node, string name) => name switch
    {
        "FILTER_VALIDATE_INT" => new Lowered(new PyNumber("257"), PhpType.Int),
        "FILTER_VALIDATE_BOOLEAN" or "FILTER_VALIDATE_BOOL" => new Lowered(new PyNumber("258"), PhpType.Int),
        "FILTER_VALIDATE_FLOAT" => new Lowered(new PyNumber("259"), PhpType.Int),
        "FILTER_VALIDATE_EMAIL" => new Lowered(new PyNumber("274"), PhpType.Int),
        "FILTER_DEFAULT" or "FILTER_UNSAFE_RAW" => new Lowered(new PyNumber("516"), PhpType.Int),
        "FILTER_NULL_ON_FAILURE" => new Lowered(new PyNumber("134217728"), PhpType.Int),
        _ => throw Unsupported(node, $"the filter constant {name} is not translated (only FILTER_VALIDATE_INT/FLOAT/BOOL/EMAIL, FILTER_DEFAULT and FILTER_NULL_ON_FAILURE are)"),
    };
}
