using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

public sealed class LinearHeadTests
{
    [Fact]
    public void Apply_TwoByThree_ComputesWeightsTimesInputPlusBias()
    {
        var head = new LinearHead("h", 2, 3, [1, 2, 3, 0, -1, 0.5f], [10, -10]);

        Assert.Equal([1 + 4 + 9 + 10f, -2 + 1.5f - 10], head.Apply([1, 2, 3]));
    }

    [Fact]
    public void SaveThenLoad_RoundTripsAndTakesItsNameFromTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.PathOf("exit3-distilled.head");
        new LinearHead("h", 2, 3, [1, 2, 3, 4, 5, 6], [7, 8]).Save(path);

        var loaded = LinearHead.Load(path);

        Assert.Equal("exit3-distilled", loaded.Name);
        Assert.Equal((2, 3), (loaded.Rows, loaded.Cols));
        Assert.Equal([1 + 4 + 9 + 7f, 4 + 10 + 18 + 8], loaded.Apply([1, 2, 3]));
        Assert.Equal(8 + (4 * 8), new FileInfo(path).Length);
    }

    [Fact]
    public void Load_TruncatedFile_SaysItIsDamagedAndGivesTheFormat()
    {
        using var dir = new TempDirectory();
        var path = dir.PathOf("bad.head");
        new LinearHead("h", 2, 3, new float[6], new float[2]).Save(path);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..20]);

        var error = Assert.Throws<EmbeddingModelException>(() => LinearHead.Load(path));

        Assert.Contains("damaged", error.Message);
        Assert.Contains("int32 rows, int32 cols", error.Message);
    }

    [Fact]
    public void Apply_WrongInputLength_Throws()
    {
        var head = new LinearHead("h", 1, 2, [1, 1], [0]);

        Assert.Throws<ArgumentException>(() => head.Apply([1, 2, 3]));
    }
}
