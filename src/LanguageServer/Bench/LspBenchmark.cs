using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.LanguageServer.Bench;

/// <summary>
/// <c>bench lsp WORKSPACE</c>: what an editor user waits for, measured through the real server process over stdio.
/// (1) From starting the server on a workspace to the first search answer with results, on a fresh index; (2) search
/// latency as a person types: one request per keystroke at a typist's pace, each cancelling the previous one still
/// in flight (as the extension does), reported as p50/p95 of the answered requests, per mode.
/// </summary>
internal static class LspBenchmark
{
    private const string Usage = "usage: bench lsp WORKSPACE [--queries N] [--keystroke-ms 80] [--index-root DIR] [--model DIR] [--fp32]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length < 2 || args[0] != "lsp" || !Directory.Exists(args[1]))
        {
            await stderr.WriteLineAsync(args.Length >= 2 && args[0] == "lsp" ? $"bench lsp: no such directory: {args[1]}\n{Usage}" : Usage).ConfigureAwait(false);
            return 2;
        }
        var workspace = Path.GetFullPath(args[1]);
        var queries = 20;
        var keystroke = 80;
        string? indexDir = null;
        string? model = null;
        var quantized = true;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--queries" when i + 1 < args.Length: queries = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--keystroke-ms" when i + 1 < args.Length: keystroke = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--index-root" when i + 1 < args.Length: indexDir = args[++i]; break;
                case "--model" when i + 1 < args.Length: model = args[++i]; break;
                case "--fp32": quantized = false; break;
                default:
                    await stderr.WriteLineAsync($"bench lsp: unknown argument '{args[i]}'\n{Usage}").ConfigureAwait(false);
                    return 2;
            }
        }
        var scratch = indexDir is null ? Directory.CreateTempSubdirectory("codeintel-bench-lsp-").FullName : null;
        try
        {
            return await MeasureAsync(workspace, indexDir ?? scratch!, model, quantized, queries, keystroke, stdout).ConfigureAwait(false);
        }
        finally
        {
            if (scratch is not null)
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task<int> MeasureAsync(string workspace, string indexDir, string? model, bool quantized, int queryCount, int keystrokeMs, TextWriter stdout)
    {
        var firstQuery = FirstQuery(workspace);
        var clock = Stopwatch.StartNew();
        await using var client = LspProcessClient.Start(typeof(LspBenchmark).Assembly.Location);
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            capabilities = new { window = new { workDoneProgress = true } },
            workspaceFolders = new[] { new { uri = new Uri(workspace).AbsoluteUri, name = Path.GetFileName(workspace) } },
            initializationOptions = new { indexDirectory = indexDir, modelDirectory = model, quantized },
        }, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        var initialized = clock.Elapsed;
        await client.NotifyAsync("initialized", new { }).ConfigureAwait(false);

        // Ask until an answer has results: that is when a user first gets something useful.
        JsonObject answer;
        while (true)
        {
            answer = await client.RequestAsync("codeIntel/search", new { query = firstQuery, k = 10 }, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
            if (answer["result"]?["results"]?.AsArray().Count > 0)
            {
                break;
            }
        }
        var firstAnswer = clock.Elapsed;
        var filesDone = await client.WaitForNotificationAsync("codeIntel/indexStatus",
            p => (string?)p?["folders"]?[0]?["state"] is "embedding" or "ready", TimeSpan.FromMinutes(30)).ConfigureAwait(false);
        var lexicalReady = clock.Elapsed;
        var status = filesDone["params"]!["folders"]![0]!;

        await stdout.WriteLineAsync($"workspace: {workspace}").ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"initialize answered:                 {initialized.TotalSeconds,7:0.00} s")).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"first search answer with results:    {firstAnswer.TotalSeconds,7:0.00} s  (query \"{firstQuery}\", top: {(string?)answer["result"]!["results"]![0]!["symbol"]})")).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"all files indexed (lexical complete):{lexicalReady.TotalSeconds,7:0.00} s  ({(string?)status["state"]}; {(long?)status["files"]} files, {(long?)status["chunks"]} chunks)")).ConfigureAwait(false);

        var typed = await QueriesAsync(client, queryCount).ConfigureAwait(false);
        foreach (var mode in new[] { "lexical", "hybrid" })
        {
            var (latencies, cancelled) = await TypeAsync(client, typed, mode, keystrokeMs).ConfigureAwait(false);
            var embedding = client.Received.LastOrDefault(m => (string?)m["method"] == "codeIntel/indexStatus")?["params"]?["folders"]?[0]?["state"];
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"as-you-type {mode,-7} ({typed.Count} queries, a key every {keystrokeMs} ms, index {(string?)embedding}): {latencies.Count} answered, {cancelled} superseded; p50 {Percentile(latencies, 0.50):0.0} ms, p95 {Percentile(latencies, 0.95):0.0} ms, max {(latencies.Count == 0 ? 0 : latencies.Max()):0.0} ms")).ConfigureAwait(false);
        }
        var lastProgress = client.Received.LastOrDefault(m => (string?)m["method"] == "$/progress")?["params"]?["value"];
        await stdout.WriteLineAsync($"index progress at the end: {(string?)lastProgress?["kind"]} {(string?)lastProgress?["message"]}").ConfigureAwait(false);
        await client.RequestAsync("shutdown", null, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        await client.NotifyAsync("exit", null).ConfigureAwait(false);
        // What the server itself said about the index (a rebuild, a run's counts), so the figures can be read right.
        foreach (var line in client.Stderr.Split('\n').Where(l => l.Contains(": indexed in ", StringComparison.Ordinal) || l.Contains("rebuilt", StringComparison.Ordinal) || l.Contains("[warn]", StringComparison.Ordinal) || l.Contains("[error]", StringComparison.Ordinal)))
        {
            await stdout.WriteLineAsync($"server: {line.Trim()}").ConfigureAwait(false);
        }
        return 0;
    }

    /// <summary>Queries a person might type: names of the workspace's own symbols, split into words.</summary>
    private static async Task<IReadOnlyList<string>> QueriesAsync(LspProcessClient client, int count)
    {
        var names = new List<string>();
        foreach (var seed in new[] { "get", "read", "write", "create", "parse", "find", "add", "remove", "update", "compute", "to", "is" })
        {
            var symbols = await client.RequestAsync("workspace/symbol", new { query = seed }, TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            names.AddRange((symbols["result"]?.AsArray() ?? []).Select(s => (string)s!["name"]!));
        }
        return names
            .Select(n => string.Join(' ', CodeAnalyzer.Terms(n).Distinct(StringComparer.Ordinal).Where(t => t.Length > 1).Take(4)))
            .Where(q => q.Length >= 6)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static async Task<(List<double> Latencies, int Cancelled)> TypeAsync(LspProcessClient client, IReadOnlyList<string> queries, string mode, int keystrokeMs)
    {
        var latencies = new List<double>();
        var cancelled = 0;
        foreach (var query in queries)
        {
            var inFlight = new List<(int Id, long Sent)>();
            for (var length = 3; length <= query.Length; length++)
            {
                var sent = Stopwatch.GetTimestamp();
                foreach (var (id, _) in inFlight.Where(f => !Answered(client, f.Id)))
                {
                    await client.CancelAsync(id).ConfigureAwait(false);
                }
                inFlight.Add((await client.SendRequestAsync("codeIntel/search", new { query = query[..length], k = 20, mode }).ConfigureAwait(false), sent));
                // The next keystroke comes at a typist's pace: waiting for the clock, not for a result.
                var next = sent + (long)(keystrokeMs / 1000.0 * Stopwatch.Frequency);
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                if (left > TimeSpan.Zero)
                {
                    await Task.Delay(left).ConfigureAwait(false);
                }
            }
            foreach (var (id, sent) in inFlight)
            {
                var response = await client.WaitForResponseAsync(id, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
                if (response["error"] is not null)
                {
                    cancelled++;
                    continue;
                }
                var at = client.ReceivedAt(response);
                latencies.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
            }
        }
        return (latencies, cancelled);
    }

    private static bool Answered(LspProcessClient client, int id) =>
        client.Received.Any(m => m["method"] is null && m["id"] is JsonValue v && v.TryGetValue<int>(out var i) && i == id);

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>The first query: the name of the workspace's first source file, as words ("StringUtils.cs" → "string utils").</summary>
    private static string FirstQuery(string workspace)
    {
        var file = Directory.EnumerateFiles(workspace, "*.*", SearchOption.AllDirectories)
            .Where(f => Parsing.Languages.Language.FromPath(f) is { HasGrammar: true } && !f.Contains("/.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        var name = file is null ? "main" : Path.GetFileNameWithoutExtension(file);
        var words = string.Join(' ', CodeAnalyzer.Terms(name).Distinct(StringComparer.Ordinal).Take(4));
        return words.Length > 0 ? words : name;
    }
}
