namespace CodeIntel.Translation.Verification;

/// <summary>
/// The classic rule-based anchor for FORTRAN 77: translate with f2c, build the C with gcc against libf2c, run it.
/// f2c accepts fixed-form FORTRAN 77 only.
/// </summary>
public sealed class F2cRunner
{
    private readonly Toolchain _tools;
    private readonly string _workDir;

    public F2cRunner(Toolchain tools, string workDir)
    {
        _tools = tools;
        _workDir = workDir;
    }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The program's output, or null with the failing step's diagnostics.</summary>
    public async Task<(string? Output, string? Error, string? CText)> RunAsync(string name, string fortran77, IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        var f = Path.Combine(_workDir, name + ".f");
        await File.WriteAllTextAsync(f, fortran77, cancellationToken).ConfigureAwait(false);
        var translate = await ProcessRunner.RunAsync(_tools.F2c!, ["-d", _workDir, f], _workDir, Timeout, null, cancellationToken).ConfigureAwait(false);
        var c = Path.Combine(_workDir, name + ".c");
        if (!translate.Succeeded || !File.Exists(c))
        {
            return (null, "f2c: " + translate.Stderr + translate.Stdout, null);
        }
        var exe = Path.Combine(_workDir, name + ".f2c.exe");
        var build = await ProcessRunner.RunAsync(_tools.Gcc!, ["-w", c, "-o", exe, "-lf2c", "-lm"], _workDir, Timeout, null, cancellationToken).ConfigureAwait(false);
        var text = await File.ReadAllTextAsync(c, cancellationToken).ConfigureAwait(false);
        if (!build.Succeeded)
        {
            return (null, "gcc: " + build.Stderr, text);
        }
        var run = await ProcessRunner.RunAsync(exe, [], _workDir, Timeout, environment, cancellationToken).ConfigureAwait(false);
        return (run.Stdout, run.Succeeded ? null : $"exit {run.ExitCode}", text);
    }
}
