using System.Globalization;
using CodeIntel.Parsing.Chunking;

namespace CodeIntel.Retrieval.Embedding.Ensemble;

/// <summary>
/// Several embedders searched as one. Each member's vector is normalised, scaled by the square root of its weight,
/// and the scaled vectors are concatenated: the inner product of two such vectors is then exactly the weighted sum of
/// the members' cosine similarities, and its norm is 1. Any cosine vector index (USearch, Qdrant) serves the ensemble
/// unchanged, one vector per chunk. Documents go through the members one after another (each already uses every core
/// it was given); a query is embedded by all members at once.
/// </summary>
public sealed class EnsembleEmbedder : IEmbedder
{
    private readonly List<IEmbedder> _members;
    private readonly float[] _scales;

    /// <param name="modelId">The ensemble's name, first part of <see cref="EmbedderInfo.ModelId"/>.</param>
    /// <param name="members">Embedders and weights (positive; normalised here to sum to 1). This object owns and disposes them.</param>
    public EnsembleEmbedder(string modelId, IReadOnlyList<(IEmbedder Embedder, double Weight)> members)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count < 2 || members.Any(m => m.Weight <= 0 || !double.IsFinite(m.Weight)))
        {
            throw new ArgumentException("An ensemble needs at least two members, each with a positive weight.", nameof(members));
        }
        _members = members.Select(m => m.Embedder).ToList();
        var total = members.Sum(m => m.Weight);
        _scales = members.Select(m => (float)Math.Sqrt(m.Weight / total)).ToArray();
        var infos = _members.Select(m => m.Info).ToList();
        var parts = infos.Select((info, i) => string.Create(CultureInfo.InvariantCulture, $"{info.Identity}*{members[i].Weight / total:0.####}"));
        Info = new EmbedderInfo(
            $"{modelId}({string.Join(',', parts)})",
            infos.Sum(i => i.Dimensions),
            infos.Max(i => i.Exit),
            infos.Min(i => i.MaxTokens),
            string.Join('+', infos.Select(i => i.Precision).Distinct(StringComparer.Ordinal)));
        Tokens = new LongestCount(_members.Select(m => m.Tokens).ToList());
    }

    public EmbedderInfo Info { get; }

    /// <summary>The largest count any member's tokenizer gives, so a chunk bounded by it fits every member.</summary>
    public ITokenCounter Tokens { get; }

    public async Task<float[][]> EmbedDocumentsAsync(
        IReadOnlyList<string> documents, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var parts = new float[_members.Count][][];
        long tokensBefore = 0;
        for (var i = 0; i < _members.Count; i++)
        {
            // Member i's progress counts after the i members before it: done texts and tokens add up across members.
            var (member, before, last) = (i, tokensBefore, 0L);
            var memberProgress = progress is null ? null : new InlineProgress(p =>
            {
                last = p.Tokens;
                progress.Report(new EmbeddingProgress(
                    (int)(((long)member * documents.Count + p.Done) / _members.Count), documents.Count, before + p.Tokens));
            });
            parts[i] = await _members[i].EmbedDocumentsAsync(documents, memberProgress, cancellationToken).ConfigureAwait(false);
            tokensBefore += last;
        }
        return Enumerable.Range(0, documents.Count).Select(d => Concatenate(parts.Select(p => p[d]).ToList())).ToArray();
    }

    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        var vectors = await Task.WhenAll(_members.Select(m => m.EmbedQueryAsync(query, cancellationToken))).ConfigureAwait(false);
        return Concatenate(vectors);
    }

    public void Dispose()
    {
        foreach (var member in _members)
        {
            member.Dispose();
        }
    }

    private float[] Concatenate(IReadOnlyList<float[]> vectors)
    {
        var result = new float[Info.Dimensions];
        var offset = 0;
        for (var i = 0; i < vectors.Count; i++)
        {
            var v = vectors[i];
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            var scale = norm > 0 ? _scales[i] / norm : 0f;
            for (var j = 0; j < v.Length; j++)
            {
                result[offset + j] = v[j] * scale;
            }
            offset += v.Length;
        }
        return result;
    }

    private sealed class LongestCount(IReadOnlyList<ITokenCounter> counters) : ITokenCounter
    {
        public int CountTokens(ReadOnlySpan<char> text)
        {
            var most = 0;
            foreach (var counter in counters)
            {
                most = Math.Max(most, counter.CountTokens(text));
            }
            return most;
        }
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class InlineProgress(Action<EmbeddingProgress> report) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => report(value);
    }
}
