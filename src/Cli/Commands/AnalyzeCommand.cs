using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodeIntel.Cli.Retrieval;
using CodeIntel.CloneDetection;
using CodeIntel.CloneDetection.Sarif;
using CodeIntel.CloneDetection.Semantic;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel analyze PATH [--sarif FILE] [--fail-on LEVEL]</c>: the clone rules over every language the parsing
/// layer knows, optional semantic clones through the embedder, SARIF for code scanning, an exit code for gating.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>Findings at or above --fail-on were reported.</summary>
    public const int FindingsExitCode = 3;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var workspace = new WorkspaceArguments();
        var sarif = new Option<string?>("--sarif") { Description = "Also write the findings as SARIF 2.1.0 to this file (for GitHub code scanning)." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 3 when a finding of this level or above is reported: error, warning, note or none.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "none");
        var minTokens = new Option<int>("--min-tokens") { Description = "Smallest function compared, in tokens.", DefaultValueFactory = _ => 50 };
        var minSimilarity = new Option<double>("--min-similarity")
        {
            Description = "Fingerprint Jaccard similarity at which two functions are near-duplicates (CI0002).",
            DefaultValueFactory = _ => 0.7,
        };
        var semantic = new Option<bool>("--semantic") { Description = "Also report semantic clones (CI0101) by code embeddings, across languages (embeds every function: slower)." };
        var minCosine = new Option<double>("--min-cosine")
        {
            Description = "Embedding cosine at which two functions are semantic clones.",
            DefaultValueFactory = _ => SemanticCloneFinder.DefaultMinCosine,
        };
        var model = new Option<string?>("--model") { Description = "Embedding model directory for --semantic. Default: the built-in all-MiniLM-L6-v2." };
        var command = new Command("analyze",
            "Find duplicated code: exact and renamed clones (CI0001), near-duplicates (CI0002) and, with --semantic, semantic " +
            "clones across languages (CI0101). Exit codes: 0 done, 1 failure, 2 invalid arguments, 3 findings at or above --fail-on, 130 interrupted.");
        workspace.AddTo(command);
        foreach (var option in new Option[] { sarif, failOn, minTokens, minSimilarity, semantic, minCosine, model })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (workspace.ExistingPath(parse, stderr) is not { } path)
            {
                return ExitCodes.Failure;
            }
            var options = new CloneDetectionOptions { MinTokens = parse.GetValue(minTokens), MinSimilarity = parse.GetValue(minSimilarity) };
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                await stderr.WriteLineAsync($"codeintel: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var clock = Stopwatch.StartNew();
            using var chunker = new SourceChunker(workspace.ChunkerOptions(parse));
            using var detector = new LanguageDetector();
            using var parsers = new ParserPool();
            var clones = new CloneDetector(options, chunker, detector, parsers, workspace.WorkspaceOptions(parse));
            var scan = clones.Scan(path, parse.GetValue(workspace.Threads), cancellationToken);
            var findings = clones.Find(scan, cancellationToken).ToList();
            // Binary, generated and oversized files are skipped by design (the summary counts them); a file that
            // could not be analysed is named with its reason.
            foreach (var skipped in scan.Skipped.Where(s => s.Reason.StartsWith("clone scan failed", StringComparison.Ordinal)))
            {
                await stderr.WriteLineAsync($"codeintel: skipped {skipped.RelativePath}: {skipped.Reason}").ConfigureAwait(false);
            }
            if (parse.GetValue(semantic))
            {
                using var embedder = await EmbedderUnitAdapter.OpenAsync(parse.GetValue(model), fp32: false, stderr, cancellationToken).ConfigureAwait(false);
                var finder = new SemanticCloneFinder(embedder, parse.GetValue(minCosine));
                findings.AddRange(await finder.FindAsync(scan.Units, findings, cancellationToken).ConfigureAwait(false));
            }

            foreach (var finding in findings)
            {
                await stdout.WriteLineAsync(
                    $"{finding.Unit.Path}:{finding.Unit.StartLine}: {SarifReport.LevelName(SarifReport.DefaultLevel(finding.Rule))} {finding.Rule.Id}: {finding.Message}")
                    .ConfigureAwait(false);
            }
            if (parse.GetValue(sarif) is { } sarifPath)
            {
                await using var file = File.Create(Path.GetFullPath(sarifPath));
                await SarifReport.WriteAsync(file, findings, typeof(AnalyzeCommand).Assembly.GetName().Version?.ToString(3) ?? "0.1.0", cancellationToken)
                    .ConfigureAwait(false);
            }
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"analyze {parse.GetValue(workspace.Path)}: {scan.Files} files, {scan.Units.Count} functions of {options.MinTokens}+ tokens, " +
                $"{findings.Count(f => f.Rule == CloneRule.Duplicate)} CI0001, {findings.Count(f => f.Rule == CloneRule.NearDuplicate)} CI0002, " +
                $"{findings.Count(f => f.Rule == CloneRule.Semantic)} CI0101 findings, {scan.Skipped.Count} skipped, {clock.Elapsed.TotalSeconds:0.0} s"))
                .ConfigureAwait(false);

            var threshold = ParseLevel(parse.GetValue(failOn)!);
            var gated = threshold != SarifLevel.None && findings.Any(f => SarifReport.DefaultLevel(f.Rule) >= threshold);
            return gated ? FindingsExitCode : ExitCodes.Success;
        });
        return command;
    }

    private static SarifLevel ParseLevel(string level) => level switch
    {
        "error" => SarifLevel.Error,
        "warning" => SarifLevel.Warning,
        "note" => SarifLevel.Note,
        _ => SarifLevel.None,
    };
}
