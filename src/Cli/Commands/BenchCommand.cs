using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodeIntel.Cli.Output;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel bench chunks PATH</c>: throughput of scanning, reading and chunking a tree, repeated, with the
/// median. Figures, not assertions: compare ratios within one run on a noisy machine.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var bench = new Command("bench", "Benchmarks that print figures.");
        var workspace = new WorkspaceArguments();
        var repeat = new Option<int>("--repeat") { Description = "Timed runs after one warm-up run.", DefaultValueFactory = _ => 3 };
        var chunks = new Command("chunks", "Time 'codeintel chunks' on a tree without writing its output: MB/s, files/s, chunks/s, memory.");
        workspace.AddTo(chunks);
        chunks.Options.Add(repeat);
        chunks.SetAction(async (parse, cancellationToken) =>
        {
            if (workspace.ExistingPath(parse, stderr) is not { } path)
            {
                return ExitCodes.Failure;
            }
            using var chunker = new SourceChunker(workspace.ChunkerOptions(parse));
            using var detector = new LanguageDetector();
            var run = new WorkspaceChunker(chunker, detector, workspace.WorkspaceOptions(parse));
            var threads = parse.GetValue(workspace.Threads) ?? Environment.ProcessorCount;
            await stdout.WriteLineAsync($"bench chunks {path} ({threads} threads, max {chunker.Options.MaxTokens} tokens)").ConfigureAwait(false);

            var times = new List<double>();
            RunSummary? last = null;
            var runs = Math.Max(1, parse.GetValue(repeat));
            for (var i = 0; i <= runs; i++)
            {
                var summary = new RunSummary();
                var allocated = GC.GetTotalAllocatedBytes();
                var clock = Stopwatch.StartNew();
                foreach (var result in run.Chunk(path, threads, cancellationToken))
                {
                    summary.Add(result);
                }
                clock.Stop();
                var label = i == 0 ? "warm-up" : $"run {i}";
                await stdout.WriteLineAsync(Row(label, summary, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocated)).ConfigureAwait(false);
                if (i > 0)
                {
                    times.Add(clock.Elapsed.TotalSeconds);
                }
                last = summary;
            }
            times.Sort();
            var median = TimeSpan.FromSeconds(times[times.Count / 2]);
            await stdout.WriteLineAsync(Row("median", last!, median, null)).ConfigureAwait(false);
            using var process = Process.GetCurrentProcess();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"files {last!.Files}, skipped {last.Skipped}, chunks {last.Chunks}, {last.Bytes / 1024.0 / 1024.0:0.00} MB; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        bench.Subcommands.Add(chunks);
        bench.Subcommands.Add(CloneBenchCommand.Create(stdout, stderr));
        bench.Subcommands.Add(TranscoderBenchCommand.Create(stdout, stderr));
        bench.Subcommands.Add(GateBenchCommand.Create(stdout, stderr));
        bench.Subcommands.Add(NeuralBenchCommand.Create(stdout, stderr));
        foreach (var command in RetrievalBenchCommands.Create(stdout, stderr))
        {
            bench.Subcommands.Add(command);
        }
        return bench;
    }

    private static string Row(string label, RunSummary summary, TimeSpan elapsed, long? allocatedBytes)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var allocated = allocatedBytes is { } a ? string.Create(CultureInfo.InvariantCulture, $", allocated {a / 1024.0 / 1024.0:0} MB") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{label,-8} {elapsed.TotalSeconds,7:0.000} s  {summary.Bytes / 1024.0 / 1024.0 / seconds,7:0.00} MB/s  {summary.Files / seconds,7:0} files/s  {summary.Chunks / seconds,8:0} chunks/s{allocated}");
    }
}
