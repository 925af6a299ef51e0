using CodeIntel.CloneDetection.Units;

namespace CodeIntel.CloneDetection.Semantic;

/// <summary>
/// CI0101: functions whose embeddings are nearer than a threshold, in any pair of languages. Syntactic clones already
/// reported (CI0001, CI0002) and nested functions are left out so one copy is not reported twice.
/// </summary>
public sealed class SemanticCloneFinder(IUnitEmbedder embedder, double minCosine = SemanticCloneFinder.DefaultMinCosine)
{
    /// <summary>
    /// Default cosine for CI0101, set against the CodeXGLUE Java/C# valid split (`codeintel eval clone-search` prints
    /// the counterparts' cosines and the nearest wrong answer's): high enough that a report means near-identical
    /// logic, at the price of missing looser translations.
    /// </summary>
    public const double DefaultMinCosine = 0.90;

    public async Task<IReadOnlyList<CloneFinding>> FindAsync(
        IReadOnlyList<CodeUnit> units, IReadOnlyList<CloneFinding> syntactic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(syntactic);
        if (units.Count < 2)
        {
            return [];
        }
        var vectors = (await embedder.EmbedAsync(units.Select(u => u.Text).ToList(), cancellationToken).ConfigureAwait(false))
            .Select(VectorMath.Normalized)
            .ToArray();
        var known = new HashSet<(CodeUnit, CodeUnit)>(syntactic.SelectMany(f => f.Others.Select(o => (f.Unit, o))));
        var findings = new List<CloneFinding>();
        for (var i = 0; i < units.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = i + 1; j < units.Count; j++)
            {
                var cosine = VectorMath.Dot(vectors[i], vectors[j]);
                if (cosine < minCosine || units[i].Overlaps(units[j]) || known.Contains((units[i], units[j])))
                {
                    continue;
                }
                findings.Add(new CloneFinding(CloneRule.Semantic, "semantic", units[i], [units[j]], cosine));
                findings.Add(new CloneFinding(CloneRule.Semantic, "semantic", units[j], [units[i]], cosine));
            }
        }
        return findings;
    }
}
