using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeIntel.Bench.AnalyzerOverhead;

/// <summary>
/// The wall time the analyzer package adds to a real <c>dotnet build</c>: the project (and what it references) is
/// rebuilt from scratch (<c>--no-incremental</c>) without and with the analyzer assembly, alternating which goes
/// first. The analyzer is added the way a package reference adds it, as an <c>Analyzer</c> item, through MSBuild's
/// <c>CustomAfterMicrosoftCommonTargets</c> hook, so the project files stay untouched; the baseline imports an empty
/// file through the same hook. The SDK's own analyzers stay on in both, as in every real build, and the compiler
/// server stays warm across builds, as on a developer's machine or a CI runner after its first build.
/// </summary>
internal static partial class DotnetBuildOverhead
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: codeintel-analyzer-overhead-bench dotnet-build PROJECT.csproj|SOLUTION --analyzer CodeIntel.Analyzers.dll [--repeat N]");
            return 2;
        }
        var project = Path.GetFullPath(args[1]);
        var analyzer = Option(args, "--analyzer") is { } a ? Path.GetFullPath(a) : null;
        if (analyzer is null || !File.Exists(analyzer))
        {
            Console.Error.WriteLine("codeintel-analyzer-overhead-bench: --analyzer must name the built analyzer assembly (dotnet build src/Analyzers -c Release)");
            return 2;
        }
        var repeat = Option(args, "--repeat") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;

        var hooks = Directory.CreateTempSubdirectory("codeintel-overhead-");
        try
        {
            var empty = Path.Combine(hooks.FullName, "baseline.targets");
            var withAnalyzer = Path.Combine(hooks.FullName, "with-analyzer.targets");
            File.WriteAllText(empty, "<Project />\n");
            File.WriteAllText(withAnalyzer, $"<Project>\n  <ItemGroup>\n    <Analyzer Include=\"{analyzer}\" />\n  </ItemGroup>\n</Project>\n");

            Console.WriteLine($"dotnet build overhead: {Path.GetFileName(project)}, {repeat} timed pairs after one warm-up pair, {Environment.ProcessorCount} cores");
            var baseline = new List<double>();
            var analyzed = new List<double>();
            var telemetry = new List<double>();
            for (var run = 0; run <= repeat; run++)
            {
                var plainFirst = run % 2 == 0;
                var first = Build(project, plainFirst ? empty : withAnalyzer);
                var second = Build(project, plainFirst ? withAnalyzer : empty);
                var (plain, with) = plainFirst ? (first, second) : (second, first);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(run == 0 ? "warm-up" : $"run {run}"),-8} build {plain.Seconds,6:0.0} s   +analyzers {with.Seconds,6:0.0} s ({(with.Seconds / plain.Seconds - 1) * 100,5:+0.0;-0.0}%)   " +
                    $"analyzer time (compiler's telemetry, summed over projects and threads): CodeIntel {with.CodeIntelSeconds:0.00} s, all analyzers {with.AllAnalyzerSeconds:0.00} s   CodeIntel findings {with.Findings}"));
                if (run > 0)
                {
                    baseline.Add(plain.Seconds);
                    analyzed.Add(with.Seconds);
                    telemetry.Add(with.CodeIntelSeconds);
                }
            }
            var ratios = baseline.Zip(analyzed, (b, w) => w / b).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median   build {Median(baseline):0.0} s   build+analyzers {Median(analyzed):0.0} s   overhead {(Median(analyzed) / Median(baseline) - 1) * 100:0.0}% (target < 15%)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"minimum  build {baseline.Min():0.0} s   build+analyzers {analyzed.Min():0.0} s   overhead {(analyzed.Min() / baseline.Min() - 1) * 100:0.0}%   paired ratios {string.Join(", ", ratios.Select(x => ((x - 1) * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture)))}%"));
            // Wall-time ratios swing with other load on a shared machine; the compiler's own account of the time spent in
            // the CodeIntel analyzers does not, and it is an upper bound on what they add (analyzers run concurrently).
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"telemetry CodeIntel analyzers {Median(telemetry):0.00} s = {Median(telemetry) / Median(baseline) * 100:0.0}% of the median build without them (upper bound; target < 15%)"));
            return 0;
        }
        finally
        {
            hooks.Delete(recursive: true);
        }
    }

    private static (double Seconds, int Findings, double CodeIntelSeconds, double AllAnalyzerSeconds) Build(string project, string hook)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            // ReportAnalyzer makes csc print each analyzer's execution time; csc's messages show at detailed verbosity.
            "build", project, "-c", "Release", "--no-incremental", "-nologo", "-v", "detailed", "-clp:NoSummary", "-p:ReportAnalyzer=true",
            $"-p:CustomAfterMicrosoftCommonTargets={hook}",
            // The analyzer's warnings must not fail a project that treats warnings as errors: both builds run to the end.
            "-p:TreatWarningsAsErrors=false", "-p:CodeAnalysisTreatWarningsAsErrors=false",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build {project} failed (exit {process.ExitCode}):\n{stdout}\n{stderr.Result}");
        }
        var lines = stdout.Split('\n');
        // MSBuild echoes each warning more than once at detailed verbosity: count distinct (file, position, message).
        var findings = lines.Select(l => Finding().Match(l)).Where(m => m.Success).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count();
        double Sum(Regex pattern) => lines.Select(l => pattern.Match(l)).Where(m => m.Success)
            .Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return (seconds, findings, Sum(CodeIntelTime()), Sum(TotalAnalyzerTime()));
    }

    [GeneratedRegex(@"[^\s>]+\.cs\(\d+,\d+(,\d+,\d+)?\): warning CI\d{4}: [^\[]*")]
    private static partial Regex Finding();

    // "   1.069    8   CodeIntel.Analyzers, Version=..." in csc's analyzer report.
    [GeneratedRegex(@"^\s*([0-9]+\.[0-9]+)\s+\S+\s+CodeIntel\.Analyzers, Version=")]
    private static partial Regex CodeIntelTime();

    [GeneratedRegex(@"Total analyzer execution time: ([0-9]+\.[0-9]+) seconds")]
    private static partial Regex TotalAnalyzerTime();

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    /// <summary>The middle value (the upper one of an even count); shared with the in-process mode in Program.cs.</summary>
    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
