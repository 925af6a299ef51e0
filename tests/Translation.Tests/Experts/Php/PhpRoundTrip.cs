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

    /// <summary>What php prints for <paramref name="source"/> (a whole program, with its open tag).</summary>
    public static string Php(string source)
    {
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
