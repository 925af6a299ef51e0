namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// One data-flow fact: the variable token <see cref="Name"/> at token position <see cref="Index"/> comes from, or
/// is computed from, the tokens <see cref="Parents"/> at <see cref="ParentIndices"/>.
/// </summary>
internal sealed record DataFlowEdge(string Name, int Index, string Relation, IReadOnlyList<string> Parents, IReadOnlyList<int> ParentIndices)
{
    public const string ComesFrom = "comesFrom";
    public const string ComputedFrom = "computedFrom";
}
