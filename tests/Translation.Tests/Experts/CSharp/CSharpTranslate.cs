using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.CSharp;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>Translates C# with the C# expert directly (no gate).</summary>
internal static class CSharpTranslate
{
    public static TranslationResult Run(string source) =>
        new CSharpToPythonTranslator().TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.CSharp)).GetAwaiter().GetResult();

    /// <summary>The translation of <paramref name="source"/> run by python3: its stdout.</summary>
    public static string RunPython(string source, string after = "")
    {
        var result = Run(source);
        return Support.ExternalProgram.Python(result.Text + "\n" + after);
    }
}
