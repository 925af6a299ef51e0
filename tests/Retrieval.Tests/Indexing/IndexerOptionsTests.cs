using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Indexing;

public class IndexerOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedValues()
    {
        var options = new IndexerOptions();
        Assert.Equal((256, 32, 16_384, 20_000, null), (options.EmbeddingBatchSize, options.FilesPerTransaction,
            options.VectorCheckpointInterval, options.UnreferencedEmbeddingsKept, options.MaxParallelism));
    }

    [Fact]
    public void EmbeddingBatchSize_Zero_ThrowsNamingTheRangeAndDefault()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new IndexerOptions { EmbeddingBatchSize = 0 });
        Assert.Contains("from 1 to 65,536", error.Message);
        Assert.Contains("default is 256", error.Message);
    }

    [Fact]
    public void OutOfRangeValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexerOptions { FilesPerTransaction = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexerOptions { VectorCheckpointInterval = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexerOptions { UnreferencedEmbeddingsKept = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexerOptions { MaxParallelism = 65 });
    }

    [Fact]
    public async Task UnreferencedEmbeddingsKept_Zero_DropsVectorsOfDeletedCodeSoTheyAreEmbeddedAgainOnReturn()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 3);
        var options = new IndexerOptions { UnreferencedEmbeddingsKept = 0 };
        await fixture.UpdateAsync(options);
        var content = File.ReadAllText(fixture.Tree.PathOf(paths[0]));
        File.Delete(fixture.Tree.PathOf(paths[0]));
        await fixture.UpdateAsync(options);
        fixture.Tree.WriteFile(paths[0], content);

        var summary = await fixture.UpdateAsync(options);

        Assert.Equal(0, summary.EmbeddingsReused);
        Assert.Equal(summary.ChunksAdded, summary.ChunksEmbedded);
    }

    [Fact]
    public async Task UnreferencedEmbeddingsKept_Default_KeepsVectorsOfDeletedCodeForItsReturn()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 3);
        await fixture.UpdateAsync();
        var content = File.ReadAllText(fixture.Tree.PathOf(paths[0]));
        File.Delete(fixture.Tree.PathOf(paths[0]));
        await fixture.UpdateAsync();
        fixture.Tree.WriteFile(paths[0], content);

        var summary = await fixture.UpdateAsync();

        Assert.Equal(summary.ChunksAdded, summary.EmbeddingsReused);
        Assert.Equal(0, summary.ChunksEmbedded);
    }
}
