using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Python.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// One C# translation: read the source (wrapped in a class when it is a bare method), bind it, lower it, add the
/// helpers and imports the lowering asked for, print, and check that the printed Python parses.
/// </summary>
internal static class CSharpPythonTranslation
{
    public static TranslationResult Translate(TranslationRequest request, string translator, CancellationToken cancellationToken)
    {
        var snippet = CSharpSnippet.Read(request.Source, cancellationToken);
        var lowering = new CSharpLowering(snippet, cancellationToken);
        foreach (var diagnostic in snippet.Errors(limit: 5))
        {
            lowering.Warn(diagnostic.Location, $"the C# source does not compile here ({diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}); types may be guessed");
        }
        var body = lowering.LowerCompilationUnit();
        var module = new PyModule(lowering.Imports.ToArray(), [.. lowering.HelperDefinitions(), .. body]);
        var text = PythonPrinter.Print(module);
        IReadOnlyList<TranslationWarning> fragments;
        using (var parsers = new ParserPool())
        {
            fragments = new PythonSyntaxValidator(parsers).EnsureValid(text, translator, CSharpFragmentSites.Find(snippet), cancellationToken);
        }
        TranslationWarning[] warnings = SnippetWarnings.InSourceOrder([.. lowering.Warnings, .. fragments]);
        return new TranslationResult(text, Language.CSharp, request.Target, translator, warnings);
    }
}
