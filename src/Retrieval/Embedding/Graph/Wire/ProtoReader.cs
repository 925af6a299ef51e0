using System.Text;
using Google.Protobuf;

namespace CodeIntel.Retrieval.Embedding.Graph.Wire;

/// <summary>
/// Splits a protobuf message into its fields with <see cref="CodedInputStream"/>, without copying payloads: each
/// field is a view of the buffer the message came from.
/// </summary>
internal static class ProtoReader
{
    /// <summary>The fields of <paramref name="message"/> in the order they lie in the buffer.</summary>
    /// <exception cref="OnnxFormatException">The bytes are not a well-formed protobuf message.</exception>
    public static List<ProtoField> ReadFields(ArraySegment<byte> message, string what)
    {
        var fields = new List<ProtoField>();
        var array = message.Array ?? [];
        try
        {
            var input = new CodedInputStream(array, message.Offset, message.Count);
            // Position may count from the array's start or from the segment's: anchor it either way.
            var origin = message.Offset - checked((int)input.Position);
            while (true)
            {
                var start = origin + (int)input.Position;
                var tag = input.ReadTag();
                if (tag == 0)
                {
                    break;
                }
                var number = WireFormat.GetTagFieldNumber(tag);
                var wireType = WireFormat.GetTagWireType(tag);
                var afterTag = origin + (int)input.Position;
                ulong scalar = 0;
                switch (wireType)
                {
                    case WireFormat.WireType.Varint:
                        scalar = input.ReadUInt64();
                        break;
                    case WireFormat.WireType.Fixed32:
                        scalar = input.ReadFixed32();
                        break;
                    case WireFormat.WireType.Fixed64:
                        scalar = input.ReadFixed64();
                        break;
                    default:
                        input.SkipLastField();
                        break;
                }
                var end = origin + (int)input.Position;
                var payload = ArraySegment<byte>.Empty;
                if (wireType == WireFormat.WireType.LengthDelimited)
                {
                    var prefix = VarintSize(array, afterTag);
                    payload = new ArraySegment<byte>(array, afterTag + prefix, end - afterTag - prefix);
                }
                fields.Add(new ProtoField(number, wireType, new ArraySegment<byte>(array, start, end - start), payload, scalar));
            }
        }
        catch (InvalidProtocolBufferException exception)
        {
            throw new OnnxFormatException($"The {what} is not a well-formed protobuf message ({exception.Message}); is the file an ONNX model, complete and uncorrupted?", exception);
        }
        return fields;
    }

    public static string ReadString(in ProtoField field) =>
        Encoding.UTF8.GetString(field.Payload.AsSpan());

    /// <summary>The integers of a repeated integer field, packed (one length-delimited field) or not (one field each).</summary>
    public static void AddInt64s(in ProtoField field, List<long> values)
    {
        if (!field.IsLengthDelimited)
        {
            values.Add(unchecked((long)field.Scalar));
            return;
        }
        var input = new CodedInputStream(field.Payload.Array!, field.Payload.Offset, field.Payload.Count);
        while (!input.IsAtEnd)
        {
            values.Add(input.ReadInt64());
        }
    }

    private static int VarintSize(byte[] array, int offset)
    {
        var size = 1;
        while ((array[offset + size - 1] & 0x80) != 0)
        {
            size++;
        }
        return size;
    }
}
