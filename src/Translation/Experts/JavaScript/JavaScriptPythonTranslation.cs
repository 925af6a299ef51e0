using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Python.Validation;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Parse, lower twice (the first run settles each variable's kind, the second uses it), add the helpers and
/// imports the lowering asked for, print, and check that the printed Python parses.
/// </summary>
internal static class JavaScriptPythonTranslation
{
    private const string SnippetClass = "Snippet";

    public static TranslationResult Translate(TranslationRequest request, string translator, CancellationToken cancellationToken)
    {
        using var parsers = new ParserPool();
        var (source, lineOffset) = (request.Source, 0);
        var tree = parsers.Parse(Language.JavaScript.Grammar, SourceText.FromString(source), cancellationToken);
        if (tree.Root.HasError)
        {
            // A method selected in an editor (name(args) { ... }) only parses inside a class body.
            var wrapped = parsers.Parse(Language.JavaScript.Grammar, SourceText.FromString($"class {SnippetClass} {{\n{request.Source}\n}}\n"), cancellationToken);
            if (!wrapped.Root.HasError)
            {
                tree.Dispose();
                (tree, lineOffset) = (wrapped, 1);
            }
            else
            {
                wrapped.Dispose();
            }
        }
        using (tree)
        {
            var facts = JsProgramFacts.Collect(tree.Root);
            // A first run learns what the calls pass to functions only ever called and what functions return; a
            // second, with those kinds, records every kind assigned; the third lowers with all of them settled.
            var calls = new JsContext(facts, null, null);
            new JsLowering(calls).LowerProgram(tree.Root);
            var first = new JsContext(facts, null, calls.Returns) { SettledArguments = calls.Arguments, SettledTopLevel = calls.TopLevel };
            new JsLowering(first).LowerProgram(tree.Root);
            cancellationToken.ThrowIfCancellationRequested();
            var context = new JsContext(facts, first.Recorded, first.Returns) { SettledFields = first.Fields, SettledArguments = calls.Arguments, SettledTopLevel = first.TopLevel };
            foreach (var error in tree.FindErrors(limit: 5))
            {
                context.Warn(error, "the JavaScript source has a syntax error here; the translation may be incomplete");
            }
            var body = new JsLowering(context).LowerProgram(tree.Root);
            if (lineOffset > 0 && body is [PyClassDef { Name: SnippetClass } snippet])
            {
                // The methods are what the user selected: print them without the class that made them parse.
                body = [.. snippet.Body];
            }
            var helpers = context.Helpers.SelectMany(JsRuntime.Classes)
                .Concat(context.Helpers.SelectMany(JsRuntime.Definitions).DistinctBy(d => d.Name));
            var module = new PyModule(context.Imports.ToArray(), [.. helpers, .. body]);
            var text = PythonPrinter.Print(module);
            var fragments = new PythonSyntaxValidator(parsers).EnsureValid(text, translator, FragmentSites.Find(tree), cancellationToken);
            TranslationWarning[] warnings = SnippetWarnings.InSourceOrder([.. context.Warnings.Distinct(), .. fragments], lineOffset);
            return new TranslationResult(text, Language.JavaScript, request.Target, translator, warnings);
        }
    }
}
