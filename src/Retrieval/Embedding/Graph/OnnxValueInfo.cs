using CodeIntel.Retrieval.Embedding.Graph.Wire;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// A named, typed value (<c>ValueInfoProto</c>): a graph input, output or annotated intermediate tensor. The type is
/// kept as read; its element type and shape are decoded for tensors.
/// </summary>
public sealed class OnnxValueInfo
{
    private const int NameField = 1, TypeField = 2;
    private const int TensorTypeField = 1, ElementTypeField = 1, ShapeField = 2, DimField = 1, DimValueField = 1, DimParamField = 2;

    private readonly ArraySegment<byte>? _original;
    private readonly ArraySegment<byte>? _type;
    private readonly IReadOnlyList<ProtoField> _kept;

    private OnnxValueInfo(string name, ArraySegment<byte>? type, IReadOnlyList<ProtoField> kept, ArraySegment<byte>? original)
    {
        Name = name;
        _type = type;
        _kept = kept;
        _original = original;
        (ElementType, Shape) = type is { } t ? DecodeTensorType(t) : (null, null);
    }

    public string Name { get; }

    /// <summary>The element type when the value is a tensor; null for other types or when absent.</summary>
    public OnnxDataType? ElementType { get; }

    /// <summary>The tensor's shape when it is declared; null when not.</summary>
    public IReadOnlyList<OnnxDimension>? Shape { get; }

    /// <summary>A tensor value of the given element type and, optionally, shape.</summary>
    public static OnnxValueInfo Tensor(string name, OnnxDataType elementType, IEnumerable<OnnxDimension>? shape = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var dims = shape?.ToArray();
        var tensorType = ProtoWriter.Build(writer =>
        {
            writer.WriteInt64(ElementTypeField, (long)elementType);
            if (dims is not null)
            {
                writer.WriteMessage(ShapeField, ProtoWriter.Build(shapeWriter =>
                {
                    foreach (var dim in dims)
                    {
                        shapeWriter.WriteMessage(DimField, ProtoWriter.Build(dimWriter =>
                        {
                            if (dim.Value is { } value)
                            {
                                dimWriter.WriteInt64(DimValueField, value);
                            }
                            else if (dim.Param is { } param)
                            {
                                dimWriter.WriteString(DimParamField, param);
                            }
                        }));
                    }
                }));
            }
        });
        var type = ProtoWriter.Build(writer => writer.WriteMessage(TensorTypeField, tensorType));
        return new OnnxValueInfo(name, type, [], null);
    }

    /// <summary>The same type (and kept fields) under another name.</summary>
    public OnnxValueInfo WithName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new OnnxValueInfo(name, _type, _kept, null);
    }

    public override string ToString() =>
        $"{Name}: {ElementType?.ToString() ?? "?"}" + (Shape is null ? string.Empty : $" [{string.Join(", ", Shape)}]");

    internal static OnnxValueInfo Parse(ArraySegment<byte> payload)
    {
        string name = string.Empty;
        ArraySegment<byte>? type = null;
        var kept = new List<ProtoField>();
        foreach (var field in ProtoReader.ReadFields(payload, "ValueInfoProto"))
        {
            switch (field.Number)
            {
                case NameField: name = ProtoReader.ReadString(field); break;
                case TypeField: type = field.Payload; break;
                default: kept.Add(field); break;
            }
        }
        return new OnnxValueInfo(name, type, kept, payload);
    }

    internal ArraySegment<byte> Serialize()
    {
        if (_original is { } original)
        {
            return original;
        }
        return ProtoWriter.Build(writer =>
        {
            var fields = new List<(int, Action<ProtoWriter>)> { (NameField, w => w.WriteString(NameField, Name)) };
            if (_type is { } type)
            {
                fields.Add((TypeField, w => w.WriteMessage(TypeField, type)));
            }
            writer.WriteInFieldOrder(fields, _kept);
        });
    }

    private static (OnnxDataType?, IReadOnlyList<OnnxDimension>?) DecodeTensorType(ArraySegment<byte> type)
    {
        OnnxDataType? elementType = null;
        List<OnnxDimension>? shape = null;
        foreach (var field in ProtoReader.ReadFields(type, "TypeProto"))
        {
            if (field.Number != TensorTypeField || !field.IsLengthDelimited)
            {
                continue;
            }
            foreach (var tensorField in ProtoReader.ReadFields(field.Payload, "TypeProto.Tensor"))
            {
                if (tensorField.Number == ElementTypeField)
                {
                    elementType = (OnnxDataType)(int)tensorField.Scalar;
                }
                else if (tensorField.Number == ShapeField)
                {
                    shape = [];
                    foreach (var dimField in ProtoReader.ReadFields(tensorField.Payload, "TensorShapeProto"))
                    {
                        if (dimField.Number == DimField)
                        {
                            shape.Add(DecodeDimension(dimField.Payload));
                        }
                    }
                }
            }
        }
        return (elementType, shape);
    }

    private static OnnxDimension DecodeDimension(ArraySegment<byte> payload)
    {
        long? value = null;
        string? param = null;
        foreach (var field in ProtoReader.ReadFields(payload, "TensorShapeProto.Dimension"))
        {
            if (field.Number == DimValueField)
            {
                value = unchecked((long)field.Scalar);
            }
            else if (field.Number == DimParamField)
            {
                param = ProtoReader.ReadString(field);
            }
        }
        return new OnnxDimension(value, param);
    }
}
