namespace CodeIntel.Retrieval.Embedding.Graph.Wire;

/// <summary>One field of a graph ready to write: a message payload under its field number, or a kept field whole.</summary>
/// <param name="Number">The field number.</param>
/// <param name="Bytes">The payload, or for a kept field its complete encoding.</param>
/// <param name="IsWhole">True when <paramref name="Bytes"/> already holds tag and length.</param>
internal readonly record struct GraphPart(int Number, ArraySegment<byte> Bytes, bool IsWhole)
{
    public long Size => IsWhole ? Bytes.Count : ProtoWriter.FieldSize(Number, Bytes.Count);

    public void WriteTo(ProtoWriter writer)
    {
        if (IsWhole)
        {
            writer.WriteRaw(Bytes);
        }
        else
        {
            writer.WriteMessage(Number, Bytes);
        }
    }
}
