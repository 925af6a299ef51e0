using System.CommandLine;
using System.Diagnostics;
using CodeIntel.Cli.Output;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Cli.Commands;

/// <summary><c>codeintel chunks PATH [--json]</c>: the chunks a file or a directory tree is indexed as.</summary>
internal static class ChunksCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var workspace = new WorkspaceArguments();
        var json = new Option<bool>("--json") { Description = "Write one JSON document (chunks with text, skipped files, summary) instead of text." };
        var command = new Command("chunks",
            "List the chunks of a file or directory tree: functions, methods, classes (as outlines) and top-level code, " +
            "with line and byte spans and symbol paths. Respects .gitignore; skips binary, generated and oversized files " +
            "and says why. Exit codes: 0 done, 1 path not found, 2 invalid arguments, 130 interrupted.");
        workspace.AddTo(command);
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (workspace.ExistingPath(parse, stderr) is not { } path)
            {
                return ExitCodes.Failure;
            }
            await using IChunkReportWriter writer = parse.GetValue(json)
                ? new JsonChunkReportWriter(stdout)
                : new TextChunkReportWriter(stdout);
            using var chunker = new SourceChunker(workspace.ChunkerOptions(parse));
            using var detector = new LanguageDetector();
            var run = new WorkspaceChunker(chunker, detector, workspace.WorkspaceOptions(parse));
            var summary = new RunSummary();
            var clock = Stopwatch.StartNew();
            foreach (var result in run.Chunk(path, parse.GetValue(workspace.Threads), cancellationToken))
            {
                summary.Add(result);
                await writer.WriteAsync(result, cancellationToken).ConfigureAwait(false);
            }
            await writer.WriteSummaryAsync(summary, clock.Elapsed, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
