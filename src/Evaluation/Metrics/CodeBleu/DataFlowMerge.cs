namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>How the data-flow walk folds facts together: edges in token order, a loop's two passes, branch states.</summary>
internal static class DataFlowMerge
{
    public static List<DataFlowEdge> Sorted(List<DataFlowEdge> edges) => [.. edges.OrderBy(e => e.Index)];

    /// <summary>Folds the two passes of a loop: one edge per (name, position, relation) with the union of its sources.</summary>
    public static List<DataFlowEdge> Loop(List<DataFlowEdge> edges)
    {
        var merged = new Dictionary<(string, int, string), DataFlowEdge>();
        var order = new List<(string, int, string)>();
        foreach (var edge in edges)
        {
            var key = (edge.Name, edge.Index, edge.Relation);
            if (merged.TryGetValue(key, out var seen))
            {
                merged[key] = seen with
                {
                    Parents = [.. seen.Parents.Concat(edge.Parents).Distinct(StringComparer.Ordinal)],
                    ParentIndices = [.. seen.ParentIndices.Concat(edge.ParentIndices).Distinct().Order()],
                };
            }
            else
            {
                merged[key] = edge;
                order.Add(key);
            }
        }
        return [.. order.Select(k => merged[k]).OrderBy(e => e.Index)];
    }

    /// <summary>The states after a branch: every definition any path may have left, per variable, positions ascending.</summary>
    public static Dictionary<string, List<int>> States(IEnumerable<Dictionary<string, List<int>>> paths)
    {
        var merged = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (name, indices) in paths.SelectMany(o => o))
        {
            merged[name] = merged.TryGetValue(name, out var seen) ? [.. seen.Concat(indices)] : [.. indices];
        }
        foreach (var name in merged.Keys.ToList())
        {
            merged[name] = [.. merged[name].Distinct().Order()];
        }
        return merged;
    }
}
