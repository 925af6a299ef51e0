using System.Text;
using System.Text.RegularExpressions;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Python.Validation;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// One PHP translation: parse (a snippet without <c>&lt;?php</c> is read as PHP code, and warning spans are
/// shifted back), lower, print the imports and the PHP helpers the output calls, and check that the result parses.
/// </summary>
internal static partial class PhpPythonTranslation
{
    [GeneratedRegex(@"^\s*(?:(?:public|private|protected|static|abstract|final)\s+)+function\b")]
    private static partial Regex MethodSnippet();

    private const string OpenTag = "<?php\n";

    public static TranslationResult Translate(TranslationRequest request, string translator, CancellationToken cancellationToken)
    {
        using var parsers = new ParserPool();
        var wrapped = !request.Source.Contains("<?", StringComparison.Ordinal);
        var source = wrapped ? OpenTag + request.Source : request.Source;
        var shift = wrapped ? 1 : 0;
        if (wrapped && MethodSnippet().IsMatch(request.Source))
        {
            // A method selected in an editor (public function ...) is read inside a class of its own.
            source = OpenTag + "class Snippet {\n" + request.Source + "\n}\n";
            shift = 2;
        }
        using var tree = parsers.Parse(Language.Php.Grammar, SourceText.FromString(source), cancellationToken);
        var lowering = new PhpLowering(cancellationToken);
        foreach (var error in tree.FindErrors(limit: 5))
        {
            lowering.Warn(error, "the PHP source has a syntax error here; the translation may be incomplete");
        }
        var body = lowering.LowerProgram(tree.Root);
        var printed = PythonPrinter.Print(new PyModule([], body));
        // A helper asked for and then rewritten away (php_mod in a test against zero) is not emitted.
        var used = lowering.Helpers.Where(h => Regex.IsMatch(printed, $@"\b{h}\b"));
        var (helpers, helperImports) = PhpRuntime.Resolve(used);
        var imports = lowering.Imports.Concat(helperImports).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var text = new StringBuilder();
        foreach (var module in imports)
        {
            text.Append("import ").Append(module).Append('\n');
        }
        foreach (var helper in helpers)
        {
            text.Append(text.Length > 0 ? "\n\n" : "").Append(helper);
        }
        text.Append(text.Length > 0 && printed.Length > 0 ? "\n\n" : "").Append(printed);
        var output = text.ToString();
        var fragments = new PythonSyntaxValidator(parsers).EnsureValid(output, translator, FragmentSites.Find(tree), cancellationToken);
        TranslationWarning[] warnings = SnippetWarnings.InSourceOrder([.. lowering.Warnings, .. fragments], shift);
        return new TranslationResult(output, Language.Php, request.Target, translator, warnings);
    }
}
