using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>
/// Computational accuracy on TransCoder GeeksforGeeks (Roziere et al., 2020, "Unsupervised Translation of
/// Programming Languages"): translate each <c>f_gold</c>, fill it into the Python harness as <c>f_filled</c>, run
/// the harness in a child Python with CPU, memory and wall-clock limits, and count a problem as passed when every
/// test of its harness agrees with the reference.
/// </summary>
public sealed partial class TranscoderRunner(TranslationRouter router, TranscoderOptions options)
{
    private const string Marker = "#TOFILL";

    // Sets resource limits inside the child, then runs the harness as __main__: the sandbox needs no external tool.
    private const string Launcher =
        "import resource, runpy, sys\n" +
        "mem, cpu = int(sys.argv[2]), int(sys.argv[3])\n" +
        "resource.setrlimit(resource.RLIMIT_AS, (mem, mem))\n" +
        "resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))\n" +
        "sys.setrecursionlimit(10000)\n" +
        "runpy.run_path(sys.argv[1], run_name='__main__')\n";

    public async Task<IReadOnlyList<TranscoderOutcome>> RunAsync(IReadOnlyList<TranscoderProblem> problems, string scratchFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Directory.CreateDirectory(scratchFolder);
        using var parsers = new ParserPool();
        var outcomes = new TranscoderOutcome[problems.Count];
        await Parallel.ForAsync(0, problems.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var outcome = await RunOneAsync(problems[i], parsers, scratchFolder, token).ConfigureAwait(false);
                if (options.CheckSource && !outcome.Success && outcome.Translation is { } translation)
                {
                    outcome = outcome with { SourceAgrees = await new TranscoderSourceCheck(options).AgreesAsync(problems[i], translation, scratchFolder, parsers, token).ConfigureAwait(false) };
                }
                outcomes[i] = outcome;
            }).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>Translates and checks one problem.</summary>
    public async Task<TranscoderOutcome> RunOneAsync(TranscoderProblem problem, ParserPool parsers, string scratchFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var script = await File.ReadAllTextAsync(problem.SourcePath, cancellationToken).ConfigureAwait(false);
        if (GoldFunction.Extract(script, problem.SourceLanguage, parsers, cancellationToken) is not { } gold)
        {
            return new(problem, 0, 0, TranscoderFailure.NoSourceFunction, "no f_gold in the source script", null);
        }
        TranslationResult translation;
        try
        {
            translation = await router.TranslateAsync(new TranslationRequest(gold, TranslationTarget.Python, problem.SourceLanguage), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // A translator bug must show as a failure of this problem, not stop the whole run.
            return new(problem, 0, 0, TranscoderFailure.DidNotParse, "translator error: " + FirstLine(e.Message), null);
        }
        var filled = FunctionName().Replace(translation.Text, "f_filled");
        var harness = await File.ReadAllTextAsync(problem.PythonHarnessPath, cancellationToken).ConfigureAwait(false);
        if (!harness.Contains(Marker, StringComparison.Ordinal))
        {
            return new(problem, 0, 0, TranscoderFailure.NoSourceFunction, "the Python harness has no " + Marker + " marker", filled);
        }
        Directory.CreateDirectory(scratchFolder);
        var path = Path.Combine(scratchFolder, problem.SourceLanguage.Id + "_" + problem.Id + ".py");
        await File.WriteAllTextAsync(path, harness.Replace(Marker, filled, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        var (exitCode, stdout, stderr, timedOut) = await RunPythonAsync(path, cancellationToken).ConfigureAwait(false);
        var untranslated = translation.Warnings.Count > 0 && filled.Contains(PyComment.UntranslatedMarker, StringComparison.Ordinal);
        if (timedOut)
        {
            return new(problem, 0, 0, untranslated ? TranscoderFailure.UntranslatedConstruct : TranscoderFailure.Timeout, $"ran past {options.Timeout.TotalSeconds:0} s", filled);
        }
        var match = ResultLine().Match(stdout);
        if (exitCode != 0 || !match.Success)
        {
            var error = LastLine(stderr);
            return new(problem, 0, 0, untranslated ? TranscoderFailure.UntranslatedConstruct : TranscoderFailure.Exception, error, filled);
        }
        var passed = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var total = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (passed == total)
        {
            return new(problem, passed, total, TranscoderFailure.None, string.Empty, filled);
        }
        return new(problem, passed, total, untranslated ? TranscoderFailure.UntranslatedConstruct : TranscoderFailure.WrongAnswer, $"{passed} of {total} tests agree", filled);
    }

    private async Task<(int ExitCode, string Stdout, string Stderr, bool TimedOut)> RunPythonAsync(string path, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(path)!,
        };
        foreach (var argument in new[] { "-I", "-c", Launcher, path, options.MemoryBytes.ToString(CultureInfo.InvariantCulture),
            Math.Ceiling(options.Timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{options.Python}'.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return (-1, string.Empty, string.Empty, true);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), false);
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no output" : lines[^1];
    }

    [GeneratedRegex(@"\bf_gold\b")]
    private static partial Regex FunctionName();

    [GeneratedRegex(@"#Results:\s*(\d+),\s*(\d+)")]
    private static partial Regex ResultLine();
}
