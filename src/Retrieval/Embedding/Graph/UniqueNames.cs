namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>Hands out tensor and node names not yet used in a graph.</summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _used;

    public UniqueNames(OnnxGraph graph)
    {
        _used = graph.TensorNames();
        _used.UnionWith(graph.Nodes.Select(node => node.Name).OfType<string>());
    }

    /// <summary><paramref name="wanted"/> if free, else the first free <c>wanted_2</c>, <c>wanted_3</c>...</summary>
    public string Next(string wanted)
    {
        var name = wanted;
        for (var suffix = 2; !_used.Add(name); suffix++)
        {
            name = $"{wanted}_{suffix}";
        }
        return name;
    }
}
