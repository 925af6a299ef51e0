using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeIntel.Evaluation.ComputationalAccuracy;

/// <summary>
/// Runs a TransCoder Python test script with a candidate <c>f_filled</c> in place of <c>#TOFILL</c> and reads
/// its <c>#Results: passed, total</c> line. A script that crashes, prints no results or outlives the timeout fails.
/// </summary>
public sealed partial class PythonHarness(string pythonExecutable, TimeSpan timeout)
{
    public async Task<HarnessOutcome> RunAsync(string harnessPath, string candidate, string workDirectory, CancellationToken cancellationToken = default)
    {
        var script = await File.ReadAllTextAsync(harnessPath, cancellationToken).ConfigureAwait(false);
        if (!script.Contains("#TOFILL", StringComparison.Ordinal))
        {
            return new HarnessOutcome(false, "the script has no #TOFILL marker");
        }
        var path = Path.Combine(workDirectory, Path.GetFileName(harnessPath));
        await File.WriteAllTextAsync(path, script.Replace("#TOFILL", candidate, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);

        using var process = new Process
        {
            StartInfo = new ProcessStartInfo(pythonExecutable, [path]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false },
        };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return new HarnessOutcome(false, $"timed out after {timeout.TotalSeconds:0} s");
        }
        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        var match = ResultsLine().Match(output);
        if (!match.Success)
        {
            var last = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? $"exit code {process.ExitCode}";
            return new HarnessOutcome(false, last.Trim());
        }
        var passed = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var total = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return new HarnessOutcome(passed == total && total > 0, $"{passed}/{total} tests");
    }

    [GeneratedRegex(@"#Results:\s*(\d+),\s*(\d+)")]
    private static partial Regex ResultsLine();
}
