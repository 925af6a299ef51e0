using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's strings are bytes: <c>strlen</c>, <c>substr</c>, <c>strpos</c>, <c>$s[$i]</c>, <c>strrev</c>, <c>str_split</c>
/// and <c>ord</c> count UTF-8 bytes, and <c>strtoupper</c>/<c>ucfirst</c> change ASCII letters only. Python's
/// <c>str</c> counts characters, which is the same on ASCII text. So the plain Python forms are kept unless the program
/// may hold text beyond ASCII (a literal with such a character or escape, or text read from outside); then these go
/// through helpers that work on the UTF-8 bytes (<c>PhpRuntime.Bytes.cs</c>). A piece cut through a character keeps
/// its bytes as lone surrogates (<c>surrogateescape</c>), and standard output writes them back as those bytes.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>Whether the program may hold text beyond ASCII, so byte counts and character counts may differ.</summary>
    private bool _bytesMatter;

    private static readonly HashSet<string> OutsideTextFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "fgets", "fgetc", "fread", "file", "file_get_contents", "readline", "stream_get_contents", "fgetcsv", "fscanf",
        "json_decode", "html_entity_decode", "mb_chr", "utf8_encode", "getenv",
    };

    /// <summary>Variables the program hands to <c>strlen</c>, <c>substr</c>, ...: <c>$v[$i]</c> on one of unknown type may be a byte.</summary>
    private readonly HashSet<string> _byteTextVariables = new(StringComparer.Ordinal);

    private void FindNonAsciiText(SyntaxNode program)
    {
        FindByteTextVariables(program);
        _bytesMatter = AllNodes(program).Any(n =>
            n.Type is "string_content" or "string" or "encapsed_string" or "heredoc_body" or "nowdoc_body" or "escape_sequence"
                && (n.Text.Any(c => c > '\x7f') || IsNonAsciiEscape(n.Text))
            || n.Type == "function_call_expression" && n.ChildByField("function") is { } f && OutsideTextFunctions.Contains(ShortName(f.Text)));
    }

    private void FindByteTextVariables(SyntaxNode program)
    {
        foreach (var call in AllNodes(program).Where(n => n.Type == "function_call_expression"
            && n.ChildByField("function")?.Text.ToLowerInvariant() is "strlen" or "substr" or "strrev" or "str_split" or "strpos" or "ord"))
        {
            if (call.ChildByField("arguments") is { NamedChildren: [{ NamedChildren: [{ Type: "variable_name" } variable, ..] }, ..] })
            {
                _byteTextVariables.Add(variable.Text);
            }
        }
    }

    /// <summary><c>\u{e9}</c>, <c>\xc3</c>, <c>\303</c>: escapes that give a byte or character beyond ASCII.</summary>
    private static bool IsNonAsciiEscape(string text) =>
        text.Contains("\\u{", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(text, @"\\x[89a-fA-F][0-9a-fA-F]|\\[23][0-7]{2}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The byte-counting form of a string function, or null where the plain form is kept.</summary>
    private Lowered? LowerByteString(SyntaxNode node, string name, IReadOnlyList<Lowered> args)
    {
        if (!_bytesMatter || args.Count == 0)
        {
            return null;
        }
        if (name is "wordwrap" or "substr_replace")
        {
            Warn(node, $"{name}() counts characters here where PHP counts bytes: text beyond ASCII may come out differently");
            return null;
        }
        var all = args.Select(a => a.Expression).ToArray();
        return name switch
        {
            "strlen" when args.Count == 1 => new Lowered(Helper("php_strlen", all), PhpType.Int),
            "substr" when args.Count is 2 or 3 => new Lowered(Helper("php_substr", all), PhpType.String),
            "strrev" when args.Count == 1 => new Lowered(Helper("php_strrev", all), PhpType.String),
            "str_split" when args.Count is 1 or 2 => new Lowered(Helper("php_str_split", all), PhpType.List),
            "strtoupper" when args.Count == 1 => new Lowered(Helper("php_strtoupper", all), PhpType.String),
            "strtolower" when args.Count == 1 => new Lowered(Helper("php_strtolower", all), PhpType.String),
            "ucfirst" when args.Count == 1 => new Lowered(Helper("php_ucfirst", all), PhpType.String),
            "lcfirst" when args.Count == 1 => new Lowered(Helper("php_lcfirst", all), PhpType.String),
            "strpos" when args.Count is 2 or 3 => new Lowered(Helper("php_bstrpos", all), PhpType.Unknown),
            "strrpos" when args.Count == 2 => new Lowered(Helper("php_bstrrpos", all), PhpType.Unknown),
            "ord" when args.Count == 1 => new Lowered(Helper("php_ord", all), PhpType.Int),
            _ => null,
        };
    }

    /// <summary><c>$s[$i]</c> on a string: the byte at <c>$i</c> where the program may hold text beyond ASCII.</summary>
    private PyExpression StringIndex(PyExpression text, PyExpression key) =>
        _bytesMatter ? Helper("php_byte_at", text, key) : new PySubscript(text, key);

    /// <summary>Whether <c>$v[$i]</c> on a value of unknown type may read a byte of text beyond ASCII.</summary>
    private bool MayIndexText(SyntaxNode container) =>
        _bytesMatter && container.Type == "variable_name" && _byteTextVariables.Contains(container.Text);
}
