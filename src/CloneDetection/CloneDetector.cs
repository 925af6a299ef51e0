using System.Collections.Concurrent;
using CodeIntel.CloneDetection.Fingerprints;
using CodeIntel.CloneDetection.Units;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.CloneDetection;

/// <summary>
/// The clone rules CI0001 (exact and renamed) and CI0002 (near-duplicates) over a directory tree in every language
/// the parsing layer knows: the chunker's functions are the units, tree-sitter's leaves their tokens, and the
/// matching is the analyzers' own (Fingerprints/, shared by source).
/// </summary>
public sealed class CloneDetector(CloneDetectionOptions options, SourceChunker chunker, LanguageDetector detector, ParserPool parsers,
    WorkspaceOptions? workspace = null)
{
    private static readonly HashSet<ChunkKind> UnitKinds = [ChunkKind.Function, ChunkKind.Method, ChunkKind.Constructor];

    private readonly WorkspaceScanner _scanner = new(workspace);
    private readonly SourceFileLoader _loader = new(workspace);
    private readonly UnitShapeBuilder _shapes = new(options.KGram, options.Window);

    /// <summary>Reads every source file under <paramref name="root"/> (respecting .gitignore) into comparable units.</summary>
    public CloneScan Scan(string root, int? maxParallelism = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var units = new List<(CodeUnit Unit, UnitShape Shape)>();
        var skipped = new List<SkippedFile>();
        var files = 0;
        var results = _scanner.Scan(root, cancellationToken)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Clamp(maxParallelism ?? Environment.ProcessorCount, 1, 64))
            .WithCancellation(cancellationToken)
            .Select(item => item.File is { } file ? ScanFile(file, cancellationToken) : new FileUnits([], item.Skipped, false));
        foreach (var result in results)
        {
            units.AddRange(result.Units);
            if (result.Skipped is { } skip)
            {
                skipped.Add(skip);
            }
            files += result.Read ? 1 : 0;
        }
        return new CloneScan(units.Select(u => u.Unit).ToList(), units.Select(u => u.Shape).ToList(), skipped, files);
    }

    /// <summary>Every copy of every exact, renamed or near-duplicate clone, one finding per copy.</summary>
    public IReadOnlyList<CloneFinding> Find(CloneScan scan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var findings = new List<CloneFinding>();
        foreach (var group in CloneMatcher.FindGroups(scan.Shapes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = group.Kind == CloneKind.Exact ? "exact" : "renamed";
            foreach (var index in group.Members)
            {
                var unit = scan.Units[index];
                var others = group.Members.Where(m => m != index).Select(m => scan.Units[m]).Where(o => !o.Overlaps(unit)).ToList();
                if (others.Count > 0)
                {
                    findings.Add(new CloneFinding(CloneRule.Duplicate, kind, unit, others, 1.0));
                }
            }
        }
        foreach (var pair in CloneMatcher.FindNearPairs(scan.Shapes, options.MinSimilarity))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (a, b) = (scan.Units[pair.First], scan.Units[pair.Second]);
            if (!a.Overlaps(b))
            {
                findings.Add(new CloneFinding(CloneRule.NearDuplicate, "near", a, [b], pair.Similarity));
                findings.Add(new CloneFinding(CloneRule.NearDuplicate, "near", b, [a], pair.Similarity));
            }
        }
        return findings;
    }

    /// <summary>
    /// The findings for one document as an editor has it (unsaved text): its units replace those <paramref name="workspace"/>
    /// holds for the same path, and only the findings on the document's own units are returned.
    /// </summary>
    public IReadOnlyList<CloneFinding> FindInDocument(CloneScan workspace, string relativePath, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        options.Validate();
        var path = relativePath.Replace('\\', '/');
        var document = ScanSource(path, SourceText.FromString(text), cancellationToken);
        var units = new List<CodeUnit>();
        var shapes = new List<UnitShape>();
        for (var i = 0; i < workspace.Units.Count; i++)
        {
            if (!string.Equals(workspace.Units[i].Path, path, StringComparison.Ordinal))
            {
                units.Add(workspace.Units[i]);
                shapes.Add(workspace.Shapes[i]);
            }
        }
        units.AddRange(document.Select(u => u.Unit));
        shapes.AddRange(document.Select(u => u.Shape));
        return Find(new CloneScan(units, shapes, [], workspace.Files), cancellationToken)
            .Where(f => string.Equals(f.Unit.Path, path, StringComparison.Ordinal))
            .ToList();
    }

    private FileUnits ScanFile(WorkspaceFile file, CancellationToken cancellationToken)
    {
        var document = _loader.Load(file, out var skipped, cancellationToken);
        if (document is null)
        {
            return new FileUnits([], skipped, false);
        }
        try
        {
            return new FileUnits(ScanSource(document.RelativePath, document.Text, cancellationToken), null, true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad file never stops the run: it is reported with its reason.
            return new FileUnits([], new SkippedFile(file.RelativePath, $"clone scan failed ({e.GetType().Name}: {e.Message})"), false);
        }
    }

    private List<(CodeUnit Unit, UnitShape Shape)> ScanSource(string relativePath, SourceText text, CancellationToken cancellationToken)
    {
        var units = new List<(CodeUnit, UnitShape)>();
        var language = detector.Resolve(relativePath, text, cancellationToken);
        if (language is null || !language.HasGrammar)
        {
            return units;
        }
        var chunks = chunker.Chunk(relativePath, language, text, cancellationToken).Chunks
            .Where(c => UnitKinds.Contains(c.Kind))
            .ToList();
        if (chunks.Count > 0)
        {
            using var tree = parsers.Parse(language.Grammar, text, cancellationToken);
            foreach (var chunk in chunks)
            {
                var tokens = TreeSitterCloneTokens.Read(tree, chunk.StartByte, chunk.EndByte);
                if (tokens.Count >= options.MinTokens)
                {
                    units.Add((ToUnit(relativePath, language, chunk, tokens.Count), _shapes.Build(tokens)));
                }
            }
        }
        return units;
    }

    private static CodeUnit ToUnit(string path, Language language, Chunk chunk, int tokenCount) => new(
        path.Replace('\\', '/'), language.Id, chunk.SymbolPath, chunk.StartLine, chunk.EndLine, chunk.StartByte, chunk.EndByte,
        tokenCount, chunk.Text);

    private sealed record FileUnits(List<(CodeUnit Unit, UnitShape Shape)> Units, SkippedFile? Skipped, bool Read);
}
