using System.Numerics.Tensors;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

[Collection(MiniLmGroup.Name)]
public sealed class OnnxEmbedderTests(MiniLmFixture model)
{
    private const string ReadsFile = """
        public static IEnumerable<string> ReadLines(string path)
        {
            using var reader = new StreamReader(path);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                yield return line;
            }
        }
        """;

    private const string SortsList = """
        public static void SortNumbers(List<int> numbers)
        {
            numbers.Sort((a, b) => a.CompareTo(b));
        }
        """;

    [Fact]
    public async Task EmbedDocuments_DefaultModel_Returns384DimensionalUnitVectors()
    {
        var vectors = await model.Embedder.EmbedDocumentsAsync([ReadsFile, SortsList, "x", ""]);

        Assert.Equal(4, vectors.Length);
        Assert.All(vectors, v =>
        {
            Assert.Equal(384, v.Length);
            Assert.Equal(1.0, TensorPrimitives.Norm(v), 4);
        });
    }

    [Fact]
    public async Task EmbedQuery_ReadFileLineByLine_IsCloserToTheSnippetThatReadsAFile()
    {
        var query = await model.Embedder.EmbedQueryAsync("read a file line by line");
        var documents = await model.Embedder.EmbedDocumentsAsync([SortsList, ReadsFile]);

        var toSort = TensorPrimitives.Dot(query, documents[0]);
        var toRead = TensorPrimitives.Dot(query, documents[1]);

        Assert.True(toRead > toSort, $"cosine to the file reader {toRead:0.000} should beat the sorter {toSort:0.000}");
    }

    [Fact]
    public async Task EmbedDocuments_Batched_EqualsUnbatchedInInputOrder()
    {
        var texts = MixedLengthTexts(40);
        using var unbatched = new UnbatchedOnnxEmbedder(model.ModelDirectory);
        using var batched = new OnnxEmbedder(model.ModelDirectory, new OnnxEmbedderOptions { MaxBatchTokens = 1024, MaxBatchSize = 8 });

        var expected = await unbatched.EmbedDocumentsAsync(texts);
        var actual = await batched.EmbedDocumentsAsync(texts);

        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = 0; j < 384; j++)
            {
                Assert.True(Math.Abs(expected[i][j] - actual[i][j]) < 1e-4, $"text {i}, component {j}: {expected[i][j]} vs {actual[i][j]}");
            }
        }
    }

    [Fact]
    public async Task EmbedDocuments_CancelledDuringFirstBatch_StopsBeforeTheNext()
    {
        var texts = MixedLengthTexts(30);
        using var embedder = new OnnxEmbedder(model.ModelDirectory, new OnnxEmbedderOptions { MaxBatchSize = 4 });
        using var cancellation = new CancellationTokenSource();
        var reports = new List<EmbeddingProgress>();
        var progress = new SynchronousProgress<EmbeddingProgress>(p =>
        {
            reports.Add(p);
            cancellation.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => embedder.EmbedDocumentsAsync(texts, progress, cancellation.Token));

        var report = Assert.Single(reports);
        Assert.Equal(4, report.Done);
        Assert.Equal(30, report.Total);
    }

    [Fact]
    public async Task EmbedDocuments_Progress_ReachesTheTotalWithEveryRealToken()
    {
        var texts = MixedLengthTexts(25);
        using var embedder = new OnnxEmbedder(model.ModelDirectory, new OnnxEmbedderOptions { MaxBatchTokens = 512 });
        var reports = new List<EmbeddingProgress>();

        await embedder.EmbedDocumentsAsync(texts, new SynchronousProgress<EmbeddingProgress>(reports.Add));

        Assert.True(reports.Count > 1, "a 512-token budget should need several batches");
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
        var last = reports[^1];
        Assert.Equal(25, last.Done);
        Assert.Equal(25, last.Total);
        Assert.Equal(texts.Sum(t => Math.Min(embedder.Tokens.CountTokens(t) + 2, 256)), last.Tokens);
    }

    [Fact]
    public void Constructor_MissingModelDirectory_SaysItDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "codeintel-no-such-model-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<EmbeddingModelException>(() => new OnnxEmbedder(missing));

        Assert.Contains($"The model directory '{missing}' does not exist", error.Message);
    }

    [Fact]
    public void Constructor_EarlyExitWithoutTruncatedModel_NamesTheMissingFileAndTheCutTensor()
    {
        var error = Assert.Throws<EmbeddingModelException>(
            () => new OnnxEmbedder(model.ModelDirectory, new OnnxEmbedderOptions { ExitLayer = 3 }));

        Assert.Contains("'model.exit3.onnx'", error.Message);
        Assert.Contains("'533'", error.Message);
    }

    [Fact]
    public void Constructor_ExitTheModelDoesNotOffer_ListsItsExits()
    {
        var error = Assert.Throws<EmbeddingModelException>(
            () => new OnnxEmbedder(model.ModelDirectory, new OnnxEmbedderOptions { ExitLayer = 9 }));

        Assert.Contains("1, 2, 3, 4, 5, 6", error.Message);
    }

    [Fact]
    public void Constructor_QuantisedFileMissing_NamesIt()
    {
        var error = Assert.Throws<EmbeddingModelException>(
            () => new OnnxEmbedder(model.ModelDirectory, new OnnxEmbedderOptions { ModelFileName = "model.int8.onnx" }));

        Assert.Contains("model.int8.onnx", error.Message);
    }

    [Fact]
    public async Task Constructor_ExitFileAndVariantPresent_ReportsExitAndPrecision()
    {
        using var dir = new TempDirectory();
        foreach (var file in Directory.GetFiles(model.ModelDirectory))
        {
            File.CreateSymbolicLink(dir.PathOf(Path.GetFileName(file)), file);
        }
        // Stand-in for a truncated graph: the full model under the exit file name (its output is last_hidden_state,
        // which a truncated model may also use).
        File.CreateSymbolicLink(dir.PathOf("model.exit5.int8.onnx"), Path.Combine(model.ModelDirectory, "model.onnx"));

        using var embedder = new OnnxEmbedder(dir.Root, new OnnxEmbedderOptions { ModelFileName = "model.int8.onnx", ExitLayer = 5 });

        Assert.Equal("all-MiniLM-L6-v2/exit5/int8/words/abbreviations", embedder.Info.Identity);
        Assert.Equal(384, (await embedder.EmbedQueryAsync("query")).Length);
    }

    [Fact]
    public async Task EmbedDocuments_WithExitHead_AppliesItBeforeNormalising()
    {
        using var dir = new TempDirectory();
        var weights = new float[384 * 384];
        for (var i = 0; i < 384; i++)
        {
            weights[(i * 384) + (383 - i)] = 1; // reverses the coordinates
        }
        var headPath = dir.PathOf("reversed.head");
        new LinearHead("reversed", 384, 384, weights, new float[384]).Save(headPath);
        using var withHead = new OnnxEmbedder(model.ModelDirectory, new OnnxEmbedderOptions { Head = LinearHead.Load(headPath) });

        var plain = (await model.Embedder.EmbedDocumentsAsync([ReadsFile]))[0];
        var mapped = (await withHead.EmbedDocumentsAsync([ReadsFile]))[0];

        Assert.Equal("all-MiniLM-L6-v2/exit6/fp32/reversed/words/abbreviations", withHead.Info.Identity);
        for (var i = 0; i < 384; i++)
        {
            Assert.Equal(plain[383 - i], mapped[i], 5);
        }
    }

    /// <summary>Real methods when the shared data is present, else generated code of varied length; shuffled lengths
    /// so that batching must reorder and restore.</summary>
    private static List<string> MixedLengthTexts(int count)
    {
        var shared = CodeSnippets.SharedCSharp(count);
        if (shared.Count == count)
        {
            return [.. shared];
        }
        return Enumerable.Range(0, count)
            .Select(i => string.Join('\n', Enumerable.Range(0, 1 + ((i * 7) % 23)).Select(j => $"var item{j} = Compute({i}, {j});")))
            .ToList();
    }
}
