using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Neural;

namespace CodeIntel.Translation.Tests.Neural;

/// <summary>What a user of the engine sees: parsable output under constraints, streaming, cancellation.</summary>
public sealed class NeuralTranslatorDecodingTests
{
    [SkippableFact]
    public void Translate_Constrained_ParseVerdictIsTheParsersAndUnparsableOutputIsNeverMarkedValid()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!);
        using var parser = new TreeSitterParser(Grammar.CSharp);
        var sources = Sources(dir!, 12);
        foreach (var source in sources)
        {
            var result = translator.Translate(NeuralTranslatorReferenceTests.Request(source), new NeuralTranslatorOptions { Beams = 4 });
            Assert.NotNull(result.Parses);
            using var tree = parser.Parse(SourceText.FromString("class C {\n" + result.Text + "\n}\n"));
            // The engine's verdict must be the parser's: it never calls unparsable output valid. (How many parse is
            // a property of the model, measured by `codeintel bench neural`, not asserted here.)
            Assert.Equal(result.Parses, !string.IsNullOrWhiteSpace(result.Text) && !tree.Root.HasError);
        }
    }

    [SkippableFact]
    public async Task TranslateAsync_NoHypothesisFinishesValid_ReturnsItsValidPrefixWithAWarning()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        // 24 tokens cannot hold a whole translation of the longest reference method: every hypothesis is cut.
        using var translator = NeuralTranslator.Open(dir!, new NeuralTranslatorOptions { Beams = 4, MaxLength = 24 });
        var source = TinyModel.References(dir!).MaxBy(c => c.InputIds.Length)!.Source;
        var raw = translator.Translate(NeuralTranslatorReferenceTests.Request(source), new NeuralTranslatorOptions { Beams = 4, MaxLength = 24 });
        var result = await translator.TranslateAsync(NeuralTranslatorReferenceTests.Request(source));

        Assert.True(raw.CutShort);
        Assert.True(raw.Parses);
        using var parser = new TreeSitterParser(Grammar.CSharp);
        using var tree = parser.Parse(SourceText.FromString("class C {\n" + result.Text + "\n}\n"));
        Assert.False(tree.Root.HasError);
        Assert.Contains(result.Warnings, w => w.Message.Contains("last complete statement", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task TranslateAsync_UnparsableOutput_CarriesAWarning()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!, new NeuralTranslatorOptions { Beams = 1, MaxLength = 3 });
        var result = await translator.TranslateAsync(NeuralTranslatorReferenceTests.Request(Sources(dir!, 1)[0]));
        Assert.Equal("neural", result.Translator);
        Assert.Single(result.Warnings);
        Assert.Contains("does not parse", result.Warnings[0].Message);
    }

    [SkippableFact]
    public async Task StreamAsync_BestHypothesisGrowsAndEndsWithTheTranslation()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!);
        var options = new NeuralTranslatorOptions { Beams = 2, Constrained = false };
        var request = NeuralTranslatorReferenceTests.Request(Sources(dir!, 1)[0]);
        var partials = new List<string>();
        await foreach (var text in translator.StreamAsync(request, options))
        {
            partials.Add(text);
        }
        var final = translator.Translate(request, options);
        Assert.True(partials.Count > 3, $"Only {partials.Count} partial results were streamed.");
        Assert.Equal(final.Text, partials[^1]);
    }

    [SkippableFact]
    public void Translate_Cancelled_StopsWithOperationCanceled()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!);
        using var cancellation = new CancellationTokenSource();
        var steps = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => translator.Translate(
            NeuralTranslatorReferenceTests.Request(Sources(dir!, 1)[0]), new NeuralTranslatorOptions { Beams = 4 },
            _ =>
            {
                if (++steps == 2)
                {
                    cancellation.Cancel();
                }
            },
            cancellation.Token));
        Assert.Equal(2, steps);
    }

    [SkippableFact]
    public async Task TranslateAsync_PairTheModelDoesNotCover_Unavailable()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!);
        Assert.True(translator.CanTranslate(Language.CSharp, TranslationTarget.Java));
        Assert.False(translator.CanTranslate(Language.Python, TranslationTarget.CSharp));
        await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            translator.TranslateAsync(new TranslationRequest("x = 1", TranslationTarget.CSharp, Language.Python)));
    }

    private static List<string> Sources(string dir, int count)
    {
        var data = SharedData.Folder("codexglue-java-cs");
        return data is null
            ? TinyModel.References(dir).Select(c => c.Source).Take(count).ToList()
            : File.ReadLines(Path.Combine(data, "valid.java-cs.txt.java")).Where(l => l.Length < 200).Take(count).ToList();
    }
}
