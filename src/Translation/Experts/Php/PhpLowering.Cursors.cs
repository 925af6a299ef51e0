using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// The internal array pointer (<c>current</c>/<c>key</c>/<c>next</c>/<c>prev</c>, and <c>reset</c>/<c>end</c> in a
/// program that reads the pointer), <c>vprintf</c>/<c>vsprintf</c>, <c>parse_url</c>, <c>parse_str</c>, <c>http_build_query</c> and
/// <c>gmdate</c>/<c>date</c>/<c>gmmktime</c>/<c>mktime</c>/<c>strtotime</c>, through <c>PhpRuntime.Cursors.cs</c> and <c>PhpRuntime.Web.cs</c>.
/// </summary>
internal sealed partial class PhpLowering
{
    private static readonly string[] PointerReaders = ["current", "pos", "key", "next", "prev"];

    private bool? _readsArrayPointer;

    /// <summary>Whether the program calls PHP's <c>current</c>, <c>key</c>, <c>next</c> or <c>prev</c> (not its own function of that name).</summary>
    private bool ReadsArrayPointer() => _readsArrayPointer ??= _program is { } program && AllNodes(program).Any(n =>
        n.Type == "function_call_expression" && n.ChildByField("function") is { Type: "name" } f
        && PointerReaders.Contains(f.Text.ToLowerInvariant()) && !_functions.ContainsKey(f.Text));

    private Lowered? LowerCursorOrWebLibrary(SyntaxNode node, string name, IReadOnlyList<Lowered> args, SyntaxNode[] argumentNodes)
    {
        var all = args.Select(a => a.Expression).ToArray();
        switch (name)
        {
            case "current" or "pos" when args.Count == 1:
                return new Lowered(Helper("php_current", all), PhpType.Unknown);
            case "next" or "prev" when args.Count == 1:
                return new Lowered(Helper("php_current", all[0], PyNumber.Of(name == "next" ? 1 : -1)), PhpType.Unknown);
            case "reset" or "end" when args.Count == 1 && ReadsArrayPointer():
                Helpers.Add("php_current");
                return new Lowered(new PyCall(new PyName("php_current"), [all[0]], [new PyKeyword("to", PyNumber.Of(name == "end" ? -1 : 0))]), PhpType.Unknown);
            case "key" when args.Count == 1:
                return new Lowered(Helper("php_key_at", all), PhpType.Unknown);
            case "vprintf" or "vsprintf" when args.Count == 2:
                return LowerLibrary(node, name[1..], [args[0], new Lowered(Starred(Helper("php_values", all[1])), PhpType.Unknown)], argumentNodes);
            case "parse_url" when args.Count is 1 or 2:
                return new Lowered(Helper("php_parse_url", all), PhpType.Unknown);
            case "http_build_query" when args.Count is >= 1 and <= 4:
                return new Lowered(Helper("php_http_build_query", all), PhpType.String);
            case "parse_str" when args.Count == 2 && Unwrap(argumentNodes[1].NamedChildren[^1]) is { Type: "variable_name" } result:
                // The second argument is written by reference: the variable is given the parsed array.
                _before!.Add(new PyAssign(Target(result), Helper("php_parse_str", all[0])));
                return new Lowered(PyConstant.None, PhpType.Null);
            case "gmdate" or "date" when args.Count is 1 or 2:
                return new Lowered(Helper("php_gmdate", all), PhpType.String);
            case "gmmktime" or "mktime" when args.Count == 6:
                return new Lowered(Helper("php_gmmktime", all), PhpType.Int);
            case "strtotime" when args.Count == 1:
                return new Lowered(Helper("php_strtotime", all), PhpType.Int);
            default:
                return null;
        }
    }

    /// <summary><c>PHP_URL_*</c> (<c>parse_url</c>'s component) and <c>PHP_QUERY_*</c> (<c>http_build_query</c>'s encoding).</summary>
    private static Lowered? WebConstant(string name)
    {
        var index = Array.IndexOf(["PHP_URL_SCHEME", "PHP_URL_HOST", "PHP_URL_PORT", "PHP_URL_USER", "PHP_URL_PASS", "PHP_URL_PATH", "PHP_URL_QUERY", "PHP_URL_FRAGMENT"], name);
        return index >= 0 ? new Lowered(PyNumber.Of(index), PhpType.Int)
            : name == "PHP_QUERY_RFC1738" ? new Lowered(PyNumber.Of(1), PhpType.Int)
            : name == "PHP_QUERY_RFC3986" ? new Lowered(PyNumber.Of(2), PhpType.Int)
            : null;
    }
}
