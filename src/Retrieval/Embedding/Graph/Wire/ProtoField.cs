using Google.Protobuf;

namespace CodeIntel.Retrieval.Embedding.Graph.Wire;

/// <summary>
/// One field of a protobuf message as it lies in the buffer: <see cref="Whole"/> is tag, length prefix and payload,
/// byte for byte, so a field the editor does not interpret is written back unchanged.
/// </summary>
/// <param name="Number">The field number.</param>
/// <param name="WireType">How the value is encoded.</param>
/// <param name="Whole">The field's encoding: tag, length (for length-delimited fields) and value.</param>
/// <param name="Payload">For a length-delimited field, the bytes after the length prefix; otherwise empty.</param>
/// <param name="Scalar">For a varint or fixed-width field, its value; otherwise 0.</param>
internal readonly record struct ProtoField(
    int Number, WireFormat.WireType WireType, ArraySegment<byte> Whole, ArraySegment<byte> Payload, ulong Scalar)
{
    public bool IsLengthDelimited => WireType == WireFormat.WireType.LengthDelimited;
}
