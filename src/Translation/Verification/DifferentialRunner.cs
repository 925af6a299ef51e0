namespace CodeIntel.Translation.Verification;

/// <summary>
/// Checks a Fortran-to-C++ translation the way a user would: compile the original with gfortran and the translation
/// with <c>g++ -std=c++17 -fopenmp</c>, run both with <c>OMP_NUM_THREADS</c> fixed, and compare what they print. The
/// original is run several times and once single-threaded: when its output varies (a data race, a timer), it is not
/// deterministic and the comparison is not made.
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

    // Extra runs of the original when the translation's output differs from what the sampling runs saw.
    private const int ConfirmationRuns = 8;

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
        // Deterministic means: the same output in every run, and with one thread as with many (a race shows up as
        // either). The translation must then print exactly that, run after run.
        string? expected = null;
        foreach (var threads in Enumerable.Repeat(Threads, Repeats).Append(1))
        {
            var output = await RunOnceAsync(fExe, threads, cancellationToken).ConfigureAwait(false);
            if (expected is not null && output != expected)
            {
                return new DifferentialResult(name, true, null, true, Deterministic: false, expected, null);
            }
            expected = output;
        }
        string? actual = null;
        for (int i = 0; i < 2 && (actual is null || actual == expected); i++)
        {
            actual = await RunOnceAsync(cppExe, Threads, cancellationToken).ConfigureAwait(false);
        }
        if (actual != expected)
        {
            // A race can pass a handful of sampling runs: before calling the translation wrong, look harder at the
            // original. If it ever prints something else, its output was never a fixed answer to compare with.
            for (var i = 0; i < ConfirmationRuns; i++)
            {
                if (await RunOnceAsync(fExe, Threads, cancellationToken).ConfigureAwait(false) != expected)
                {
                    return new DifferentialResult(name, true, null, true, Deterministic: false, expected, actual);
                }
            }
            // With OpenMP in the original, a stable run of samples does not prove it race-free (DataRaceBench's
            // `_yes` programs print before a taskwait): when the translation, which keeps the same directives, also
            // prints the original's answer in some runs, the output depends on scheduling, not on the translation.
            if (fortran.Contains("!$omp", StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 0; i < ConfirmationRuns; i++)
                {
                    if (await RunOnceAsync(cppExe, Threads, cancellationToken).ConfigureAwait(false) == expected)
                    {
                        return new DifferentialResult(name, true, null, true, Deterministic: false, expected, actual);
                    }
                }
            }
        }
        return new DifferentialResult(name, true, null, true, true, expected, actual);
    }

    private async Task<string> RunOnceAsync(string exe, int threads, CancellationToken cancellationToken)
    {
        var env = new Dictionary<string, string> { ["OMP_NUM_THREADS"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var run = await ProcessRunner.RunAsync(exe, [], _workDir, RunTimeout, env, cancellationToken).ConfigureAwait(false);
        return run.Stdout + (run.TimedOut ? "\n<timed out>" : "");
    }
}
