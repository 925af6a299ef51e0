using Google.Protobuf;

namespace CodeIntel.Retrieval.Embedding.Graph.Wire;

/// <summary>
/// Writes protobuf fields to a stream: tags, varints and strings through <see cref="CodedOutputStream"/>, kept
/// fields and large payloads (tensors of tens of megabytes) straight from the buffer they were read from.
/// </summary>
internal sealed class ProtoWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly CodedOutputStream _coded;

    public ProtoWriter(Stream stream)
    {
        _stream = stream;
        _coded = new CodedOutputStream(stream, leaveOpen: true);
    }

    /// <summary>Serialises one message into a new array.</summary>
    public static byte[] Build(Action<ProtoWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new ProtoWriter(memory))
        {
            write(writer);
        }
        return memory.ToArray();
    }

    /// <summary>Bytes taken by a length-delimited field whose payload is <paramref name="payloadLength"/> bytes.</summary>
    public static long FieldSize(int number, long payloadLength) =>
        CodedOutputStream.ComputeTagSize(number) + CodedOutputStream.ComputeLengthSize(checked((int)payloadLength)) + payloadLength;

    /// <summary>Writes bytes that already hold complete fields (tags included).</summary>
    public void WriteRaw(ArraySegment<byte> bytes)
    {
        _coded.Flush();
        _stream.Write(bytes.AsSpan());
    }

    public void WriteString(int number, string value)
    {
        _coded.WriteTag(number, WireFormat.WireType.LengthDelimited);
        _coded.WriteString(value);
    }

    public void WriteInt64(int number, long value)
    {
        _coded.WriteTag(number, WireFormat.WireType.Varint);
        _coded.WriteInt64(value);
    }

    /// <summary>Writes a length-delimited field whose payload is <paramref name="payload"/>.</summary>
    public void WriteMessage(int number, ArraySegment<byte> payload)
    {
        WriteHeader(number, payload.Count);
        WriteRaw(payload);
    }

    /// <summary>Writes the tag and length of a length-delimited field whose payload the caller writes next.</summary>
    public void WriteHeader(int number, long payloadLength)
    {
        _coded.WriteTag(number, WireFormat.WireType.LengthDelimited);
        _coded.WriteLength(checked((int)payloadLength));
    }

    /// <summary>
    /// Writes the interpreted fields and the kept ones in ascending field number, as protobuf serialisers do, so an
    /// edited message of a model written by one reads like the original wherever it was not changed.
    /// </summary>
    public void WriteInFieldOrder(List<(int Number, Action<ProtoWriter> Write)> interpreted, IReadOnlyList<ProtoField> kept)
    {
        foreach (var field in kept)
        {
            var whole = field.Whole;
            interpreted.Add((field.Number, writer => writer.WriteRaw(whole)));
        }
        // List.Sort is not stable: order by number, then by position in the list.
        var ordered = interpreted.Select((entry, index) => (entry, index))
            .OrderBy(pair => pair.entry.Number).ThenBy(pair => pair.index);
        foreach (var (entry, _) in ordered)
        {
            entry.Write(this);
        }
    }

    public void Dispose()
    {
        _coded.Flush();
        _coded.Dispose();
    }
}
