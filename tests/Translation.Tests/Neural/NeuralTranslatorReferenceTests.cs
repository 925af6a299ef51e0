using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Neural;

namespace CodeIntel.Translation.Tests.Neural;

/// <summary>The ONNX engine must reproduce the training framework's own decoding token for token.</summary>
public sealed class NeuralTranslatorReferenceTests
{
    private static readonly NeuralTranslatorOptions Plain = new() { Constrained = false, Expert = NeuralTranslatorOptions.NoExpert };

    public static TheoryData<string, int, string, bool> Settings() => new()
    {
        { "greedy", 1, NeuralTranslatorOptions.NoExpert, true },
        { "beam4", 4, NeuralTranslatorOptions.NoExpert, true },
        { "greedy_java_expert", 1, "java", true },
        { "beam4_java_expert", 4, "java", true },
        { "greedy", 1, NeuralTranslatorOptions.NoExpert, false },
        { "beam4", 4, NeuralTranslatorOptions.NoExpert, false },
        { "beam4_java_expert", 4, "java", false },
    };

    [SkippableTheory]
    [MemberData(nameof(Settings))]
    public void Translate_SameSettingsAsPyTorch_SameTokens(string reference, int beams, string expert, bool cache)
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!);
        var plain = Plain with { MaxLength = TinyModel.ReferenceMaxLength(dir!) };
        foreach (var c in TinyModel.References(dir!))
        {
            var expected = reference switch
            {
                "greedy" => c.Greedy,
                "beam4" => c.Beam4,
                "greedy_java_expert" => c.GreedyJavaExpert,
                _ => c.Beam4JavaExpert,
            };
            var result = translator.Translate(Request(c.Source), plain with { Beams = beams, Expert = expert, UseKvCache = cache });
            Assert.Equal(expected, result.Tokens);
        }
    }

    [SkippableFact]
    public void Encode_ReferenceSources_SameIdsAsThePythonTokenizer()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!);
        foreach (var c in TinyModel.References(dir!))
        {
            Assert.Equal(c.InputIds.Select(i => (long)i), translator.Encode(c.Source));
        }
    }

    [SkippableFact]
    public void Translate_CacheOnAndOff_SameTokensForEveryBeamWidth()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var translator = NeuralTranslator.Open(dir!);
        var plain = Plain with { MaxLength = TinyModel.ReferenceMaxLength(dir!) };
        foreach (var c in TinyModel.References(dir!).Take(3))
        {
            foreach (var beams in new[] { 1, 2, 5 })
            {
                var cached = translator.Translate(Request(c.Source), plain with { Beams = beams, UseKvCache = true });
                var uncached = translator.Translate(Request(c.Source), plain with { Beams = beams, UseKvCache = false });
                Assert.Equal(uncached.Tokens, cached.Tokens);
            }
        }
    }

    internal static TranslationRequest Request(string source) => new(source, TranslationTarget.CSharp, Language.Java);
}
