using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// C++ to CUDA: finds the loops of each function that may run one iteration per thread (counted, affine subscripts,
/// no loop-carried dependence by the GCD test, reductions through <c>atomicAdd</c>) and turns each into a kernel plus
/// host launch code with the memory transfers; the rest stays on the host with a note. See README.md.
/// </summary>
public sealed class CppCudaTranslator : ITranslator
{
    public string Name => "ast-cpp-cuda";

    public bool CanTranslate(Language source, TranslationTarget target) =>
        (source == Language.Cpp || source == Language.C) && target == TranslationTarget.Cuda;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (result, _, _) = Translate(request.Source, cancellationToken);
        return Task.FromResult(result);
    }

    /// <summary>The translation with the number of loops made kernels and kept on the host.</summary>
    public (TranslationResult Result, int ParallelLoops, int HostLoops) Translate(string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var parser = new TreeSitterParser(Grammar.Cpp);
        var (parsed, repaired) = CppComparisonRepair.Parse(source, text => parser.Parse(SourceText.FromString(text), cancellationToken));
        using var tree = parsed;
        source = repaired;
        var emitter = new CudaEmitter(source);
        var text = emitter.Emit(tree.Root, cancellationToken);
        var warnings = emitter.Warnings.ToList();
        foreach (var error in tree.FindErrors(5))
        {
            warnings.Add(new TranslationWarning($"line {error.Start.Line + 1}: the C++ does not parse here; the code around it is copied unchanged", error.Start, error.End));
        }
        return (new TranslationResult(text, Language.Cpp, TranslationTarget.Cuda, Name, warnings), emitter.ParallelLoops, emitter.HostLoops);
    }
}
