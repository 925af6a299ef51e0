using CodeIntel.Retrieval.Embedding.Graph.Wire;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// A node attribute (<c>AttributeProto</c>). Its name, kind and scalar value are read; the rest (tensors,
/// subgraphs, lists) is kept as bytes and written back unchanged.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Mirrors ONNX's AttributeProto.")]
public sealed class OnnxAttribute
{
    private const int NameField = 1, FloatField = 2, IntField = 3, TypeField = 20;

    private OnnxAttribute(string name, OnnxAttributeType type, long? intValue, float? floatValue, ArraySegment<byte> payload)
    {
        Name = name;
        Type = type;
        IntValue = intValue;
        FloatValue = floatValue;
        Payload = payload;
    }

    public string Name { get; }

    public OnnxAttributeType Type { get; }

    /// <summary>The value of an <see cref="OnnxAttributeType.Int"/> attribute.</summary>
    public long? IntValue { get; }

    /// <summary>The value of a <see cref="OnnxAttributeType.Float"/> attribute.</summary>
    public float? FloatValue { get; }

    internal ArraySegment<byte> Payload { get; }

    /// <summary>An integer attribute, e.g. Cast's <c>to</c>.</summary>
    public static OnnxAttribute Create(string name, long value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Parse(ProtoWriter.Build(writer =>
        {
            writer.WriteString(NameField, name);
            writer.WriteInt64(IntField, value);
            writer.WriteInt64(TypeField, (long)OnnxAttributeType.Int);
        }));
    }

    public override string ToString() => $"{Name}: {Type}" + (IntValue is { } i ? $" = {i}" : FloatValue is { } f ? $" = {f}" : string.Empty);

    internal static OnnxAttribute Parse(ArraySegment<byte> payload)
    {
        string name = string.Empty;
        var type = OnnxAttributeType.Undefined;
        long? intValue = null;
        float? floatValue = null;
        foreach (var field in ProtoReader.ReadFields(payload, "AttributeProto"))
        {
            switch (field.Number)
            {
                case NameField: name = ProtoReader.ReadString(field); break;
                case IntField: intValue = unchecked((long)field.Scalar); break;
                case FloatField: floatValue = BitConverter.UInt32BitsToSingle((uint)field.Scalar); break;
                case TypeField: type = (OnnxAttributeType)(int)field.Scalar; break;
                default: break;
            }
        }
        return new OnnxAttribute(name, type, type == OnnxAttributeType.Int ? intValue : null, type == OnnxAttributeType.Float ? floatValue : null, payload);
    }
}
