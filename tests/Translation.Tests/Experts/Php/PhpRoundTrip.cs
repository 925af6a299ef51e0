using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Runs a PHP program with <c>php</c> and its translation with <c>python3</c>; tests skip where either is missing.</summary>
internal static class PhpRoundTrip
{
    public static void SkipUnlessToolsExist()
    {
        Skip.IfNot(ExternalProgram.Exists("php"), "php is not installed (apt-get install php-cli)");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
    }

    private static readonly Lazy<bool> HasMbstring = new(() =>
    {
        using var folder = new TempDirectory();
        return ExternalProgram.Run("php", folder.Root, "-m").Stdout.Split('\n').Any(m => m.Trim() == "mbstring");
    });

    /// <summary>
    /// Skips, saying why, where <paramref name="source"/> calls multibyte string functions and this php lacks
    /// mbstring (Debian packages it apart from php-cli), so php itself could not run it.
    /// </summary>
    public static void SkipUnlessPhpCanRun(string source, string name = "the program") =>
        Skip.If(source.Contains("mb_", StringComparison.Ordinal) && !HasMbstring.Value,
            $"php lacks the mbstring extension that {name} calls (apt-get install php-mbstring)");

    /// <summary>What php prints for <paramref name="source"/> (a whole program, with its open tag).</summary>
    public static string Php(string source)
    {
        SkipUnlessPhpCanRun(source);
        using var folder = new TempDirectory();
        var (exit, stdout, stderr) = ExternalProgram.Run("php", folder.Root, folder.WriteFile("program.php", source));
        Assert.True(exit == 0, $"php failed:\n{stderr}{stdout}");
        return stdout;
    }

    /// <summary>Asserts that the translation prints what php prints, and that nothing was left untranslated.</summary>
    public static void AssertSamePrinted(string source)
    {
        SkipUnlessToolsExist();
        var expected = Php(source);
        var result = PhpTranslation.Of(source);

        Assert.DoesNotContain(result.Warnings, w => !w.Message.StartsWith("==", StringComparison.Ordinal));
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }
}
