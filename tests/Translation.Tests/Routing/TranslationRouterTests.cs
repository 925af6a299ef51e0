using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Translation.Tests.Routing;

public sealed class TranslationRouterTests : IDisposable
{
    private readonly LanguageDetector _detector = new();

    public void Dispose() => _detector.Dispose();

    [Fact]
    public async Task TranslateAsync_NoLanguageGiven_RoutesToTheDetectedLanguagesExpert()
    {
        var java = new RecordingTranslator(Language.Java);
        var cpp = new RecordingTranslator(Language.Cpp);
        var router = new TranslationRouter(_detector, [cpp, java]);
        const string source = """
            public static int sum(int[] values) {
                int total = 0;
                for (int v : values) {
                    total += v;
                }
                System.out.println(total);
                return total;
            }
            """;

        var result = await router.TranslateAsync(new TranslationRequest(source, TranslationTarget.Python));

        Assert.Equal(Language.Java, result.SourceLanguage);
        Assert.Single(java.Requests);
        Assert.Empty(cpp.Requests);
        Assert.NotNull(result.Detection);
    }

    [Fact]
    public async Task TranslateAsync_PathGiven_TrustsTheExtensionWithoutDetection()
    {
        var cpp = new RecordingTranslator(Language.Cpp);
        var router = new TranslationRouter(_detector, [cpp]);

        var result = await router.TranslateAsync(new TranslationRequest("int f() { return 1; }", TranslationTarget.Python, Path: "a.cpp"));

        Assert.Equal(Language.Cpp, result.SourceLanguage);
        Assert.Null(result.Detection);
    }

    [Fact]
    public async Task TranslateAsync_NoExpertForThePair_SaysWhichPairIsMissing()
    {
        var router = new TranslationRouter(_detector, [new RecordingTranslator(Language.Java)]);

        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            router.TranslateAsync(new TranslationRequest("x", TranslationTarget.Cuda, Language.Java)));

        Assert.Contains("Java to CUDA", error.Message);
    }

    [Fact]
    public async Task TranslateAsync_ProseOnly_AsksForTheLanguage()
    {
        var router = new TranslationRouter(_detector, [new RecordingTranslator(Language.Java)]);

        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            router.TranslateAsync(new TranslationRequest("   \n  ", TranslationTarget.Python)));

        Assert.Contains("--from", error.Message);
    }

    private sealed class RecordingTranslator(Language language) : ITranslator
    {
        public List<TranslationRequest> Requests { get; } = [];

        public string Name => $"recording-{language.Id}";

        public bool CanTranslate(Language source, TranslationTarget target) => source == language && target == TranslationTarget.Python;

        public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return Task.FromResult(new TranslationResult("pass\n", request.SourceLanguage!, request.Target, Name, []));
        }
    }
}
