using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Ensemble;

namespace CodeIntel.Retrieval.Tests.Embedding.Ensemble;

public sealed class EnsembleProfileTests
{
    [Fact]
    public void Load_RelativeMembers_ResolvesThemAndNormalisesTheWeights()
    {
        using var root = new TempDirectory();
        var directory = Write(root, "ens", """{ "modelId": "pair", "members": [ { "model": "../a", "weight": 3 }, { "model": "../b", "weight": 1 } ], "hybridAlpha": 0.9 }""");

        var profile = EnsembleProfile.Load(directory);

        Assert.Equal("pair", profile.ModelId);
        Assert.Equal([Path.Combine(root.Root, "a"), Path.Combine(root.Root, "b")], profile.Members.Select(m => m.Directory));
        Assert.Equal([0.75, 0.25], profile.Members.Select(m => m.Weight));
        Assert.Equal(0.9, profile.HybridAlpha);
    }

    [Theory]
    [InlineData("""{ "modelId": "x", "members": [ { "model": "../a", "weight": 1 } ] }""", "at least two")]
    [InlineData("""{ "modelId": "x", "members": [ { "model": "../a", "weight": 1 }, { "model": "../b", "weight": -1 } ] }""", "member '../b' needs a positive weight")]
    [InlineData("""{ "modelId": "x", "members": [ { "model": "../a", "weight": 1 }, { "model": "../b", "weight": 1 } ], "hybridAlpha": 2 }""", "hybridAlpha 2 must lie in [0, 1]")]
    [InlineData("""{ "members": [] }""", "modelId is missing")]
    [InlineData("""{ "modelId": """, "cannot be read")]
    public void Load_Invalid_SaysWhatIsWrong(string json, string expected)
    {
        using var root = new TempDirectory();

        var error = Assert.Throws<EmbeddingModelException>(() => EnsembleProfile.Load(Write(root, "ens", json)));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Load_MemberIsItselfAnEnsemble_IsRefused()
    {
        using var root = new TempDirectory();
        Write(root, "inner", """{ "modelId": "inner", "members": [ { "model": "../a", "weight": 1 }, { "model": "../b", "weight": 1 } ] }""");
        var outer = Write(root, "outer", """{ "modelId": "outer", "members": [ { "model": "../inner", "weight": 1 }, { "model": "../b", "weight": 1 } ] }""");

        var error = Assert.Throws<EmbeddingModelException>(() => EnsembleProfile.Load(outer));

        Assert.Contains("'../inner' is itself an ensemble", error.Message);
    }

    [Fact]
    public void ToJson_ReadsBackAsTheSameEnsemble()
    {
        using var root = new TempDirectory();
        var directory = Write(root, "ens", EnsembleProfile.ToJson("pair", [("../a", 1), ("../b", 1)], 0.95, "notes"));

        var profile = EnsembleProfile.Load(directory);

        Assert.Equal([0.5, 0.5], profile.Members.Select(m => m.Weight));
        Assert.Equal(0.95, profile.HybridAlpha);
    }

    private static string Write(TempDirectory root, string name, string json)
    {
        var directory = Path.Combine(root.Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, EnsembleProfile.FileName), json);
        return directory;
    }
}
