using CodeIntel.Evaluation.CloneSearch;
using CodeIntel.Evaluation.ComputationalAccuracy;
using CodeIntel.Evaluation.CodeTranslation;
using CodeIntel.Evaluation.Metrics.CodeBleu;
using CodeIntel.Evaluation.Systems;
using CodeIntel.Evaluation.Tasks;
using CodeIntel.Parsing.Languages;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Translation;

namespace CodeIntel.Cli.Evaluation;

/// <summary>
/// Composes evaluation with the systems CodeIntel ships (copy baseline, AST translators, embedding model) and
/// runs tasks into an <see cref="EvalSession"/>. The only place that knows both sides.
/// </summary>
internal sealed class EvalRunner(EvalSession session, TextWriter stderr, bool interactive)
{
    public static IReadOnlyList<string> TranslationSystems { get; } = ["copy", "ast"];

    public EvalSession Session => session;

    /// <summary>Scores an output file against a reference file in the task's official format.</summary>
    public async Task PredictionsAsync(string task, string predictions, string references, string? language, string system, CancellationToken cancellationToken)
    {
        var started = session.Now;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var codeBleuLanguage = language is null ? null : CodeBleuLanguage.FromId(language)
            ?? throw new EvaluationInputException($"--lang {language}: CodeBLEU knows java, c_sharp, python and cpp.");
        var score = await Task.Run(() => PredictionScorer.Score(task, predictions, references, codeBleuLanguage, cancellationToken), cancellationToken).ConfigureAwait(false);
        await session.AddAsync(new SystemRun(task, system, score, null, clock.Elapsed), Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(references))) ?? "files",
            [references, predictions], started, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Java to C# and C# to Java on CodeXGLUE's parallel methods.</summary>
    public async Task TranslationAsync(string directory, IReadOnlyList<string> directions, IReadOnlyList<string> systems, string split, CancellationToken cancellationToken)
    {
        foreach (var direction in directions)
        {
            var pairs = TranslationPairs.JavaCSharp(directory, direction switch
            {
                "java-cs" => true,
                "cs-java" => false,
                _ => throw new EvaluationInputException($"--direction {direction}: use java-cs or cs-java."),
            }, split);
            await GenerationAsync(EvaluationTasks.CodeToCode, pairs, systems, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Code refinement (bug fixing) on the small and/or medium sets.</summary>
    public async Task RefinementAsync(string directory, IReadOnlyList<string> sizes, IReadOnlyList<string> systems, string split, CancellationToken cancellationToken)
    {
        foreach (var size in sizes)
        {
            await GenerationAsync(EvaluationTasks.Refinement, TranslationPairs.Refinement(directory, size, split), systems, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>CodeRosetta's parallel-programming sets: C++ to CUDA and Fortran to C++.</summary>
    public async Task CodeRosettaAsync(string directory, IReadOnlyList<string> sets, IReadOnlyList<string> systems, CancellationToken cancellationToken)
    {
        foreach (var set in sets)
        {
            var pairs = set switch
            {
                "cpp-cuda" => TranslationPairs.CppCuda(directory),
                "fortran-cpp" => TranslationPairs.FortranCpp(directory),
                _ => throw new EvaluationInputException($"--set {set}: use cpp-cuda or fortran-cpp."),
            };
            await GenerationAsync(CodeRosettaTask, pairs, systems, cancellationToken).ConfigureAwait(false);
        }
    }

    public const string CodeRosettaTask = "coderosetta";

    /// <summary>TransCoder computational accuracy: Java or C++ f_gold translated to Python and run against the GfG tests.</summary>
    public async Task TranscoderAsync(string directory, IReadOnlyList<string> sources, int? limit, string python, CancellationToken cancellationToken)
    {
        foreach (var sourceLanguage in sources)
        {
            var suite = TranscoderSuite.Load(directory, sourceLanguage, limit, cancellationToken);
            using var detector = new LanguageDetector();
            var system = new RouterTranslationSystem(BuiltInTranslators.CreateRouter(detector));
            var started = session.Now;
            var progress = new ProgressLine(stderr, $"{TranscoderSuite.Task} {sourceLanguage}-python {system.Name}", interactive);
            var harness = new PythonHarness(python, TimeSpan.FromSeconds(10));
            var run = await ComputationalAccuracyEvaluator.EvaluateAsync(system, suite, harness, progress, cancellationToken).ConfigureAwait(false);
            await session.AddAsync(run, $"{sourceLanguage}-python/gfg", suite.Files, started, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task GenerationAsync(string task, TranslationPairs pairs, IReadOnlyList<string> systems, CancellationToken cancellationToken)
    {
        foreach (var name in systems)
        {
            using var detector = name == "ast" ? new LanguageDetector() : null;
            ITranslationSystem system = name switch
            {
                "copy" => new CopySystem(),
                "ast" => new RouterTranslationSystem(BuiltInTranslators.CreateRouter(detector!)),
                _ => throw new EvaluationInputException($"--system {name}: translation systems are {string.Join(", ", TranslationSystems)}."),
            };
            var started = session.Now;
            var progress = new ProgressLine(stderr, $"{task} {pairs.Name} {name}", interactive);
            var run = await Task.Run(() => TranslationEvaluator.EvaluateAsync(task, system, pairs, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
            await session.AddAsync(run, pairs.Name, pairs.Files, started, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Zero-shot Java to C# clone search over the parallel methods with the embedding model.</summary>
    public async Task CloneSearchAsync(string directory, string modelDirectory, string split, CancellationToken cancellationToken)
    {
        var pairs = TranslationPairs.JavaCSharp(directory, javaToCSharp: true, split);
        var started = session.Now;
        await stderr.WriteLineAsync($"{CrossLanguageCloneSearch.Task} {pairs.Name}: embedding {pairs.Sources.Count} Java and {pairs.References.Count} C# methods".AsMemory(), cancellationToken).ConfigureAwait(false);
        using var embedder = new OnnxEmbedder(modelDirectory);
        var run = await CrossLanguageCloneSearch.EvaluateAsync(new OnnxCodeEmbedder(embedder, () => new ProgressLine(stderr, $"{CrossLanguageCloneSearch.Task} {pairs.Name} embedding", interactive)), pairs.Sources, pairs.References, cancellationToken).ConfigureAwait(false);
        await session.AddAsync(run, pairs.Name, pairs.Files, started, cancellationToken).ConfigureAwait(false);
    }
}
