using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// CodeBLEU's data-flow match: the reference's data-flow edges, with variable names replaced by their order of
/// first appearance (<c>var_0</c>, <c>var_1</c>, ...), that the hypothesis' normalised edges also hold, each
/// hypothesis edge used once.
/// </summary>
internal static class DataFlowMatch
{
    public static (int Matched, int Total) Count(TreeSitterParser parser, DataFlowRules rules, string reference, string hypothesis, CancellationToken cancellationToken = default)
    {
        var referenceFlow = Normalised(parser, rules, reference, cancellationToken);
        var candidate = Normalised(parser, rules, hypothesis, cancellationToken);
        var matched = 0;
        foreach (var edge in referenceFlow)
        {
            var at = candidate.IndexOf(edge);
            if (at >= 0)
            {
                matched++;
                candidate.RemoveAt(at);
            }
        }
        return (matched, referenceFlow.Count);
    }

    private static List<string> Normalised(TreeSitterParser parser, DataFlowRules rules, string code, CancellationToken cancellationToken)
    {
        using var tree = parser.Parse(SourceText.FromString(code), cancellationToken);
        var edges = DataFlowExtractor.Extract(tree.Root, rules).OrderBy(e => e.Index).ToList();

        // Keep only tokens that take part in some flow, then merge facts about the same token.
        var connected = new HashSet<int>();
        foreach (var edge in edges)
        {
            if (edge.ParentIndices.Count > 0)
            {
                connected.Add(edge.Index);
            }
            connected.UnionWith(edge.ParentIndices);
        }
        var byToken = new Dictionary<int, DataFlowEdge>();
        var order = new List<int>();
        foreach (var edge in edges.Where(e => connected.Contains(e.Index)))
        {
            if (byToken.TryGetValue(edge.Index, out var seen))
            {
                byToken[edge.Index] = edge with { Parents = [.. seen.Parents.Concat(edge.Parents).Distinct(StringComparer.Ordinal)] };
            }
            else
            {
                byToken[edge.Index] = edge;
                order.Add(edge.Index);
            }
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(string name)
        {
            if (!names.TryGetValue(name, out var renamed))
            {
                renamed = "var_" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                names[name] = renamed;
            }
            return renamed;
        }
        var normalised = new List<string>();
        foreach (var edge in order.Select(i => byToken[i]))
        {
            var parents = edge.Parents.Select(Rename).ToList();
            normalised.Add($"{Rename(edge.Name)}|{edge.Relation}|{string.Join(',', parents)}");
        }
        return normalised;
    }
}
