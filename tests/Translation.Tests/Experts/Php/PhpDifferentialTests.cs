using CodeIntel.Translation.Tests.Support;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>
/// The corpus under <c>Programs/</c> (algorithms on strings, arrays, keyed arrays, DP, classes, exceptions, in the
/// style of GeeksforGeeks' PHP programs) run both ways: with <c>php</c>, and translated with <c>python3</c>. A
/// program passes when both print the same bytes. Skips where php or python3 is not installed.
/// </summary>
public sealed class PhpDifferentialTests(ITestOutputHelper output)
{
    /// <summary>Programs passing when this floor was set (52 of 52 since round 12's int overflow); the share may not fall below it.</summary>
    private const int PassingFloor = 52;

    private static string[] Programs() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Experts", "Php", "Programs"), "*.php").Order(StringComparer.Ordinal).ToArray();

    [SkippableFact]
    public void Corpus_TranslatedToPython_PrintsWhatPhpPrints()
    {
        Skip.IfNot(ExternalProgram.Exists("php"), "php is not installed (apt-get install php-cli)");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var programs = Programs();
        Assert.True(programs.Length >= 30, $"the PHP corpus holds {programs.Length} programs; expected at least 30");
        var failures = new List<string>();
        using var folder = new TempDirectory();
        foreach (var path in programs)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            PhpRoundTrip.SkipUnlessPhpCanRun(File.ReadAllText(path), name);
            var expected = ExternalProgram.Run("php", folder.Root, path);
            Assert.True(expected.ExitCode == 0, $"php failed on {name}: {expected.Stderr}");
            string? problem;
            try
            {
                var translation = PhpTranslation.Of(File.ReadAllText(path));
                var script = folder.WriteFile(name + ".py", translation.Text);
                var actual = ExternalProgram.Run("python3", folder.Root, script);
                problem = actual.ExitCode != 0 ? $"python3 failed: {actual.Stderr.Trim().Split('\n')[^1]}"
                    : actual.Stdout != expected.Stdout ? "printed something else"
                    : null;
            }
            catch (TranslationUnavailableException e)
            {
                problem = e.Message;
            }
            if (problem is not null)
            {
                failures.Add($"{name}: {problem}");
            }
        }
        var passing = programs.Length - failures.Count;
        output.WriteLine($"PHP -> Python differential: {passing}/{programs.Length} programs print the same ({100.0 * passing / programs.Length:F1}%)");
        failures.ForEach(output.WriteLine);
        Assert.True(passing >= PassingFloor, $"{passing}/{programs.Length} pass, below the floor of {PassingFloor}:\n{string.Join('\n', failures)}");
    }

    [SkippableFact]
    public void SnippetWithoutOpenTag_TranslatedToPython_PrintsWhatPhpPrints()
    {
        Skip.IfNot(ExternalProgram.Exists("php"), "php is not installed (apt-get install php-cli)");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string snippet = """
            function digits($n) { $s = 0; while ($n != 0) { $s += $n % 10; $n = intdiv($n, 10); } return $s; }
            echo digits(-1234), " ", digits(987), " ", -7 % 3, " ", 7 / 2, " ", round(-0.5), "\n";
            """;
        using var folder = new TempDirectory();
        var expected = ExternalProgram.Run("php", folder.Root, folder.WriteFile("s.php", "<?php\n" + snippet)).Stdout;

        var result = PhpTranslation.Of(snippet);

        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }
}
