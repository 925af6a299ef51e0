namespace CodeIntel.Translation.Verification;

/// <summary>
/// Checks CUDA without a CUDA toolkit: <c>clang -x cuda --cuda-host-only -nocudainc -nocudalib -fsyntax-only</c> with a
/// small stand-in header for the toolkit's declarations (the project keeps one as shared/tools/cuda_syntax.h), plus
/// <c>cuda_math_double.h</c> (embedded): the double-precision device math overloads real CUDA declares and the
/// stand-in leaves out. It is written beside the checked file.
/// </summary>
public sealed class CudaSyntaxChecker
{
    private readonly Toolchain _tools;
    private readonly string _header;

    public CudaSyntaxChecker(Toolchain tools, string header)
    {
        _tools = tools;
        _header = header;
    }

    private const string DoubleMathHeader = "cuda_math_double.h";

    public async Task<ProcessResult> CheckAsync(string cuPath, CancellationToken cancellationToken = default)
    {
        var clang = _tools.Clang ?? throw new InvalidOperationException(Toolchain.Missing(("clang-14", null)));
        var folder = Path.GetDirectoryName(Path.GetFullPath(cuPath))!;
        var doubleMath = Path.Combine(folder, DoubleMathHeader);
        if (!File.Exists(doubleMath))
        {
            await using var resource = typeof(CudaSyntaxChecker).Assembly.GetManifestResourceStream($"CodeIntel.Translation.Verification.{DoubleMathHeader}")
                ?? throw new InvalidOperationException($"{DoubleMathHeader} is not embedded in the Translation assembly; rebuild it.");
            await using var file = File.Create(doubleMath);
            await resource.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }
        return await ProcessRunner.RunAsync(clang,
            ["-x", "cuda", "--cuda-host-only", "-nocudainc", "-nocudalib", "-fsyntax-only", "-w", "-include", _header, "-include", doubleMath, cuPath],
            folder, TimeSpan.FromSeconds(60), null, cancellationToken).ConfigureAwait(false);
    }
}
