using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// The corpus under Programs/ (algorithm programs in the GeeksforGeeks style: strings, arrays, DP, objects and
/// maps, classes) run with node and, translated, with python3; the printed output must be the same.
/// </summary>
public sealed class DifferentialTests
{
    // Measured: all 68 programs print exactly what node prints.
    private const double MeasuredShare = 68.0 / 68.0;

    private static string ProgramsFolder => Path.Combine(AppContext.BaseDirectory, "Experts", "JavaScript", "Programs");

    private static (bool Same, string Detail) RunBoth(string path)
    {
        using var folder = new TempDirectory();
        var source = File.ReadAllText(path);
        var expected = ExternalProgram.Run("node", folder.Root, path);
        Assert.True(expected.ExitCode == 0, $"node failed on {Path.GetFileName(path)}: {expected.Stderr}");
        var python = JavaScriptTranslation.Translate(source).Text;
        var script = folder.WriteFile("program.py", python);
        var actual = ExternalProgram.Run("python3", folder.Root, script);
        var same = actual.ExitCode == 0 && actual.Stdout == expected.Stdout;
        return (same, same ? string.Empty : $"{Path.GetFileName(path)}:\n--- node\n{expected.Stdout}\n--- python\n{actual.Stdout}{actual.Stderr}");
    }

    [SkippableFact]
    public void Corpus_TranslatedToPython_PrintsWhatNodePrintsForAtLeastTheMeasuredShare()
    {
        Skip.IfNot(ExternalProgram.Exists("node"), "node is not installed");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var programs = Directory.GetFiles(ProgramsFolder, "*.js").Order(StringComparer.Ordinal).ToList();
        Assert.True(programs.Count >= 30, $"the corpus holds {programs.Count} programs, expected at least 30");

        var results = programs.Select(RunBoth).ToList();
        var passing = results.Count(r => r.Same);
        var share = (double)passing / programs.Count;
        Console.WriteLine($"JavaScript -> Python differential: {passing}/{programs.Count} programs print the same ({share:P0})");

        Assert.True(share >= MeasuredShare - 1e-9, $"{passing}/{programs.Count} programs pass, below the measured {MeasuredShare:P0}:\n" + string.Join("\n", results.Where(r => !r.Same).Select(r => r.Detail)));
    }

    [SkippableFact]
    public void NumberSemantics_TranslatedToPython_PrintLikeNode()
    {
        Skip.IfNot(ExternalProgram.Exists("node"), "node is not installed");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string source = """
            console.log(7 / 2, 8 / 2, -7 % 3, 7 % -3, Math.round(2.5), Math.round(-2.5));
            console.log([1, 2.5, "a", true, null], { a: 1, b: [2] }, `x=${4 / 2}`, "n" + 3 / 2);
            let n = 10; n /= 4; console.log(n, Math.floor(-7 / 2), 5 >>> 0, -1 >>> 28);
            """;
        using var folder = new TempDirectory();
        var js = folder.WriteFile("p.js", source);
        var expected = ExternalProgram.Run("node", folder.Root, js).Stdout;

        var actual = ExternalProgram.Python(JavaScriptTranslation.Translate(source).Text);

        Assert.Equal(expected, actual);
    }
}
