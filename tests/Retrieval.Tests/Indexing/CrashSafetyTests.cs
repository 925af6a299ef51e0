using System.Diagnostics;
using CodeIntel.Retrieval.Indexing;
using Xunit.Abstractions;

namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>
/// Kills a real indexing process (tests/IndexCrashHarness) at random moments of both phases, then lets a last run
/// finish, and checks the index against a clean one: same chunks, one vector per chunk and no other, and no content
/// embedded twice except the one batch each kill interrupted.
/// </summary>
public class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Files = 300;

    [Fact]
    public async Task UpdateAsync_ProcessKilledRepeatedly_EndsIdenticalToACleanIndexWithNothingEmbeddedTwice()
    {
        using var clean = new IndexFixture();
        using var index = new TempDirectory();
        SampleTree.Write(clean.Tree, Files);
        await clean.UpdateAsync();
        var log = Path.Combine(index.Root, "embed.log");
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var runs = new List<HarnessRun>();

        // Two kills while files are being committed, three while embedding (which includes vector checkpoints).
        foreach (var phase in new[] { "Files", "Files", "Embedding", "Embedding", "Embedding" })
        {
            runs.Add(await HarnessRun.KillDuringAsync(clean.Tree.Root, index.Root, log, phase, TimeSpan.FromMilliseconds(random.Next(0, 400))));
            output.WriteLine(runs[^1].ToString());
        }
        var final = await HarnessRun.CompleteAsync(clean.Tree.Root, index.Root, log);
        runs.Add(final);
        var again = await HarnessRun.CompleteAsync(clean.Tree.Root, index.Root, log);

        Assert.Contains(runs, r => r.Killed && r.LastPhase == "Files");
        Assert.Contains(runs, r => r.Killed && r.LastPhase == "Embedding");
        Assert.Contains("embedded 0 ", again.Output);
        Assert.Contains("rebuild False", final.Output);

        using var store = IndexStore.Open(index.Root);
        var chunks = store.GetChunks(store.GetChunkKeys());
        var expected = clean.Chunks();
        Assert.Equal(expected.Count, chunks.Count);
        Assert.Equal(expected.Select(c => c.Id).Order(), chunks.Select(c => c.Id).Order());
        var vectors = InMemoryVectorIndex.Load(Path.Combine(index.Root, "vectors.txt"));
        Assert.Equal(chunks.Select(c => c.Key).Order(), vectors.Keys);
        Assert.All(chunks, c => Assert.Equal(c.ContentHash, vectors.Get(c.Key)!.Payload.ContentHash));
        var embeds = EmbedLog.Read(log);
        output.WriteLine($"{embeds.Entries.Count} texts embedded for {chunks.Select(c => c.ContentHash).Distinct().Count()} contents; " +
                         $"{embeds.Entries.GroupBy(e => e.Hash).Count(g => g.Count() > 1)} embedded again after a kill");
        foreach (var g in embeds.Entries.GroupBy(e => e.Pid))
        {
            output.WriteLine($"pid {g.Key}: {g.Count()} texts in {g.Max(e => e.Batch)} batches");
        }
        AssertEachContentEmbeddedOnce(embeds, runs, chunks.Select(c => c.ContentHash).ToHashSet());
    }

    /// <summary>
    /// Every content was embedded, none twice within a run, and a content embedded by two runs was, in the earlier
    /// (killed) run, in the last batch it started: the one the kill interrupted before its commit.
    /// </summary>
    private static void AssertEachContentEmbeddedOnce(EmbedLog log, IReadOnlyList<HarnessRun> runs, HashSet<string> contents)
    {
        Assert.Equal(contents.Order(), log.Entries.Select(e => e.Hash).Distinct().Order());
        foreach (var group in log.Entries.GroupBy(e => e.Pid))
        {
            Assert.Equal(group.Count(), group.Select(e => e.Hash).Distinct().Count());
        }
        var order = runs.Select(r => r.Pid).ToList();
        foreach (var repeated in log.Entries.GroupBy(e => e.Hash).Where(g => g.Count() > 1))
        {
            foreach (var earlier in repeated.OrderBy(e => order.IndexOf(e.Pid)).SkipLast(1))
            {
                Assert.True(runs.Single(r => r.Pid == earlier.Pid).Killed, $"{repeated.Key} was embedded again after a run that was not killed");
                Assert.Equal(log.LastBatch(earlier.Pid), earlier.Batch);
            }
        }
    }

    /// <summary>One run of the harness process.</summary>
    private sealed record HarnessRun(int Pid, bool Killed, string LastPhase, string Output)
    {
        private static readonly string Harness = Locate();

        public static async Task<HarnessRun> KillDuringAsync(string root, string index, string log, string phase, TimeSpan after)
        {
            using var process = Start(root, index, log, "--batch", "16", "--embed-delay-ms", "25", "--file-delay-ms", "2");
            var lines = new List<string>();
            var reached = new TaskCompletionSource();
            var exited = new TaskCompletionSource();
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    exited.TrySetResult();
                    return;
                }
                lock (lines)
                {
                    lines.Add(e.Data);
                }
                if (e.Data == "phase " + phase)
                {
                    reached.TrySetResult();
                }
            };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await Task.WhenAny(reached.Task, exited.Task).WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(after);
            var killed = false;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killed = true;
            }
            await process.WaitForExitAsync();
            lock (lines)
            {
                var last = lines.LastOrDefault(l => l.StartsWith("phase ", StringComparison.Ordinal))?["phase ".Length..] ?? "none";
                return new HarnessRun(process.Id, killed && !lines.Any(l => l.StartsWith("done", StringComparison.Ordinal)), last, string.Join('\n', lines));
            }
        }

        public static async Task<HarnessRun> CompleteAsync(string root, string index, string log)
        {
            using var process = Start(root, index, log, "--batch", "16");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(process.ExitCode == 0, $"the harness failed: {await stderr}");
            return new HarnessRun(process.Id, Killed: false, "done", await stdout);
        }

        private static Process Start(string root, string index, string log, params string[] options)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { Harness, "index", root, index, log }.Concat(options))
            {
                start.ArgumentList.Add(argument);
            }
            return Process.Start(start)!;
        }

        /// <summary>The harness's build output beside this test assembly's: tests/IndexCrashHarness/bin/CONFIG/TFM/.</summary>
        private static string Locate()
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (framework, configuration, tests) = (here.Name, here.Parent!.Name, here.Parent.Parent!.Parent!.Parent!.FullName);
            var path = Path.Combine(tests, "IndexCrashHarness", "bin", configuration, framework, "IndexCrashHarness.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The crash harness is not built at {path}. Build the solution (or tests/Retrieval.Tests, which builds it).");
        }
    }
}
