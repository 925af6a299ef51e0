using CodeIntel.Translation.Tests.Support;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>
/// Held-out rounds (Php/README.md, "Measured"): realistic programs written by someone who had not read the expert,
/// kept as <c>HeldOut/Programs/RoundN_Name.php.txt</c> (the extension keeps them out of the corpus). Each runs with
/// <c>php</c> and translated with <c>python3</c>; the round's figure may not fall below what was last measured.
/// </summary>
public sealed class PhpHeldOutTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(1, 12)]
    [InlineData(2, 12)]
    [InlineData(3, 12)]
    [InlineData(4, 12)]
    [InlineData(5, 12)]
    [InlineData(6, 12)]
    [InlineData(7, 12)]
    [InlineData(8, 12)]
    [InlineData(9, 12)]
    [InlineData(10, 11)]
    [InlineData(11, 12)]
    [InlineData(12, 12)]
    public void HeldOutRound_PrintsWhatPhpPrints_ForAtLeastTheMeasuredCount(int round, int measured)
    {
        PhpRoundTrip.SkipUnlessToolsExist();
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Experts", "Php", "HeldOut", "Programs"), $"Round{round}_*.php.txt")
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(12, files.Length);
        var passed = 0;
        using var folder = new TempDirectory();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file)[..^".php.txt".Length];
            var source = File.ReadAllText(file);
            PhpRoundTrip.SkipUnlessPhpCanRun(source, name);
            var expected = ExternalProgram.Run("php", folder.Root, folder.WriteFile(name + ".php", source));
            Assert.True(expected.ExitCode == 0, $"php failed on {name}: {expected.Stderr}");
            string? problem;
            try
            {
                var result = PhpTranslation.Of(source);
                var actual = ExternalProgram.Run("python3", folder.Root, folder.WriteFile(name + ".py", result.Text));
                problem = actual.ExitCode != 0 ? $"python3 failed: {actual.Stderr.Trim().Split('\n')[^1]}"
                    : actual.Stdout != expected.Stdout ? "printed something else"
                    : null;
            }
            catch (TranslationUnavailableException e)
            {
                problem = e.Message;
            }
            output.WriteLine(problem is null ? $"PASS {name}" : $"FAIL {name}: {problem}");
            passed += problem is null ? 1 : 0;
        }
        output.WriteLine($"PHP held-out round {round}: {passed}/{files.Length} programs print what php prints");
        Assert.True(passed >= measured, $"{passed}/{files.Length} programs of round {round} passed, below the measured {measured}");
    }
}
