using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Library functions whose result keeps PHP's keys (or that work on keyed arrays and objects alike), through the
/// helpers of <see cref="PhpRuntime"/>: <c>array_filter</c>/<c>array_map</c>/<c>array_slice</c>/<c>array_unique</c>
/// on arrays not known to be lists, <c>array_column</c>, <c>array_walk</c>, <c>array_intersect</c>, <c>array_pad</c>,
/// <c>reset</c>/<c>end</c>, <c>explode</c> with a limit, <c>str_word_count</c>, <c>count_chars</c> and URL encoding.
/// </summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerKeyedLibrary(SyntaxNode node, string name, IReadOnlyList<Lowered> args, SyntaxNode[] argumentNodes)
    {
        PyExpression A(int i) => i < args.Count ? args[i].Expression : throw Unsupported(node, $"{name}() needs more arguments");
        var all = args.Select(a => a.Expression).ToArray();
        PyExpression CallbackAt(int i) => Unwrap(argumentNodes[i].NamedChildren[^1]).Type == "null" ? PyConstant.None : Callable(argumentNodes[i], args[i]);
        if (LowerCursorOrWebLibrary(node, name, args, argumentNodes) is { } pointerOrWeb)
        {
            return pointerOrWeb;
        }
        switch (name)
        {
            case "array_filter" when args.Count is >= 1 and <= 3:
                return new Lowered(Helper("php_array_filter", [A(0), .. args.Count > 1 ? [CallbackAt(1)] : Array.Empty<PyExpression>(), .. all.Skip(2)]), PhpType.Unknown);
            case "array_map" when args.Count >= 2:
                return new Lowered(Helper("php_array_map", [CallbackAt(0), .. all.Skip(1)]), args.Count > 2 ? PhpType.List : PhpType.Unknown);
            case "array_slice" when args.Count is >= 2 and <= 4:
                return new Lowered(Helper("php_array_slice", all), PhpType.Unknown);
            case "array_unique" when args.Count == 1:
                return new Lowered(Helper("php_array_unique", A(0)), PhpType.Unknown);
            case "array_column" when args.Count is 2 or 3:
                return new Lowered(Helper("php_array_column", all), args.Count == 2 || args[2].Expression is PyConstant { Keyword: "None" } ? PhpType.List : PhpType.Dict);
            case "array_walk" when args.Count == 2:
                return new Lowered(Helper("php_array_walk", A(0), Callable(argumentNodes[1], args[1]), PyConstant.Of(WalkCallbackTakesKey(node, argumentNodes[1]))), PhpType.Bool);
            case "array_intersect" when args.Count >= 2:
                return new Lowered(Helper("php_array_intersect", all), PhpType.Unknown);
            case "array_pad" when args.Count == 3:
                return new Lowered(Helper("php_array_pad", all), PhpType.List);
            case "reset" when args.Count == 1:
                return new Lowered(PyCall.Of("next", PyCall.Of("iter", Helper("php_values", A(0))), PyConstant.False), PhpType.Unknown);
            case "end" when args.Count == 1:
                return new Lowered(new PyConditional(A(0), new PySubscript(Helper("php_values", A(0)), new PyNumber("-1")), PyConstant.False), PhpType.Unknown);
            case "explode" when args.Count == 3:
                return new Lowered(Helper("php_explode", all), PhpType.List);
            case "str_word_count" when args.Count == 1:
                return new Lowered(Helper("php_str_word_count", A(0)), PhpType.Int);
            case "count_chars" when args.Count == 2:
                return new Lowered(Helper("php_count_chars", all), PhpType.Dict);
            case "urlencode" or "rawurlencode" when args.Count == 1:
                return new Lowered(Helper("php_urlencode", A(0), PyConstant.Of(name == "rawurlencode")), PhpType.String);
            case "urldecode" or "rawurldecode" when args.Count == 1:
                Imports.Add("urllib.parse");
                return new Lowered(PyCall.Method(new PyMember(new PyName("urllib"), "parse"), name == "urldecode" ? "unquote_plus" : "unquote", A(0)), PhpType.String);
            case "array_diff" or "array_diff_key" or "array_intersect_key" when args.Count >= 2:
                return new Lowered(Helper("php_" + name, all), PhpType.Unknown);
            case "array_chunk" when args.Count is 2 or 3:
                return new Lowered(Helper("php_array_chunk", all), PhpType.List);
            case "array_splice" when args.Count is >= 2 and <= 4:
                return new Lowered(Helper("php_array_splice", all), PhpType.Unknown);
            case "array_keys" when args.Count is 2 or 3:
                return new Lowered(Helper("php_array_keys_of", all), PhpType.List);
            case "iterator_to_array" when args.Count is 1 or 2:
                return new Lowered(Helper("php_iterator_to_array", all), PhpType.Unknown);
            case "array_key_last" when args.Count == 1:
                return new Lowered(PyCall.Of("next", PyCall.Of("reversed", Helper("php_keys", A(0))), PyConstant.None), PhpType.Unknown);
            case "wordwrap" when args.Count is >= 1 and <= 4:
                return new Lowered(Helper("php_wordwrap", all), PhpType.String);
            case "str_getcsv" when args.Count is >= 1 and <= 4:
                return new Lowered(Helper("php_str_getcsv", all), PhpType.List);
            case "str_replace" when args.Count == 3:
                return new Lowered(Helper("php_str_replace", all), args[2].Type == PhpType.String ? PhpType.String : PhpType.Unknown);
            case "json_encode" when args.Count is >= 1 and <= 3:
                return new Lowered(Helper("php_json_encode", all), PhpType.Unknown);
            case "array_multisort" when args.Count >= 1:
                // The arrays are rearranged in place; SORT_NUMERIC/SORT_STRING/SORT_NATURAL would compare otherwise.
                foreach (var flag in argumentNodes.Select(a => Unwrap(a.NamedChildren[^1])).Where(a => a.Type == "name" && a.Text is not ("SORT_ASC" or "SORT_DESC" or "SORT_REGULAR")))
                {
                    throw Unsupported(flag, $"array_multisort() with {flag.Text} is not translated");
                }
                return new Lowered(Helper("php_array_multisort", all), PhpType.Bool);
            case "array_merge_recursive" when args.Count >= 1:
                return new Lowered(Helper("php_array_merge_recursive", all), PhpType.Unknown);
            case "metaphone" when args.Count is 1 or 2:
            case "soundex" when args.Count == 1:
                return new Lowered(Helper("php_" + name, all), PhpType.String);
            case "levenshtein" when args.Count is 2 or 5:
            case "similar_text" when args.Count == 2:
                return new Lowered(Helper("php_" + name, all), PhpType.Int);
            case "similar_text" when args.Count == 3 && Unwrap(argumentNodes[2].NamedChildren[^1]) is { Type: "variable_name" } percent && _before is not null:
                // The percentage goes into the variable passed by reference.
                _before.Add(new PyAssign(LowerExpression(percent).Expression, Helper("php_similar_percent", A(0), A(1))));
                return new Lowered(Helper("php_similar_text", A(0), A(1)), PhpType.Int);
            case "constant" when args.Count == 1:
                return new Lowered(Helper("php_constant", all), PhpType.Unknown);
            default:
                return LowerValueLibrary(node, name, args);
        }
    }

    /// <summary>Whether <c>array_walk</c>'s callback takes the key too; a callback that changes the value by reference is reported.</summary>
    private static bool WalkCallbackTakesKey(SyntaxNode node, SyntaxNode argument)
    {
        var callback = Unwrap(argument.NamedChildren[^1]);
        if (callback.Type is not ("anonymous_function" or "arrow_function") || callback.ChildByField("parameters") is not { } parameters)
        {
            throw Unsupported(node, "array_walk() with a callback other than a closure is not translated");
        }
        var list = Named(parameters).ToArray();
        if (list.Length > 0 && (list[0].ChildByField("reference_modifier") is not null || list[0].Text.Contains('&', StringComparison.Ordinal)))
        {
            throw Unsupported(node, "array_walk() with a callback that takes the value by reference is not translated");
        }
        return list.Length >= 2;
    }

    /// <summary>The variables whose arrays <c>array_multisort</c> rearranges in place: every array argument.</summary>
    private static IEnumerable<string> MultisortArrays(SyntaxNode arguments) =>
        arguments.NamedChildren.Where(a => a.NamedChildCount > 0).Select(a => BaseVariable(Unwrap(a.NamedChildren[^1]))).OfType<string>();
}
