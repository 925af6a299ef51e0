using System.Globalization;

namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>The crash harness's record of embedder calls: one line per text, "&lt;pid&gt; &lt;batch&gt; &lt;content hash&gt;".</summary>
internal sealed class EmbedLog
{
    private EmbedLog(IReadOnlyList<Entry> entries) => Entries = entries;

    public IReadOnlyList<Entry> Entries { get; }

    public static EmbedLog Read(string path)
    {
        var entries = new List<Entry>();
        foreach (var line in File.Exists(path) ? File.ReadAllLines(path) : [])
        {
            var fields = line.Split(' ');
            if (fields.Length == 3 && int.TryParse(fields[0], CultureInfo.InvariantCulture, out var pid) &&
                int.TryParse(fields[1], CultureInfo.InvariantCulture, out var batch) && fields[2].Length == 32)
            {
                entries.Add(new Entry(pid, batch, fields[2]));
            }
        }
        return new EmbedLog(entries);
    }

    /// <summary>The number of the last batch process <paramref name="pid"/> started.</summary>
    public int LastBatch(int pid) => Entries.Where(e => e.Pid == pid).Max(e => e.Batch);

    public readonly record struct Entry(int Pid, int Batch, string Hash);
}
