using CodeIntel.Translation.Tests.Support;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>
/// Held-out rounds (Experts/JavaScript/README.md, "Measured"): 12 programs of 101 to 130 lines each, written in
/// today's JavaScript (classes with private members, destructuring, regexes, generators, Map and Set, error
/// subclasses) by someone who had not read the expert, run with node and, translated, with python3. A round's
/// figure must not fall below what was last measured.
/// </summary>
public sealed class HeldOutTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Experts", "JavaScript", "HeldOut", "Programs");

    [SkippableTheory]
    [InlineData(1, 12)]
    [InlineData(2, 12)]
    [InlineData(3, 10)]
    [InlineData(4, 9)]
    [InlineData(5, 10)]
    [InlineData(6, 12)]
    [InlineData(7, 10)]
    [InlineData(8, 12)]
    [InlineData(9, 12)]
    [InlineData(10, 9)]
    [InlineData(11, 10)]
    [InlineData(12, 4)]
    public void HeldOutRound_PrintsWhatNodePrints_ForAtLeastTheMeasuredCount(int round, int measured)
    {
        Skip.IfNot(ExternalProgram.Exists("node"), "node is not installed");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var programs = Directory.GetFiles(Folder, $"Round{round}_*.js").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(12, programs.Count);
        var passed = 0;
        foreach (var path in programs)
        {
            using var folder = new TempDirectory();
            var expected = ExternalProgram.Run("node", folder.Root, path);
            Assert.True(expected.ExitCode == 0, $"node failed on {Path.GetFileName(path)}: {expected.Stderr}");
            var translation = JavaScriptTranslation.Translate(File.ReadAllText(path));
            var actual = ExternalProgram.Run("python3", folder.Root, folder.WriteFile("program.py", translation.Text));
            var same = actual.ExitCode == 0 && actual.Stdout == expected.Stdout;
            passed += same ? 1 : 0;
            output.WriteLine($"{(same ? "PASS" : "FAIL")} {Path.GetFileName(path)}{(same ? string.Empty : $" ({translation.Warnings.Count} warnings) {actual.Stderr.Trim().Split('\n')[^1]}")}");
        }
        output.WriteLine($"JavaScript held-out round {round}: {passed}/{programs.Count} programs print what node prints");
        Assert.True(passed >= measured, $"{passed}/{programs.Count} programs of round {round} passed, below the measured {measured}");
    }
}
