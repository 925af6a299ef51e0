using CodeIntel.Retrieval.Embedding.Graph.Wire;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// A graph node (<c>NodeProto</c>): operator, input and output tensor names, attributes. Immutable: a node read
/// from a file is written back byte for byte; <see cref="WithInputs"/>, <see cref="WithOutputs"/> and
/// <see cref="WithName"/> make edited copies that keep every field this editor does not interpret (doc strings, metadata).
/// </summary>
public sealed class OnnxNode
{
    private const int InputField = 1, OutputField = 2, NameField = 3, OpTypeField = 4, AttributeField = 5, DomainField = 7;

    private readonly ArraySegment<byte>? _original;
    private readonly IReadOnlyList<ProtoField> _kept;

    /// <summary>Creates a node of the default (<c>ai.onnx</c>) domain unless <paramref name="domain"/> says otherwise.</summary>
    public OnnxNode(
        string opType, IEnumerable<string> inputs, IEnumerable<string> outputs, string? name = null,
        IEnumerable<OnnxAttribute>? attributes = null, string? domain = null)
        : this(opType, [.. inputs], [.. outputs], name, [.. attributes ?? []], domain, [], null)
    {
        ArgumentException.ThrowIfNullOrEmpty(opType);
    }

    private OnnxNode(
        string opType, string[] inputs, string[] outputs, string? name, OnnxAttribute[] attributes, string? domain,
        IReadOnlyList<ProtoField> kept, ArraySegment<byte>? original)
    {
        OpType = opType;
        Inputs = inputs;
        Outputs = outputs;
        Name = name;
        Attributes = attributes;
        Domain = domain;
        _kept = kept;
        _original = original;
    }

    public string OpType { get; }

    /// <summary>Input tensor names; an empty name is an omitted optional input.</summary>
    public IReadOnlyList<string> Inputs { get; }

    public IReadOnlyList<string> Outputs { get; }

    public string? Name { get; }

    public IReadOnlyList<OnnxAttribute> Attributes { get; }

    /// <summary>The operator set domain; null or empty is the default ONNX domain.</summary>
    public string? Domain { get; }

    /// <summary>True for operators of the standard ONNX domain (not com.microsoft or other extensions).</summary>
    public bool IsStandardOperator => string.IsNullOrEmpty(Domain) || Domain == "ai.onnx";

    /// <summary>True when an attribute holds a subgraph (If, Loop, Scan), whose own inputs this editor does not trace.</summary>
    public bool HasSubgraph => Attributes.Any(attribute => attribute.Type is OnnxAttributeType.Graph or OnnxAttributeType.Graphs);

    public OnnxAttribute? Attribute(string name) => Attributes.FirstOrDefault(attribute => attribute.Name == name);

    public OnnxNode WithInputs(IEnumerable<string> inputs) =>
        new(OpType, [.. inputs], [.. Outputs], Name, [.. Attributes], Domain, _kept, null);

    public OnnxNode WithOutputs(IEnumerable<string> outputs) =>
        new(OpType, [.. Inputs], [.. outputs], Name, [.. Attributes], Domain, _kept, null);

    public OnnxNode WithName(string? name) =>
        new(OpType, [.. Inputs], [.. Outputs], name, [.. Attributes], Domain, _kept, null);

    public override string ToString() => $"{OpType} {Name} ({string.Join(", ", Inputs)}) -> ({string.Join(", ", Outputs)})";

    internal static OnnxNode Parse(ArraySegment<byte> payload)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        var attributes = new List<OnnxAttribute>();
        var kept = new List<ProtoField>();
        string? name = null, opType = null, domain = null;
        foreach (var field in ProtoReader.ReadFields(payload, "NodeProto"))
        {
            switch (field.Number)
            {
                case InputField: inputs.Add(ProtoReader.ReadString(field)); break;
                case OutputField: outputs.Add(ProtoReader.ReadString(field)); break;
                case NameField: name = ProtoReader.ReadString(field); break;
                case OpTypeField: opType = ProtoReader.ReadString(field); break;
                case AttributeField: attributes.Add(OnnxAttribute.Parse(field.Payload)); break;
                case DomainField: domain = ProtoReader.ReadString(field); break;
                default: kept.Add(field); break;
            }
        }
        if (string.IsNullOrEmpty(opType))
        {
            throw new OnnxFormatException($"Node '{name}' has no operator type; the model file is damaged.");
        }
        return new OnnxNode(opType, [.. inputs], [.. outputs], name, [.. attributes], domain, kept, payload);
    }

    internal ArraySegment<byte> Serialize()
    {
        if (_original is { } original)
        {
            return original;
        }
        return ProtoWriter.Build(writer =>
        {
            var fields = new List<(int, Action<ProtoWriter>)>();
            fields.AddRange(Inputs.Select(input => (InputField, (Action<ProtoWriter>)(w => w.WriteString(InputField, input)))));
            fields.AddRange(Outputs.Select(output => (OutputField, (Action<ProtoWriter>)(w => w.WriteString(OutputField, output)))));
            if (Name is not null)
            {
                fields.Add((NameField, w => w.WriteString(NameField, Name)));
            }
            fields.Add((OpTypeField, w => w.WriteString(OpTypeField, OpType)));
            fields.AddRange(Attributes.Select(attribute => (AttributeField, (Action<ProtoWriter>)(w => w.WriteMessage(AttributeField, attribute.Payload)))));
            if (Domain is not null)
            {
                fields.Add((DomainField, w => w.WriteString(DomainField, Domain)));
            }
            writer.WriteInFieldOrder(fields, _kept);
        });
    }
}
