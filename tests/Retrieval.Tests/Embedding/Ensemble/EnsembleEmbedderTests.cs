using CodeIntel.Parsing.Chunking;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Ensemble;

namespace CodeIntel.Retrieval.Tests.Embedding.Ensemble;

public sealed class EnsembleEmbedderTests
{
    [Fact]
    public async Task Vectors_InnerProductIsTheWeightedSumOfTheMembersCosines()
    {
        var a = new TableEmbedder("a", 3, new() { ["doc"] = [3, 4, 0], ["q"] = [1, 0, 0] });
        var b = new TableEmbedder("b", 2, new() { ["doc"] = [0, 2], ["q"] = [1, 1] });
        using var ensemble = new EnsembleEmbedder("pair", [(a, 3.0), (b, 1.0)]);

        var doc = (await ensemble.EmbedDocumentsAsync(["doc"]))[0];
        var query = await ensemble.EmbedQueryAsync("q");

        // cos_a = 3/5, cos_b = 2/(2*sqrt 2); weights 0.75 and 0.25.
        var expected = (0.75 * 0.6) + (0.25 * (1 / Math.Sqrt(2)));
        Assert.Equal(expected, Dot(doc, query), 5);
        Assert.Equal(1.0, Math.Sqrt(Dot(doc, doc)), 5);
        Assert.Equal(5, ensemble.Info.Dimensions);
    }

    [Fact]
    public void Info_NamesEveryMemberAndWeight_SoChangingOneReindexes()
    {
        using var ensemble = new EnsembleEmbedder("pair", [(new TableEmbedder("a", 2, []), 1.0), (new TableEmbedder("b", 2, []), 1.0)]);
        using var reweighted = new EnsembleEmbedder("pair", [(new TableEmbedder("a", 2, []), 2.0), (new TableEmbedder("b", 2, []), 1.0)]);

        Assert.Equal("pair(a/exit1/fp32*0.5,b/exit1/fp32*0.5)/exit1/fp32", ensemble.Info.Identity);
        Assert.NotEqual(ensemble.Info.Identity, reweighted.Info.Identity);
    }

    [Fact]
    public void Tokens_CountsWithTheMemberThatSeesTheMostTokens()
    {
        using var ensemble = new EnsembleEmbedder("pair", [(new TableEmbedder("a", 2, [], tokensPerChar: 1), 1.0), (new TableEmbedder("b", 2, [], tokensPerChar: 2), 1.0)]);

        Assert.Equal(8, ensemble.Tokens.CountTokens("abcd"));
    }

    [Fact]
    public async Task EmbedDocuments_ReportsProgressAcrossBothMembersUpToTheTotal()
    {
        var texts = new Dictionary<string, float[]> { ["x"] = [1, 0], ["y"] = [0, 1] };
        using var ensemble = new EnsembleEmbedder("pair", [(new TableEmbedder("a", 2, texts), 1.0), (new TableEmbedder("b", 2, texts), 1.0)]);
        var reports = new List<EmbeddingProgress>();

        await ensemble.EmbedDocumentsAsync(["x", "y"], new SynchronousProgress<EmbeddingProgress>(reports.Add));

        Assert.Equal([0, 1, 2], reports.Select(r => r.Done).Distinct());
        Assert.All(reports, r => Assert.Equal(2, r.Total));
        Assert.Equal(2 + 2, reports[^1].Tokens);
    }

    [Fact]
    public void Constructor_OneMemberOrNoWeight_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new EnsembleEmbedder("one", [(new TableEmbedder("a", 2, []), 1.0)]));
        Assert.Throws<ArgumentException>(() => new EnsembleEmbedder("zero", [(new TableEmbedder("a", 2, []), 1.0), (new TableEmbedder("b", 2, []), 0.0)]));
    }

    private static double Dot(float[] x, float[] y) => x.Zip(y, (p, q) => (double)p * q).Sum();

    /// <summary>Looks each text up in a table; one token per character (times <paramref name="tokensPerChar"/>).</summary>
    private sealed class TableEmbedder(string id, int dimensions, Dictionary<string, float[]> table, int tokensPerChar = 1) : IEmbedder, ITokenCounter
    {
        public EmbedderInfo Info { get; } = new(id, dimensions, 1, 128, "fp32");

        public ITokenCounter Tokens => this;

        public int CountTokens(ReadOnlySpan<char> text) => text.Length * tokensPerChar;

        public Task<float[][]> EmbedDocumentsAsync(IReadOnlyList<string> documents, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            var vectors = new float[documents.Count][];
            for (var i = 0; i < documents.Count; i++)
            {
                vectors[i] = table[documents[i]];
                progress?.Report(new EmbeddingProgress(i + 1, documents.Count, i + 1));
            }
            return Task.FromResult(vectors);
        }

        public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default) => Task.FromResult(table[query]);

        public void Dispose()
        {
        }
    }
}
