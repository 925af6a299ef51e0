using System.CommandLine;
using System.Globalization;
using CodeIntel.Cli.Output;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Retrieval.Engine;

namespace CodeIntel.Cli.Commands;

/// <summary><c>codeintel index PATH</c>: builds or updates the search index of a repository.</summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "The repository (directory) to index.", DefaultValueFactory = _ => "." };
        var model = new ModelArguments();
        var command = new Command("index",
            "Index a repository for search: chunks every source file, stores them with a BM25 index (searchable at once), " +
            "then embeds them. Incremental: only changed files are read again and no chunk is embedded twice. " +
            "Safe to interrupt: the next run resumes. Exit codes: 0 done, 1 failure, 2 invalid arguments, 130 interrupted.")
        {
            path,
        };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = Path.GetFullPath(parse.GetValue(path)!);
            if (!Directory.Exists(root))
            {
                await stderr.WriteLineAsync($"codeintel: no such directory: {parse.GetValue(path)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var options = await model.EngineOptionsAsync(parse, root, stderr, cancellationToken).ConfigureAwait(false);
            using var engine = SearchEngine.Open(options, cancellationToken);
            foreach (var note in engine.Notes)
            {
                await stderr.WriteLineAsync($"codeintel: {note}").ConfigureAwait(false);
            }
            await stderr.WriteLineAsync($"indexing {root} with {engine.Model.Identity} into {options.IndexDirectory}").ConfigureAwait(false);
            var progress = new IndexProgressRenderer(stderr, !Console.IsErrorRedirected, TimeProvider.System);
            var summary = await engine.IndexAsync(root, progress, cancellationToken).ConfigureAwait(false);
            progress.Complete();
            await stdout.WriteLineAsync(Summarise(summary)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Summarise(CodeIntel.Retrieval.Indexing.IndexRunSummary s)
    {
        var lines = new List<string>();
        if (s.ResetReason is not null)
        {
            lines.Add($"index rebuilt from scratch: {s.ResetReason}");
        }
        if (s.VectorRebuildReason is not null)
        {
            lines.Add($"vector index rebuilt: {s.VectorRebuildReason}");
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"files: {s.FilesScanned} scanned, {s.FilesAdded} added, {s.FilesChanged} changed, {s.FilesDeleted} deleted, {s.FilesUnchanged} unchanged, {s.Skipped.Count} skipped"));
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"chunks: {s.ChunksAdded} added, {s.ChunksRemoved} removed, {s.ChunksEmbedded} embedded, {s.EmbeddingsReused} reused from cache; {s.State.Chunks} in the index"));
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"time: files {s.FilesElapsed.TotalSeconds:0.00} s, embedding {s.EmbeddingElapsed.TotalSeconds:0.00} s, vectors {s.VectorsElapsed.TotalSeconds:0.00} s"));
        return string.Join(Environment.NewLine, lines);
    }
}
