using System.Globalization;
using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Cli.Output;

/// <summary>
/// Shows index progress on stderr: one line redrawn in place on a terminal, a line every few seconds when
/// stderr is redirected (CI logs). Files, chunks, chunks/s and, while embedding, an ETA.
/// </summary>
internal sealed class IndexProgressRenderer(TextWriter stderr, bool interactive, TimeProvider time) : IProgress<IndexProgress>
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private long _last;
    private int _width;

    public void Report(IndexProgress value)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_last != 0 && time.GetElapsedTime(_last, now) < (interactive ? RedrawInterval : LogInterval))
            {
                return;
            }
            _last = now;
            var line = Describe(value);
            if (interactive)
            {
                stderr.Write("\r" + line.PadRight(_width));
                _width = line.Length;
            }
            else
            {
                stderr.WriteLine(line);
            }
        }
    }

    /// <summary>Ends the progress line so the summary starts on a fresh one.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            if (interactive && _width > 0)
            {
                stderr.Write("\r" + new string(' ', _width) + "\r");
            }
        }
    }

    internal static string Describe(IndexProgress p)
    {
        var eta = p.Phase == IndexPhase.Embedding && p.ChunksPerSecond > 0 && p.ChunksToEmbed > p.ChunksEmbedded
            ? $", ETA {TimeSpan.FromSeconds((p.ChunksToEmbed - p.ChunksEmbedded) / p.ChunksPerSecond):mm\\:ss}"
            : string.Empty;
        var embedding = p.ChunksToEmbed > 0 ? $", embedded {p.ChunksEmbedded}/{p.ChunksToEmbed}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Phase.ToString().ToLowerInvariant(),-9} files {p.FilesScanned} ({p.FilesChanged} changed), chunks {p.ChunksWritten}{embedding}, {p.ChunksPerSecond:0} chunks/s{eta}");
    }
}
