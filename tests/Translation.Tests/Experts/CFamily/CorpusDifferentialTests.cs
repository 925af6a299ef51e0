using CodeIntel.Translation.Tests.Support;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Experts.CFamily;

/// <summary>
/// The corpora under Programs/cpp and Programs/java (ordinary programs written for this project: algorithms,
/// strings, containers, classes, printing) compiled and run with g++ or javac, and translated and run with
/// python3: the printed output must be the same, for at least the share measured when the corpus was last
/// checked. A program that differs is listed with what it printed, so a regression names its cause.
/// </summary>
public sealed class CorpusDifferentialTests(ITestOutputHelper output)
{
    // Measured: the programs whose translation prints exactly what the compiled source prints.
    private const int CppMeasured = 23;
    private const int JavaMeasured = 19;

    private static string Folder(string language) => Path.Combine(AppContext.BaseDirectory, "Experts", "CFamily", "Programs", language);

    [SkippableFact]
    public void CppCorpus_TranslatedToPython_PrintsWhatTheCompiledSourcePrints()
    {
        var results = Run("cpp", "*.cpp", CompiledSource.RunCpp, Translate.Cpp);

        AssertAtLeast(results, CppMeasured, "C++");
    }

    [SkippableFact]
    public void JavaCorpus_TranslatedToPython_PrintsWhatTheCompiledSourcePrints()
    {
        var results = Run("java", "*.java", CompiledSource.RunJava, Translate.Java);

        AssertAtLeast(results, JavaMeasured, "Java");
    }

    private static List<(string Program, bool Same, string Detail)> Run(
        string language, string pattern, Func<string, string> runSource, Func<string, TranslationResult> translate)
    {
        var programs = Directory.GetFiles(Folder(language), pattern).Order(StringComparer.Ordinal).ToList();
        Assert.True(programs.Count >= 20, $"the {language} corpus holds {programs.Count} programs, expected at least 20");
        var results = new List<(string, bool, string)>();
        foreach (var path in programs)
        {
            var source = File.ReadAllText(path);
            var expected = runSource(source);
            var translation = translate(source);
            using var folder = new TempDirectory();
            var actual = ExternalProgram.Run("python3", folder.Root, folder.WriteFile("program.py", translation.Text));
            var same = actual.ExitCode == 0 && actual.Stdout == expected;
            var warnings = string.Join("; ", translation.Warnings.Take(3).Select(w => $"{w.Start}: {w.Message}"));
            results.Add((Path.GetFileName(path), same, same ? string.Empty : $"{warnings}\n{Tail(actual.Stderr)}"));
        }
        return results;
    }

    private void AssertAtLeast(List<(string Program, bool Same, string Detail)> results, int measured, string language)
    {
        var passing = results.Count(r => r.Same);
        output.WriteLine($"{language} -> Python corpus: {passing} of {results.Count} programs print what the compiled source prints");
        foreach (var (program, _, detail) in results.Where(r => !r.Same))
        {
            output.WriteLine($"  {program}: {detail.ReplaceLineEndings(" | ")}");
        }
        Assert.True(passing >= measured, $"{passing} of {results.Count} {language} programs print the same, below the measured {measured}:\n"
            + string.Join("\n", results.Where(r => !r.Same).Select(r => $"{r.Program}: {r.Detail}")));
    }

    private static string Tail(string text) => text.Length <= 300 ? text : text[^300..];
}
