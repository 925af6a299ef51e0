using CodeIntel.Retrieval.Embedding.Graph.Wire;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// An ONNX model (<c>ModelProto</c>) read and written at the protobuf wire level. Only the graph is interpreted;
/// every other field (IR version, opset imports, producer, metadata, functions) is kept byte for byte, as is every
/// graph element that is not edited, so loading and saving an unedited model reproduces the file exactly.
/// </summary>
public sealed class OnnxModel
{
    private const int IrVersionField = 1, GraphField = 7, OpsetImportField = 8;
    private const int OpsetDomainField = 1, OpsetVersionField = 2;

    private readonly List<ProtoField> _fields;
    private readonly byte[] _buffer;

    private OnnxModel(byte[] buffer, List<ProtoField> fields, OnnxGraph graph, long irVersion, IReadOnlyDictionary<string, long> opsets)
    {
        _buffer = buffer;
        _fields = fields;
        Graph = graph;
        IrVersion = irVersion;
        Opsets = opsets;
    }

    public OnnxGraph Graph { get; }

    public long IrVersion { get; }

    /// <summary>Operator set versions by domain; the default ONNX domain is the empty string.</summary>
    public IReadOnlyDictionary<string, long> Opsets { get; }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="OnnxFormatException">The file is not an ONNX model.</exception>
    public static OnnxModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a model from its serialised bytes (the array is kept, not copied: do not change it).</summary>
    public static OnnxModel Load(byte[] bytes) => Parse(bytes, "model");

    /// <summary>Writes the model to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        using var writer = new ProtoWriter(stream);
        foreach (var field in _fields)
        {
            if (field.Number != GraphField)
            {
                writer.WriteRaw(field.Whole);
                continue;
            }
            var parts = Graph.Parts();
            writer.WriteHeader(GraphField, parts.Sum(part => part.Size));
            foreach (var part in parts)
            {
                part.WriteTo(writer);
            }
        }
    }

    /// <summary>Writes the model to a file (replacing it). For a crash-safe replacement, see <see cref="ModelVariants"/>.</summary>
    public void Save(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        WriteTo(stream);
    }

    /// <summary>The serialised model.</summary>
    public byte[] ToArray()
    {
        using var stream = new MemoryStream(_buffer.Length);
        WriteTo(stream);
        return stream.ToArray();
    }

    private static OnnxModel Parse(byte[] bytes, string source)
    {
        var fields = ProtoReader.ReadFields(bytes, $"ModelProto in {source}");
        var graphs = fields.Where(field => field.Number == GraphField && field.IsLengthDelimited).ToList();
        if (graphs.Count != 1)
        {
            throw new OnnxFormatException($"{source} holds {graphs.Count} graphs where an ONNX model holds exactly one; is it an ONNX model file?");
        }
        var graph = OnnxGraph.Parse(graphs[0].Payload);
        var opsets = new Dictionary<string, long>(StringComparer.Ordinal);
        long irVersion = 0;
        foreach (var field in fields)
        {
            if (field.Number == IrVersionField)
            {
                irVersion = (long)field.Scalar;
            }
            else if (field.Number == OpsetImportField)
            {
                var (domain, version) = ReadOpset(field.Payload);
                opsets[domain] = version;
            }
        }
        return new OnnxModel(bytes, fields, graph, irVersion, opsets);
    }

    private static (string Domain, long Version) ReadOpset(ArraySegment<byte> payload)
    {
        var domain = string.Empty;
        long version = 0;
        foreach (var field in ProtoReader.ReadFields(payload, "OperatorSetIdProto"))
        {
            if (field.Number == OpsetDomainField)
            {
                domain = ProtoReader.ReadString(field);
            }
            else if (field.Number == OpsetVersionField)
            {
                version = (long)field.Scalar;
            }
        }
        return (domain == "ai.onnx" ? string.Empty : domain, version);
    }
}
