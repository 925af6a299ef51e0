using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using CodeIntel.Analyzers.Clones;
using CodeIntel.Analyzers.Documentation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: codeintel-analyzer-overhead-bench DIR [--repeat N] [--warmup N] [--only ANALYZER]
//        codeintel-analyzer-overhead-bench dotnet-build PROJECT --analyzer DLL [--repeat N]   (see DotnetBuildOverhead.cs)
//
// The compile time the CodeIntel analyzers add to a C# codebase, measured in-process with the compiler's own
// APIs: the same files are compiled (all method bodies bound, every compiler diagnostic computed) without and
// with the analyzers, concurrently as csc does, and the medians are compared. Emit is left out of both runs,
// which makes the ratio an upper bound on what a real `dotnet build` sees. The project corpus
// (bench/make-csharp-corpus.py) does not resolve every type; the compiler still binds every body, and so do the
// analyzers, so the comparison stays like for like. The machine may be shared: the two configurations alternate
// which goes first, and the minimum of each (the run least disturbed by other work) is compared, with the median
// beside it.
if (args.Length > 0 && args[0] == "dotnet-build")
{
    return CodeIntel.Bench.AnalyzerOverhead.DotnetBuildOverhead.Run(args);
}
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: codeintel-analyzer-overhead-bench DIR [--repeat N]   (DIR: a folder of C# files, e.g. from bench/make-csharp-corpus.py)");
    return 2;
}
var repeat = args.SkipWhile(a => a != "--repeat").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(5);
// --only DuplicateCodeAnalyzer|DocumentationDriftAnalyzer times one analyzer alone.
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var warmups = args.SkipWhile(a => a != "--warmup").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1);
var files = Directory.EnumerateFiles(args[0], "*.cs", SearchOption.AllDirectories)
    .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .ToList();
var sources = files.Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
var references = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
    .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
    .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .ToList();
ImmutableArray<DiagnosticAnalyzer> analyzers = [.. new DiagnosticAnalyzer[] { new DuplicateCodeAnalyzer(), new DocumentationDriftAnalyzer() }
    .Where(a => only is null || a.GetType().Name == only)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"analyzer overhead: {files.Count} files, {sources.Sum(s => s.Text.Length) / 1024.0 / 1024.0:0.0} MB, {repeat} timed runs after {warmups} warm-up(s), {Environment.ProcessorCount} cores"));

CSharpCompilation Compile()
{
    // DocumentationMode.None: how `dotnet build` parses a project that generates no documentation file.
    var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
    var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path)).ToList();
    return CSharpCompilation.Create("bench", trees, references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: true, nullableContextOptions: NullableContextOptions.Enable));
}

// CPU seconds of this process (all threads): on a shared machine this moves far less with other people's load than
// wall time does, and extra CPU work is what an analyzer costs a CI runner.
static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

(double Seconds, double Cpu, int Diagnostics) TimePlain()
{
    var cpu = CpuSeconds();
    var clock = Stopwatch.StartNew();
    var diagnostics = Compile().GetDiagnostics();
    return (clock.Elapsed.TotalSeconds, CpuSeconds() - cpu, diagnostics.Length);
}

// The driver's fixed cost, paid by every real build: compile with a do-nothing analyzer.
(double Seconds, double Cpu) TimeNoOp()
{
    GC.Collect();
    var cpu = CpuSeconds();
    var clock = Stopwatch.StartNew();
    var analyzed = Compile().WithAnalyzers([new CodeIntel.Bench.AnalyzerOverhead.NoOpAnalyzer()], new CompilationWithAnalyzersOptions(
        new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
    _ = analyzed.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    return (clock.Elapsed.TotalSeconds, CpuSeconds() - cpu);
}

var noOpCpu = new List<double>();
var baseline = new List<double>();
var withAnalyzers = new List<double>();
var baselineCpu = new List<double>();
var withAnalyzersCpu = new List<double>();
var analyzerTime = new Dictionary<string, List<double>>();
var findings = new Dictionary<string, int>();
for (var run = 1 - warmups; run <= repeat; run++)
{
    var plainFirst = run % 2 == 0;
    var (plainSeconds, plainCpu, compilerDiagnostics) = plainFirst ? TimePlain() : (0, 0, 0);
    GC.Collect();
    var cpuStart = CpuSeconds();
    var clock = Stopwatch.StartNew();
    var analyzed = Compile().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    var all = await analyzed.GetAllDiagnosticsAsync();
    var analyzedSeconds = clock.Elapsed.TotalSeconds;
    var analyzedCpu = CpuSeconds() - cpuStart;
    if (!plainFirst)
    {
        GC.Collect();
        (plainSeconds, plainCpu, compilerDiagnostics) = TimePlain();
    }

    var (noOpSeconds, noOpCpuSeconds) = TimeNoOp();
    var label = run <= 0 ? "warm-up" : $"run {run}";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-8} wall: compile {plainSeconds,6:0.00} s, +analyzers {analyzedSeconds,6:0.00} s ({(analyzedSeconds / plainSeconds - 1) * 100,5:+0.0;-0.0}%)   " +
        $"CPU: compile {plainCpu,6:0.00} s, +analyzers {analyzedCpu,6:0.00} s ({(analyzedCpu / plainCpu - 1) * 100,5:+0.0;-0.0}%)   no-op analyzer {noOpCpuSeconds,6:0.00} s CPU   compiler diagnostics {compilerDiagnostics}"));
    if (run <= 0)
    {
        continue;
    }
    baseline.Add(plainSeconds);
    withAnalyzers.Add(analyzedSeconds);
    baselineCpu.Add(plainCpu);
    noOpCpu.Add(noOpCpuSeconds);
    withAnalyzersCpu.Add(analyzedCpu);
    foreach (var analyzer in analyzers)
    {
        var telemetry = await analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        var name = analyzer.GetType().Name;
        (analyzerTime.TryGetValue(name, out var list) ? list : analyzerTime[name] = []).Add(telemetry.ExecutionTime.TotalSeconds);
    }
    foreach (var group in all.Where(d => d.Id.StartsWith("CI", StringComparison.Ordinal)).GroupBy(d => d.Id))
    {
        findings[group.Key] = group.Count();
    }
}

static double Median(List<double> values) => CodeIntel.Bench.AnalyzerOverhead.DotnetBuildOverhead.Median(values);
var compileMedian = Median(baseline);
var analyzedMedian = Median(withAnalyzers);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median   compile {compileMedian:0.000} s   compile+analyzers {analyzedMedian:0.000} s   overhead {(analyzedMedian / compileMedian - 1) * 100:0.0}%"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"minimum  compile {baseline.Min():0.000} s   compile+analyzers {withAnalyzers.Min():0.000} s   overhead {(withAnalyzers.Min() / baseline.Min() - 1) * 100:0.0}% (wall)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"CPU      compile {Median(baselineCpu):0.000} s   compile+analyzers {Median(withAnalyzersCpu):0.000} s   overhead {(Median(withAnalyzersCpu) / Median(baselineCpu) - 1) * 100:0.0}% (median CPU seconds; target < 15%)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"CPU      compile+no-op analyzer {Median(noOpCpu):0.000} s   compile+CodeIntel analyzers {Median(withAnalyzersCpu):0.000} s   overhead over a build that already runs analyzers {(Median(withAnalyzersCpu) / Median(noOpCpu) - 1) * 100:0.0}%"));
foreach (var (name, times) in analyzerTime.Where(a => a.Value.Any(t => t > 0)))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {name}: median execution time {Median(times):0.000} s (summed over threads), {Median(times) / compileMedian * 100:0.0}% of compile"));
}
Console.WriteLine("findings: " + string.Join(", ", findings.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}")));
return 0;
