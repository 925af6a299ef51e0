using System.Security.Cryptography;
using System.Text;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.Chunking;

/// <summary>Builds <see cref="Chunk"/> records for one file: text, spans, token count and stable ids.</summary>
internal sealed class ChunkFactory(SourceText source, string path, string language, ITokenCounter counter)
{
    public SourceText Source => source;

    public int CountTokens(string text) => counter.CountTokens(text);

    /// <summary>A chunk of verbatim source bytes [start, end).</summary>
    public Chunk Verbatim(ChunkKind kind, string name, string symbolPath, int startByte, int endByte, int part = 1, int partCount = 1) =>
        Create(kind, name, symbolPath, startByte, endByte, source.Decode(startByte, endByte), part, partCount);

    /// <summary>A chunk whose text is not a verbatim slice (a container outline) but which covers [start, end).</summary>
    public Chunk Create(ChunkKind kind, string name, string symbolPath, int startByte, int endByte, string text, int part = 1, int partCount = 1)
    {
        var contentHash = Hash(text);
        return new Chunk
        {
            Id = Hash($"{path}\0{symbolPath}\0{kind}\0{part}/{partCount}\0{contentHash}"),
            ContentHash = contentHash,
            Path = path,
            Language = language,
            Kind = kind,
            Name = name,
            SymbolPath = symbolPath,
            StartByte = startByte,
            EndByte = endByte,
            StartLine = source.GetLineIndex(startByte) + 1,
            EndLine = source.GetLineIndex(Math.Max(startByte, endByte - 1)) + 1,
            TokenCount = counter.CountTokens(text),
            Part = part,
            PartCount = partCount,
            Text = text,
        };
    }

    /// <summary>Byte span of a line range, clipped to [floor, ceiling) and without the final line break.</summary>
    public (int Start, int End) Bytes(LineRange lines, int floor, int ceiling)
    {
        var start = Math.Max(floor, source.GetLineStart(lines.First));
        var end = Math.Min(ceiling, source.GetLineEnd(lines.Last));
        var bytes = source.Utf8;
        while (end > start && (bytes[end - 1] == (byte)'\n' || bytes[end - 1] == (byte)'\r'))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>
    /// Cuts [start, end) into pieces of at most <paramref name="maxTokens"/> at char boundaries: the last resort
    /// for a single line longer than the budget (minified code, data literals).
    /// </summary>
    public List<(int Start, int End)> CutLongSpan(int start, int end, int maxTokens)
    {
        var pieces = new List<(int, int)>();
        var text = source.Text;
        var charStart = source.ByteToChar(start);
        var charEnd = source.ByteToChar(end);
        while (charStart < charEnd)
        {
            // Grow by halving steps: the longest prefix within budget, at least one char.
            var length = 1;
            var step = charEnd - charStart;
            while (step > 0)
            {
                var candidate = Math.Min(charEnd - charStart, length + step);
                if (candidate > length && counter.CountTokens(text.AsSpan(charStart, candidate)) <= maxTokens)
                {
                    length = candidate;
                }
                else
                {
                    step /= 2;
                }
            }
            if (charStart + length < charEnd && char.IsHighSurrogate(text[charStart + length - 1]))
            {
                length++;
            }
            pieces.Add((source.CharToByte(charStart), source.CharToByte(charStart + length)));
            charStart += length;
        }
        return pieces;
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
