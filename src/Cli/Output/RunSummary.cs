using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Cli.Output;

/// <summary>Totals of a workspace run, by language.</summary>
internal sealed class RunSummary
{
    private readonly SortedDictionary<string, LanguageTotals> _languages = new(StringComparer.Ordinal);

    public int Files { get; private set; }

    public int Skipped { get; private set; }

    public int Warnings { get; private set; }

    public long Bytes { get; private set; }

    public int Chunks { get; private set; }

    public IReadOnlyDictionary<string, LanguageTotals> Languages => _languages;

    public void Add(WorkspaceChunkResult result)
    {
        if (result.File is not { } file)
        {
            Skipped++;
            return;
        }
        Files++;
        Bytes += file.Bytes;
        Chunks += file.Chunks.Count;
        Warnings += file.Warnings.Count;
        if (!_languages.TryGetValue(file.Language.Id, out var totals))
        {
            _languages[file.Language.Id] = totals = new LanguageTotals();
        }
        totals.Files++;
        totals.Chunks += file.Chunks.Count;
        totals.Lines += file.Lines;
        totals.Bytes += file.Bytes;
    }

    internal sealed class LanguageTotals
    {
        public int Files { get; set; }

        public int Chunks { get; set; }

        public long Lines { get; set; }

        public long Bytes { get; set; }
    }
}
