namespace CodeIntel.Translation.Verification;

/// <summary>
/// Checks a Fortran-to-C++ translation the way a user would: compile the original with gfortran and the translation
/// with <c>g++ -std=c++17 -fopenmp</c>, run both with <c>OMP_NUM_THREADS</c> fixed, and compare what they print. The
/// original is run several times: when its output varies (a data race, a timer), it is not deterministic and the
/// comparison is not made.
/// </summary>
public sealed class DifferentialRunner
{
    private readonly Toolchain _tools;
    private readonly string _workDir;

    public DifferentialRunner(Toolchain tools, string workDir)
    {
        _tools = tools;
        _workDir = workDir;
    }

    public int Threads { get; init; } = 4;

    public int Repeats { get; init; } = 3;

    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Compiles C++ to an object file (no main needed); the result carries the compiler's diagnostics.</summary>
    public Task<ProcessResult> CompileCppAsync(string cppPath, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync(_tools.Gxx ?? throw new InvalidOperationException(Toolchain.Missing(("g++", null))),
            ["-std=c++17", "-fopenmp", "-w", "-c", cppPath, "-o", Path.ChangeExtension(cppPath, ".o")], _workDir, CompileTimeout, null, cancellationToken);

    public async Task<DifferentialResult> RunAsync(string name, string fortran, string fortranExtension, string cpp, CancellationToken cancellationToken = default)
    {
        var f = Path.Combine(_workDir, name + fortranExtension);
        var c = Path.Combine(_workDir, name + ".cpp");
        await File.WriteAllTextAsync(f, fortran, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(c, cpp, cancellationToken).ConfigureAwait(false);
        var cppExe = Path.Combine(_workDir, name + ".cpp.exe");
        var cppBuild = await ProcessRunner.RunAsync(_tools.Gxx!, ["-std=c++17", "-fopenmp", "-w", c, "-o", cppExe], _workDir, CompileTimeout, null, cancellationToken).ConfigureAwait(false);
        if (!cppBuild.Succeeded)
        {
            return new DifferentialResult(name, CppCompiles: false, cppBuild.Stderr, FortranCompiles: null, Deterministic: null, null, null);
        }
        var fExe = Path.Combine(_workDir, name + ".f.exe");
        var fBuild = await ProcessRunner.RunAsync(_tools.Gfortran!, ["-fopenmp", "-ffree-line-length-none", "-w", f, "-o", fExe], _workDir, CompileTimeout, null, cancellationToken).ConfigureAwait(false);
        if (!fBuild.Succeeded)
        {
            return new DifferentialResult(name, true, null, FortranCompiles: false, null, null, null);
        }
        var env = new Dictionary<string, string> { ["OMP_NUM_THREADS"] = Threads.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        string? expected = null;
        for (int i = 0; i < Repeats; i++)
        {
            var run = await ProcessRunner.RunAsync(fExe, [], _workDir, RunTimeout, env, cancellationToken).ConfigureAwait(false);
            var output = run.Stdout + (run.TimedOut ? "\n<timed out>" : "");
            if (expected is not null && output != expected)
            {
                return new DifferentialResult(name, true, null, true, Deterministic: false, expected, null);
            }
            expected = output;
        }
        var actual = await ProcessRunner.RunAsync(cppExe, [], _workDir, RunTimeout, env, cancellationToken).ConfigureAwait(false);
        return new DifferentialResult(name, true, null, true, true, expected, actual.Stdout + (actual.TimedOut ? "\n<timed out>" : ""));
    }
}
