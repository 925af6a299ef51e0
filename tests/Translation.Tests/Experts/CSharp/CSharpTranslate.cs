using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.CSharp;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>Translates C# with the C# expert directly (no gate).</summary>
internal static class CSharpTranslate
{
    public static TranslationResult Run(string source) =>
        new CSharpToPythonTranslator().TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.CSharp)).GetAwaiter().GetResult();

    /// <summary>
    /// Runs a whole program both ways, compiled C# and its Python translation, asserts that they print the same
    /// and returns what they print. Skips where python3 is not installed.
    /// </summary>
    public static string RunBothWays(string program)
    {
        Skip.IfNot(Support.ExternalProgram.Exists("python3"), "python3 is not installed");
        var python = RunPython(program);
        Assert.Equal(CSharpProgramRunner.Run(program), python);
        return python;
    }

    /// <summary>The translation of <paramref name="source"/> run by python3: its stdout.</summary>
    public static string RunPython(string source, string after = "")
    {
        var result = Run(source);
        return Support.ExternalProgram.Python(result.Text + "\n" + after);
    }
}
