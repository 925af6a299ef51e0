using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Scanning text and counting: <c>strtok</c>, <c>sscanf</c> (the array form; filling variables is reported),
/// <c>strrchr</c>, <c>iterator_count</c>, <c>is_infinite</c>/<c>is_nan</c>/<c>is_finite</c> and the <c>(array)</c> cast.
/// </summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerScanLibrary(SyntaxNode node, string name, IReadOnlyList<Lowered> args)
    {
        var all = args.Select(a => a.Expression).ToArray();
        switch (name)
        {
            case "strtok" when args.Count is 1 or 2:
                return new Lowered(Helper("php_strtok", all), PhpType.Unknown);
            case "sscanf" when args.Count == 2:
                return new Lowered(Helper("php_sscanf", all), PhpType.Unknown);
            case "sscanf":
                throw Unsupported(node, "sscanf() filling variables passed by reference is not translated");
            case "strrchr" when args.Count == 2:
                return new Lowered(Helper("php_strrchr", all), PhpType.Unknown);
            case "iterator_count" when args.Count == 1:
                return new Lowered(Helper("php_iterator_count", all), PhpType.Int);
            case "is_infinite" or "is_nan" or "is_finite" when args.Count == 1:
                Imports.Add("math");
                return new Lowered(PyCall.Method(new PyName("math"), name == "is_infinite" ? "isinf" : name == "is_nan" ? "isnan" : "isfinite", all[0]), PhpType.Bool);
            default:
                return LowerMarkupLibrary(node, name, args);
        }
    }

    /// <summary>
    /// <c>(array) $v</c>: an array is copied (PHP's cast gives a copy), a scalar is wrapped, null is empty, an object
    /// gives its properties in declaration order. PHP names a private or protected property <c>"\0Cls\0p"</c> or
    /// <c>"\0*\0p"</c>; the output uses the plain name, so a program with such properties is warned about.
    /// </summary>
    private Lowered LowerArrayCast(SyntaxNode node, Lowered value)
    {
        if (value.Type is PhpType.Object or PhpType.Unknown && _program is { } program && AllNodes(program).Any(IsNonPublicProperty))
        {
            Warn(node, "(array) on an object keys private and protected properties by mangled names in PHP (\\0Cls\\0name); translated with plain names");
        }
        return ArrayCast(value);
    }

    private static bool IsNonPublicProperty(SyntaxNode node) =>
        node.Type is "property_declaration" or "property_promotion_parameter"
        && node.Children.Any(c => c.Type == "visibility_modifier" && c.Text.ToLowerInvariant() is "private" or "protected");

    private Lowered ArrayCast(Lowered value) => value.Type switch
    {
        PhpType.List or PhpType.Dict => new Lowered(CopyCall(value.Expression), value.Type),
        PhpType.Null => new Lowered(new PyList([]), PhpType.List),
        PhpType.Int or PhpType.Float or PhpType.String or PhpType.Bool or PhpType.Number => new Lowered(new PyList([value.Expression]), PhpType.List),
        _ => new Lowered(Helper("php_to_array", value.Expression), PhpType.Unknown),
    };
}
