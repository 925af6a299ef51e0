using CodeIntel.Evaluation.CodeSearch;

namespace CodeIntel.Evaluation.Tests.CodeSearch;

public sealed class DatasetLoaderTests
{
    [SkippableFact]
    public void Cosqa_SharedDevSet_Has500QueriesOver6267Snippets()
    {
        var folder = SharedData.Folder("cosqa");
        Skip.If(folder is null, "shared/data/cosqa is not on this machine");

        var data = CosqaDataset.Load(folder!);

        Assert.Equal(6267, data.Corpus.Count);
        Assert.Equal(500, data.Queries.Count);
        var ids = data.Corpus.Select(d => d.Id).ToHashSet();
        Assert.All(data.Queries, q => Assert.True(q.Relevant.IsSubsetOf(ids)));
    }

    [SkippableFact]
    public void CSharpQuerySet_ProjectQueries_PointAtMethodsInTheCorpus()
    {
        var folder = SharedData.Folder("codexglue-java-cs");
        Skip.If(folder is null, "shared/data/codexglue-java-cs is not on this machine");
        var queries = Path.Combine(RepositoryRoot(), "bench", "csharp-search-queries.jsonl");

        var data = CSharpQuerySet.Load(folder!, queries);

        Assert.True(data.Queries.Count >= 60);
        var byId = data.Corpus.ToDictionary(d => d.Id);
        Assert.All(data.Queries, q => Assert.StartsWith("class M", byId[q.Relevant.Single()].Code, StringComparison.Ordinal));
        Assert.Contains("Factorial", byId[data.Queries[0].Relevant.Single()].Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Cosqa_MissingFolder_SaysWhichFileAndWhatToPass()
    {
        var error = Assert.Throws<FileNotFoundException>(() => CosqaDataset.Load(Path.GetTempPath()));

        Assert.Contains("code_idx_map.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("--data", error.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodeIntel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("CodeIntel.sln not found above the test binaries.");
    }
}
