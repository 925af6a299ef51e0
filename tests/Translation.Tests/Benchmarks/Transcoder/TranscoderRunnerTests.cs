using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Benchmarks.Transcoder;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Benchmarks.Transcoder;

public sealed class TranscoderRunnerTests : IDisposable
{
    private readonly LanguageDetector _detector = new();
    private readonly TempDirectory _scratch = new();

    public void Dispose()
    {
        _detector.Dispose();
        _scratch.Dispose();
    }

    [SkippableFact]
    public async Task RunAsync_SharedProblems_TranslationsPassTheirPythonHarnesses()
    {
        var folder = SharedData.Folder("transcoder-gfg");
        Skip.If(folder is null, "../shared/data/transcoder-gfg is not on this machine");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var ids = new HashSet<string>(["ANALYSIS_OF_ALGORITHMS_SET_2_ASYMPTOTIC_ANALYSIS", "CHECK_POSSIBLE_TRANSFORM_ONE_STRING_ANOTHER", "FIND_MINIMUM_ELEMENT_IN_A_SORTED_AND_ROTATED_ARRAY"], StringComparer.Ordinal);
        var problems = TranscoderDataset.Load(folder!, Language.Cpp).Concat(TranscoderDataset.Load(folder!, Language.Java)).Where(p => ids.Contains(p.Id)).ToArray();
        var runner = new TranscoderRunner(BuiltInTranslators.CreateRouter(_detector), new TranscoderOptions { Parallelism = 1 });

        var outcomes = await runner.RunAsync(problems, _scratch.Root);

        Assert.Equal(6, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Success, $"{o.Problem.SourceLanguage.Id} {o.Problem.Id}: {o.Failure} {o.Detail}\n{o.Translation}"));
        Assert.All(outcomes, o => Assert.Equal(o.Total, o.Passed));
    }

    [SkippableFact]
    public async Task RunOneAsync_TranslationThatReturnsWrongValues_IsAWrongAnswer()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var source = _scratch.WriteFile("cpp/P.cpp", "int f_gold(int x) { return x + 1; }\n//TOFILL\n");
        var harness = _scratch.WriteFile("python/P.py",
            "def f_gold(x):\n    return x + 2\n\n#TOFILL\n\nif __name__ == '__main__':\n    n = sum(1 for x in range(3) if f_filled(x) == f_gold(x))\n    print('#Results: %i, %i' % (n, 3))\n");
        var runner = new TranscoderRunner(BuiltInTranslators.CreateRouter(_detector), new TranscoderOptions());
        using var parsers = new ParserPool();

        var outcome = await runner.RunOneAsync(new TranscoderProblem("P", Language.Cpp, source, harness), parsers, _scratch.PathOf("run"));

        Assert.Equal(TranscoderFailure.WrongAnswer, outcome.Failure);
        Assert.Equal(0, outcome.Passed);
        Assert.Contains("def f_filled(x):", outcome.Translation);
    }

    [Fact]
    public void GoldFunction_JavaAndCppScripts_FindsTheFunctionByItsName()
    {
        using var parsers = new ParserPool();
        const string Script = "public class X {\n static int helper() { return 1; }\n static int f_gold(int a) { return a * 2; }\n //TOFILL\n}\n";

        Assert.Equal("static int f_gold(int a) { return a * 2; }", GoldFunction.Extract(Script, Language.Java, parsers));
        Assert.Null(GoldFunction.Extract("int main() { return 0; }", Language.Cpp, parsers));
    }
}
