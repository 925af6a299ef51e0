using System.Runtime.InteropServices;
using CodeIntel.Retrieval.Embedding.Graph.Wire;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// An ONNX <c>TensorProto</c>, typically an initializer (a weight). Immutable: a tensor read from a file keeps its
/// bytes and is written back unchanged; edits produce new tensors.
/// </summary>
public sealed class OnnxTensor
{
    private const int DimsField = 1, DataTypeField = 2, FloatDataField = 4, Int64DataField = 7, NameField = 8,
        RawDataField = 9, DataLocationField = 14;

    private readonly ArraySegment<byte> _payload;
    private readonly List<ProtoField> _data;

    private OnnxTensor(string name, OnnxDataType dataType, long[] dims, ArraySegment<byte> payload, List<ProtoField> data, bool isExternal)
    {
        Name = name;
        DataType = dataType;
        Dims = dims;
        _payload = payload;
        _data = data;
        IsExternal = isExternal;
    }

    public string Name { get; }

    public OnnxDataType DataType { get; }

    public IReadOnlyList<long> Dims { get; }

    /// <summary>Number of elements: the product of <see cref="Dims"/> (1 for a scalar).</summary>
    public long ElementCount => Dims.Aggregate(1L, (product, dim) => product * dim);

    /// <summary>True when the values live in a separate file (ONNX external data), which this editor does not read.</summary>
    public bool IsExternal { get; }

    /// <summary>Bytes this tensor takes in the model file.</summary>
    public long SerializedSize => _payload.Count;

    internal ArraySegment<byte> Payload => _payload;

    /// <summary>Creates a float tensor, its values stored as little-endian <c>raw_data</c>.</summary>
    public static OnnxTensor FromFloats(string name, IReadOnlyList<long> dims, ReadOnlySpan<float> values) =>
        FromRaw(name, OnnxDataType.Float, dims, MemoryMarshal.AsBytes(values), values.Length);

    public static OnnxTensor FromInt8(string name, IReadOnlyList<long> dims, ReadOnlySpan<sbyte> values) =>
        FromRaw(name, OnnxDataType.Int8, dims, MemoryMarshal.AsBytes(values), values.Length);

    public static OnnxTensor FromUInt8(string name, IReadOnlyList<long> dims, ReadOnlySpan<byte> values) =>
        FromRaw(name, OnnxDataType.UInt8, dims, values, values.Length);

    public static OnnxTensor FromInt64(string name, IReadOnlyList<long> dims, ReadOnlySpan<long> values) =>
        FromRaw(name, OnnxDataType.Int64, dims, MemoryMarshal.AsBytes(values), values.Length);

    /// <summary>The values of a float tensor.</summary>
    /// <exception cref="InvalidOperationException">The tensor is not float, or its data is external.</exception>
    public float[] ReadFloats() => ReadValues<float>(OnnxDataType.Float, FloatDataField);

    /// <summary>The values of an int64 tensor.</summary>
    public long[] ReadInt64s() => ReadValues<long>(OnnxDataType.Int64, Int64DataField);

    /// <summary>The values of an int8 tensor stored as <c>raw_data</c> (as this editor writes them).</summary>
    public sbyte[] ReadInt8s()
    {
        if (DataType != OnnxDataType.Int8)
        {
            throw new InvalidOperationException($"Tensor '{Name}' holds {DataType} values, not {OnnxDataType.Int8}.");
        }
        if (Single(RawDataField) is not { } raw)
        {
            throw new NotSupportedException($"Tensor '{Name}' keeps its int8 values in int32_data, which this editor does not read; only raw_data is.");
        }
        return raw.Payload.Count == ElementCount ? [.. MemoryMarshal.Cast<byte, sbyte>(raw.Payload.AsSpan())] : throw Damaged(raw.Payload.Count);
    }

    /// <summary>The same tensor under another name.</summary>
    public OnnxTensor WithName(string name)
    {
        if (Single(RawDataField) is { } raw)
        {
            return FromRaw(name, DataType, Dims, raw.Payload.AsSpan(), ElementCount);
        }
        if (_data.Count == 0)
        {
            return FromRaw(name, DataType, Dims, [], ElementCount);
        }
        return DataType switch
        {
            OnnxDataType.Float => FromFloats(name, Dims, ReadFloats()),
            OnnxDataType.Int64 => FromInt64(name, Dims, ReadInt64s()),
            _ => throw new NotSupportedException($"Tensor '{Name}' keeps its {DataType} values in typed fields, which this editor does not rename; only raw_data, float_data and int64_data are read."),
        };
    }

    public override string ToString() => $"{Name}: {DataType} [{string.Join(", ", Dims)}]";

    internal static OnnxTensor Parse(ArraySegment<byte> payload)
    {
        string? name = null;
        var dataType = OnnxDataType.Undefined;
        var dims = new List<long>();
        var data = new List<ProtoField>();
        var isExternal = false;
        foreach (var field in ProtoReader.ReadFields(payload, "TensorProto"))
        {
            switch (field.Number)
            {
                case DimsField: ProtoReader.AddInt64s(field, dims); break;
                case DataTypeField: dataType = (OnnxDataType)(int)field.Scalar; break;
                case NameField: name = ProtoReader.ReadString(field); break;
                case DataLocationField: isExternal = field.Scalar == 1; break;
                case FloatDataField or Int64DataField or RawDataField: data.Add(field); break;
                default: break;
            }
        }
        return new OnnxTensor(name ?? string.Empty, dataType, [.. dims], payload, data, isExternal);
    }

    private static OnnxTensor FromRaw(string name, OnnxDataType dataType, IReadOnlyList<long> dims, ReadOnlySpan<byte> raw, long count)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var expected = dims.Aggregate(1L, (product, dim) => product * dim);
        if (expected != count)
        {
            throw new ArgumentException($"Tensor '{name}' has dims [{string.Join(", ", dims)}] ({expected} elements) but {count} values were given.", nameof(dims));
        }
        var copy = raw.ToArray();
        var payload = ProtoWriter.Build(writer =>
        {
            foreach (var dim in dims)
            {
                writer.WriteInt64(DimsField, dim);
            }
            writer.WriteInt64(DataTypeField, (long)dataType);
            writer.WriteString(NameField, name);
            writer.WriteMessage(RawDataField, copy);
        });
        return Parse(payload);
    }

    private T[] ReadValues<T>(OnnxDataType type, int typedField)
        where T : unmanaged
    {
        if (DataType != type)
        {
            throw new InvalidOperationException($"Tensor '{Name}' holds {DataType} values, not {type}.");
        }
        return ReadTyped<T>(typedField);
    }

    private T[] ReadTyped<T>(int typedField)
        where T : unmanaged
    {
        if (IsExternal)
        {
            throw new InvalidOperationException($"Tensor '{Name}' keeps its values in an external data file, which this editor does not read: save the model with its weights inside the .onnx file.");
        }
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("ONNX tensor data is little-endian; this editor runs on little-endian machines only.");
        }
        if (_data.Count == 1 && _data[0].IsLengthDelimited && (_data[0].Number == RawDataField || _data[0].Number == typedField))
        {
            var direct = MemoryMarshal.Cast<byte, T>(_data[0].Payload.AsSpan());
            return direct.Length == ElementCount ? direct.ToArray() : throw Damaged(direct.Length);
        }
        var values = new List<T>((int)Math.Min(ElementCount, int.MaxValue));
        foreach (var field in _data)
        {
            if (field.Number == RawDataField || (field.Number == typedField && field.IsLengthDelimited))
            {
                values.AddRange(MemoryMarshal.Cast<byte, T>(field.Payload.AsSpan()));
            }
            else if (field.Number == typedField)
            {
                // An unpacked repeated fixed32/varint value: reinterpret its bits.
                var scalar = field.Scalar;
                values.Add(MemoryMarshal.Cast<ulong, T>(new ReadOnlySpan<ulong>(ref scalar))[0]);
            }
        }
        return values.Count == ElementCount ? [.. values] : throw Damaged(values.Count);
    }

    private OnnxFormatException Damaged(long count) =>
        new($"Tensor '{Name}' has dims [{string.Join(", ", Dims)}] ({ElementCount} elements) but holds {count} values; the model file is damaged.");

    private ProtoField? Single(int number)
    {
        foreach (var field in _data)
        {
            if (field.Number == number)
            {
                return field;
            }
        }
        return null;
    }
}
