using System.Text;

namespace CodeIntel.Parsing.Text;

/// <summary>
/// A file's content as the UTF-8 bytes it was read from, with its decoded text and line table.
/// Offsets are byte offsets into <see cref="Utf8"/>; invalid UTF-8 decodes to U+FFFD without shifting them.
/// </summary>
public sealed class SourceText
{
    private readonly byte[] _bytes;
    private string? _text;
    private int[]? _charToByte;   // null when the text is pure ASCII (char index == byte offset)
    private int[]? _lineStarts;

    private SourceText(byte[] bytes) => _bytes = bytes;

    public static SourceText FromBytes(byte[] utf8) => new(utf8 ?? throw new ArgumentNullException(nameof(utf8)));

    public static SourceText FromString(string text) => new(Encoding.UTF8.GetBytes(text));

    public ReadOnlySpan<byte> Utf8 => _bytes;

    public int Length => _bytes.Length;

    /// <summary>True when some bytes were not valid UTF-8 (they decode to U+FFFD).</summary>
    public bool HasInvalidUtf8 { get { EnsureDecoded(); return _invalidCount > 0; } }

    private int _invalidCount;
    private int _firstInvalidByte = -1;

    /// <summary>Byte offset of the first invalid UTF-8 sequence, or -1.</summary>
    public int FirstInvalidByte { get { EnsureDecoded(); return _firstInvalidByte; } }

    /// <summary>The decoded text.</summary>
    public string Text { get { EnsureDecoded(); return _text!; } }

    /// <summary>Number of lines; a trailing newline does not start a new line.</summary>
    public int LineCount
    {
        get
        {
            var starts = LineStarts;
            return starts.Length > 1 && starts[^1] == _bytes.Length ? starts.Length - 1 : starts.Length;
        }
    }

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(_bytes);

    /// <summary>The zero-based line that contains the byte at <paramref name="byteOffset"/>.</summary>
    public int GetLineIndex(int byteOffset)
    {
        var index = Array.BinarySearch(LineStarts, byteOffset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Byte offset where a zero-based line starts.</summary>
    public int GetLineStart(int line) => LineStarts[line];

    /// <summary>Byte offset just past a zero-based line, including its line break.</summary>
    public int GetLineEnd(int line) => line + 1 < LineStarts.Length ? LineStarts[line + 1] : _bytes.Length;

    /// <summary>Decodes the bytes in [start, end).</summary>
    public string Decode(int startByte, int endByte)
    {
        EnsureDecoded();
        if (_charToByte is null)
        {
            return _text!.Substring(startByte, endByte - startByte);
        }
        var startChar = ByteToChar(startByte);
        var endChar = ByteToChar(endByte);
        return _text!.Substring(startChar, endChar - startChar);
    }

    /// <summary>Maps an index into <see cref="Text"/> to a byte offset into <see cref="Utf8"/>.</summary>
    public int CharToByte(int charIndex)
    {
        EnsureDecoded();
        return _charToByte is null ? charIndex : _charToByte[charIndex];
    }

    /// <summary>Maps a byte offset to the index of the first char decoded at or after it.</summary>
    public int ByteToChar(int byteOffset)
    {
        EnsureDecoded();
        if (_charToByte is null)
        {
            return byteOffset;
        }
        var index = Array.BinarySearch(_charToByte, byteOffset);
        if (index < 0)
        {
            index = ~index;
        }
        // A surrogate pair shares one byte offset; land on its first half.
        while (index > 0 && _charToByte[index - 1] == byteOffset)
        {
            index--;
        }
        return index;
    }

    private void EnsureDecoded()
    {
        if (_text is not null)
        {
            return;
        }
        if (System.Text.Ascii.IsValid(_bytes))
        {
            _text = Encoding.ASCII.GetString(_bytes);
            return;
        }
        DecodeWithMap();
    }

    private void DecodeWithMap()
    {
        var builder = new StringBuilder(_bytes.Length);
        var map = new List<int>(_bytes.Length + 1);
        Span<char> pair = stackalloc char[2];
        var offset = 0;
        while (offset < _bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(_bytes.AsSpan(offset), out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                _invalidCount++;
                if (_firstInvalidByte < 0)
                {
                    _firstInvalidByte = offset;
                }
                rune = Rune.ReplacementChar;
            }
            var written = rune.EncodeToUtf16(pair);
            for (var i = 0; i < written; i++)
            {
                builder.Append(pair[i]);
                map.Add(offset);
            }
            offset += consumed;
        }
        map.Add(_bytes.Length);
        _charToByte = map.ToArray();
        _text = builder.ToString();
    }

    private static int[] ComputeLineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        var index = 0;
        while (true)
        {
            var next = bytes.AsSpan(index).IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }
            index += next + 1;
            starts.Add(index);
        }
        return starts.ToArray();
    }
}
