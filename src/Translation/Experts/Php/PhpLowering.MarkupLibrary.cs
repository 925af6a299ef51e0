using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Text for people and for markup (<c>mb_strwidth</c>, <c>mb_strimwidth</c>, <c>basename</c>,
/// <c>htmlspecialchars</c> and its <c>ENT_*</c> flags, <c>strip_tags</c>, <c>html_entity_decode</c>) and plain objects (<c>stdClass</c>, the <c>(object)</c> cast,
/// <c>is_object</c>, <c>ReflectionClass</c>), from <c>PhpRuntime.Markup.cs</c> and <c>PhpRuntime.Objects.cs</c>.
/// </summary>
internal sealed partial class PhpLowering
{
    private static readonly string[] ObjectClasses = ["stdClass", "ReflectionClass"];

    /// <summary>The runtime's name for one of PHP's library classes the output defines, or null.</summary>
    private string? LibraryClassName(string name) =>
        DateClassName(name) ?? (_declaredClasses.Contains(name) ? null
            : ObjectClasses.Concat(SplClasses).FirstOrDefault(c => c.Equals(name, StringComparison.OrdinalIgnoreCase)));

    private Lowered LowerMarkupLibrary(SyntaxNode node, string name, IReadOnlyList<Lowered> args)
    {
        var all = args.Select(a => a.Expression).ToArray();
        switch (name)
        {
            case "mb_strwidth" when args.Count == 1 || args.Count == 2 && IsUtf8(args[1]):
                return new Lowered(Helper("php_mb_strwidth", all[0]), PhpType.Int);
            case "mb_strimwidth" when args.Count is 3 or 4 || args.Count == 5 && IsUtf8(args[4]):
                return new Lowered(Helper("php_mb_strimwidth", all.Take(4).ToArray()), PhpType.String);
            case "basename" when args.Count is 1 or 2:
                return new Lowered(Helper("php_basename", all), PhpType.String);
            case "htmlspecialchars" when args.Count is >= 1 and <= 4:
                return new Lowered(Helper("php_htmlspecialchars", all), PhpType.String);
            case "strip_tags" when args.Count is 1 or 2:
                return new Lowered(Helper("php_strip_tags", all), PhpType.String);
            case "html_entity_decode" when args.Count is 1 or 2 || args.Count == 3 && IsUtf8(args[2]):
                return new Lowered(Helper("php_html_entity_decode", all.Take(2).ToArray()), PhpType.String);
            case "is_object" when args.Count == 1:
                return new Lowered(Helper("php_is_object", all), PhpType.Bool);
            default:
                throw Unsupported(node, $"PHP's {name}() is not translated");
        }
    }

    /// <summary>Python's strings are Unicode, so only UTF-8 (the default) is kept as PHP's multibyte functions read it.</summary>
    private static bool IsUtf8(Lowered encoding) =>
        encoding.Expression is PyString { Value: var text } && text.Replace("-", "", StringComparison.Ordinal).Equals("UTF8", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>ENT_*</c> flags of <c>htmlspecialchars</c>, with PHP's values.</summary>
    private static Lowered EntityConstant(SyntaxNode node, string name) => name switch
    {
        "ENT_NOQUOTES" or "ENT_HTML401" => new Lowered(new PyNumber("0"), PhpType.Int),
        "ENT_COMPAT" => new Lowered(new PyNumber("2"), PhpType.Int),
        "ENT_QUOTES" => new Lowered(new PyNumber("3"), PhpType.Int),
        "ENT_SUBSTITUTE" => new Lowered(new PyNumber("8"), PhpType.Int),
        "ENT_XML1" => new Lowered(new PyNumber("16"), PhpType.Int),
        "ENT_XHTML" => new Lowered(new PyNumber("32"), PhpType.Int),
        "ENT_HTML5" => new Lowered(new PyNumber("48"), PhpType.Int),
        _ => throw Unsupported(node, $"the constant {name} is not translated"),
    };

    /// <summary><c>(object) $v</c>: array keys become properties spelled as reads of <c>$o-&gt;$key</c> spell them.</summary>
    private Lowered LowerObjectCast(Lowered value) => new(Helper("php_to_object", value.Expression, RenamedProperties()), PhpType.Object);

    /// <summary>The property names that get a trailing underscore (named like a method), for names read at run time.</summary>
    private PyTuple RenamedProperties() => new([.. _shadowingProperties.Order(StringComparer.Ordinal).Select(n => (PyExpression)new PyString(n))]);
}
