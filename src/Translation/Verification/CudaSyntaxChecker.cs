namespace CodeIntel.Translation.Verification;

/// <summary>
/// Checks CUDA without a CUDA toolkit: <c>clang -x cuda --cuda-host-only -nocudainc -nocudalib -fsyntax-only</c> with a
/// small stand-in header for the toolkit's declarations (the project keeps one as shared/tools/cuda_syntax.h).
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

    public Task<ProcessResult> CheckAsync(string cuPath, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync(_tools.Clang ?? throw new InvalidOperationException(Toolchain.Missing(("clang-14", null))),
            ["-x", "cuda", "--cuda-host-only", "-nocudainc", "-nocudalib", "-fsyntax-only", "-w", "-include", _header, cuPath],
            Path.GetDirectoryName(cuPath)!, TimeSpan.FromSeconds(60), null, cancellationToken);
}
