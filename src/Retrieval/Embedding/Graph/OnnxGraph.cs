using CodeIntel.Retrieval.Embedding.Graph.Wire;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// The graph of an ONNX model (<c>GraphProto</c>): nodes in topological order, initializers (weights), inputs,
/// outputs and value annotations, with the edits the model variants need. Fields it does not interpret (doc
/// string, sparse initializers, quantisation annotations, metadata) are kept and written back unchanged.
/// </summary>
public sealed class OnnxGraph
{
    private const int NodeField = 1, NameField = 2, InitializerField = 5, InputField = 11, OutputField = 12, ValueInfoField = 13;

    private readonly List<OnnxNode> _nodes = [];
    private readonly List<OnnxTensor> _initializers = [];
    private readonly List<OnnxValueInfo> _inputs = [];
    private readonly List<OnnxValueInfo> _outputs = [];
    private readonly List<OnnxValueInfo> _valueInfos = [];
    private readonly List<ProtoField> _kept = [];

    private OnnxGraph()
    {
    }

    public string? Name { get; private set; }

    /// <summary>The nodes in the order they run; ONNX requires each node's inputs to be produced before it.</summary>
    public IReadOnlyList<OnnxNode> Nodes => _nodes;

    public IReadOnlyList<OnnxTensor> Initializers => _initializers;

    public IReadOnlyList<OnnxValueInfo> Inputs => _inputs;

    public IReadOnlyList<OnnxValueInfo> Outputs => _outputs;

    /// <summary>Type annotations of intermediate tensors.</summary>
    public IReadOnlyList<OnnxValueInfo> ValueInfos => _valueInfos;

    public OnnxTensor? FindInitializer(string name) => _initializers.Find(tensor => tensor.Name == name);

    /// <summary>Index in <see cref="Nodes"/> of the node that produces <paramref name="tensor"/>, or -1.</summary>
    public int IndexOfProducer(string tensor) => _nodes.FindIndex(node => node.Outputs.Contains(tensor));

    /// <summary>The nodes that read <paramref name="tensor"/>.</summary>
    public IEnumerable<OnnxNode> Consumers(string tensor) => _nodes.Where(node => node.Inputs.Contains(tensor));

    /// <summary>Every tensor name in use: graph inputs, initializers and node outputs.</summary>
    public HashSet<string> TensorNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        names.UnionWith(_inputs.Select(input => input.Name));
        names.UnionWith(_initializers.Select(tensor => tensor.Name));
        names.UnionWith(_nodes.SelectMany(node => node.Outputs));
        return names;
    }

    /// <summary>Replaces the graph outputs. Each must name a tensor of the graph.</summary>
    /// <exception cref="ArgumentException">An output names no tensor of the graph.</exception>
    public void SetOutputs(IEnumerable<OnnxValueInfo> outputs)
    {
        var list = outputs.ToList();
        var known = TensorNames();
        foreach (var output in list.Where(output => !known.Contains(output.Name)))
        {
            throw new ArgumentException($"Output '{output.Name}' names no input, initializer or node output of graph '{Name}'.", nameof(outputs));
        }
        _outputs.Clear();
        _outputs.AddRange(list);
    }

    /// <summary>Appends a node; its inputs must already be produced (graph input, initializer or earlier node).</summary>
    public void AddNode(OnnxNode node) => InsertNodes(_nodes.Count, [node]);

    /// <summary>Inserts nodes before position <paramref name="index"/>, keeping the caller's order.</summary>
    public void InsertNodes(int index, IEnumerable<OnnxNode> nodes)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, _nodes.Count);
        _nodes.InsertRange(index, nodes);
    }

    /// <summary>Replaces the node at <paramref name="index"/> by <paramref name="replacement"/> (possibly several nodes).</summary>
    public void ReplaceNode(int index, IEnumerable<OnnxNode> replacement)
    {
        _nodes.RemoveAt(index);
        _nodes.InsertRange(index, replacement);
    }

    public void RemoveNodeAt(int index) => _nodes.RemoveAt(index);

    /// <summary>Adds an initializer, or replaces the one of the same name.</summary>
    public void SetInitializer(OnnxTensor tensor)
    {
        var index = _initializers.FindIndex(existing => existing.Name == tensor.Name);
        if (index >= 0)
        {
            _initializers[index] = tensor;
        }
        else
        {
            _initializers.Add(tensor);
        }
    }

    public bool RemoveInitializer(string name) => _initializers.RemoveAll(tensor => tensor.Name == name) > 0;

    /// <summary>Renames a tensor everywhere it appears: producer, consumers, outputs, annotations, initializer.</summary>
    /// <exception cref="ArgumentException">The new name is already taken.</exception>
    public void RenameTensor(string from, string to)
    {
        ArgumentException.ThrowIfNullOrEmpty(to);
        if (from == to)
        {
            return;
        }
        if (TensorNames().Contains(to))
        {
            throw new ArgumentException($"Cannot rename '{from}' to '{to}': graph '{Name}' already has a tensor called '{to}'.", nameof(to));
        }
        string Rename(string name) => name == from ? to : name;
        for (var i = 0; i < _nodes.Count; i++)
        {
            var node = _nodes[i];
            if (node.Inputs.Contains(from))
            {
                node = node.WithInputs(node.Inputs.Select(Rename));
            }
            if (node.Outputs.Contains(from))
            {
                node = node.WithOutputs(node.Outputs.Select(Rename));
            }
            _nodes[i] = node;
        }
        RenameIn(_inputs, from, to);
        RenameIn(_outputs, from, to);
        RenameIn(_valueInfos, from, to);
        var initializer = _initializers.FindIndex(tensor => tensor.Name == from);
        if (initializer >= 0)
        {
            _initializers[initializer] = _initializers[initializer].WithName(to);
        }
    }

    /// <summary>
    /// Removes the nodes, initializers and annotations that no graph output depends on (backward reachability).
    /// Graph inputs stay, except initializers listed as inputs (older IR versions) whose initializer went.
    /// </summary>
    /// <exception cref="NotSupportedException">A node carries a subgraph, whose implicit inputs are not traced.</exception>
    public OnnxPruneResult Prune()
    {
        if (_nodes.Find(node => node.HasSubgraph) is { } control)
        {
            throw new NotSupportedException($"Node '{control.Name}' ({control.OpType}) has a subgraph that may read outer tensors implicitly; pruning such graphs is not supported.");
        }
        var needed = new HashSet<string>(_outputs.Select(output => output.Name), StringComparer.Ordinal);
        var keep = new bool[_nodes.Count];
        for (var i = _nodes.Count - 1; i >= 0; i--)
        {
            if (_nodes[i].Outputs.Any(needed.Contains))
            {
                keep[i] = true;
                needed.UnionWith(_nodes[i].Inputs.Where(input => input.Length > 0));
            }
        }
        var nodesBefore = _nodes.Count;
        var kept = _nodes.Where((_, i) => keep[i]).ToList();
        _nodes.Clear();
        _nodes.AddRange(kept);

        var removedInitializers = _initializers.Where(tensor => !needed.Contains(tensor.Name)).Select(tensor => tensor.Name).ToHashSet();
        _initializers.RemoveAll(tensor => removedInitializers.Contains(tensor.Name));
        _inputs.RemoveAll(input => removedInitializers.Contains(input.Name));
        var produced = TensorNames();
        var valueInfosRemoved = _valueInfos.RemoveAll(info => !produced.Contains(info.Name));
        return new OnnxPruneResult(nodesBefore - _nodes.Count, removedInitializers.Count, valueInfosRemoved);
    }

    public override string ToString() =>
        $"graph '{Name}': {_nodes.Count} nodes, {_initializers.Count} initializers, inputs ({string.Join(", ", _inputs.Select(i => i.Name))}), outputs ({string.Join(", ", _outputs.Select(o => o.Name))})";

    internal static OnnxGraph Parse(ArraySegment<byte> payload)
    {
        var graph = new OnnxGraph();
        foreach (var field in ProtoReader.ReadFields(payload, "GraphProto"))
        {
            switch (field.Number)
            {
                case NodeField: graph._nodes.Add(OnnxNode.Parse(field.Payload)); break;
                case NameField: graph.Name = ProtoReader.ReadString(field); break;
                case InitializerField: graph._initializers.Add(OnnxTensor.Parse(field.Payload)); break;
                case InputField: graph._inputs.Add(OnnxValueInfo.Parse(field.Payload)); break;
                case OutputField: graph._outputs.Add(OnnxValueInfo.Parse(field.Payload)); break;
                case ValueInfoField: graph._valueInfos.Add(OnnxValueInfo.Parse(field.Payload)); break;
                default: graph._kept.Add(field); break;
            }
        }
        return graph;
    }

    /// <summary>The graph's fields in ascending field number, each as (number, payload) or, for kept fields, whole.</summary>
    internal List<GraphPart> Parts()
    {
        var parts = new List<GraphPart>();
        parts.AddRange(_nodes.Select(node => new GraphPart(NodeField, node.Serialize(), false)));
        if (Name is not null)
        {
            parts.Add(new GraphPart(NameField, System.Text.Encoding.UTF8.GetBytes(Name), false));
        }
        parts.AddRange(_initializers.Select(tensor => new GraphPart(InitializerField, tensor.Payload, false)));
        parts.AddRange(_inputs.Select(input => new GraphPart(InputField, input.Serialize(), false)));
        parts.AddRange(_outputs.Select(output => new GraphPart(OutputField, output.Serialize(), false)));
        parts.AddRange(_valueInfos.Select(info => new GraphPart(ValueInfoField, info.Serialize(), false)));
        parts.AddRange(_kept.Select(field => new GraphPart(field.Number, field.Whole, true)));
        return [.. parts.Select((part, index) => (part, index)).OrderBy(p => p.part.Number).ThenBy(p => p.index).Select(p => p.part)];
    }

    private static void RenameIn(List<OnnxValueInfo> infos, string from, string to)
    {
        for (var i = 0; i < infos.Count; i++)
        {
            if (infos[i].Name == from)
            {
                infos[i] = infos[i].WithName(to);
            }
        }
    }
}
