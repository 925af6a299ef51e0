using System.Text.Json;
using CodeIntel.Parsing.Languages;

namespace CodeIntel.Parsing.Tests.Languages;

public sealed class LexicalModelTests
{
    private static readonly string[] ParsedLanguageIds = ["c", "cpp", "csharp", "java", "javascript", "typescript", "php", "python"];

    [Fact]
    public void Probabilities_ParityCases_MatchWhatTrainingComputed()
    {
        // The training script stores a few texts with the probabilities its own feature extractor gave them;
        // a regex that .NET reads differently from Python shows up here.
        var model = LexicalModel.LoadEmbedded();
        using var stream = typeof(LexicalModel).Assembly.GetManifestResourceStream(LexicalModel.ResourceName)!;
        using var document = JsonDocument.Parse(stream);
        var cases = document.RootElement.GetProperty("parity").EnumerateArray().ToList();

        Assert.NotEmpty(cases);
        foreach (var parity in cases)
        {
            var expected = parity.GetProperty("probabilities").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var actual = model.Probabilities(parity.GetProperty("text").GetString()!);
            Assert.Equal(expected.Length, actual.Length);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.Equal(expected[k], actual[k], 1e-5);
            }
        }
    }

    [Fact]
    public void Classes_CoverTheEightParsedLanguagesAndNoCode()
    {
        var model = LexicalModel.LoadEmbedded();

        Assert.Equal(
            ParsedLanguageIds,
            model.Classes.Where(c => c is not null).Select(c => c!.Id));
        Assert.Single(model.Classes, c => c is null);
    }

    [Fact]
    public void Probabilities_CrLfText_EqualLfText()
    {
        var model = LexicalModel.LoadEmbedded();
        const string lf = "def f(x):\n    return x\n";

        Assert.Equal(model.Probabilities(lf), model.Probabilities(lf.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }
}
