using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

public sealed class BuiltInProfilesTests
{
    [Fact]
    public void Names_ShippedProfiles_AreAllListed()
    {
        Assert.Equal(
            ["ModularStarEncoder-finetuned", "all-MiniLM-L6-v2", "codet5p-110m-embedding", "snowflake-arctic-embed-xs", "unixcoder-base"],
            BuiltInProfiles.Names);
    }

    [Fact]
    public void Get_EveryShippedProfile_IsValid()
    {
        foreach (var name in BuiltInProfiles.Names)
        {
            var profile = BuiltInProfiles.Get(name);
            Assert.Equal(name, profile.ModelId);
            Assert.All(profile.Exits, exit => Assert.False(string.IsNullOrEmpty(profile.ExitTensorName(exit))));
        }
    }

    [Fact]
    public void Get_MiniLm_HasLayerNormOutputsReadFromTheGraph()
    {
        var profile = BuiltInProfiles.Get("all-MiniLM-L6-v2");

        Assert.Equal([1, 2, 3, 4, 5, 6], profile.Exits);
        Assert.Equal("533", profile.ExitTensorName(3));
        Assert.Equal("last_hidden_state", profile.ExitTensorName(6));
        Assert.Equal(Pooling.Mean, profile.Pooling);
    }

    [Fact]
    public void Get_ModularStarEncoder_OffersItsFiveExitsAndPoolsTheTrailingToken()
    {
        var profile = BuiltInProfiles.Get("ModularStarEncoder-finetuned");

        Assert.Equal([4, 9, 18, 27, 36], profile.Exits);
        Assert.Equal(Pooling.Last, profile.Pooling);
        Assert.Equal("/layers.8/Add_1_output_0", profile.ExitTensorName(9));
    }

    [Fact]
    public void Get_CodeT5Plus_ReadsThe256DimensionalProjection()
    {
        var profile = BuiltInProfiles.Get("codet5p-110m-embedding");

        Assert.Equal(Pooling.None, profile.Pooling);
        Assert.Equal("embedding", profile.OutputName);
        Assert.Equal(256, profile.Dimensions);
    }

    [Fact]
    public void ReadJson_UnknownName_ListsTheBuiltInProfiles()
    {
        var error = Assert.Throws<EmbeddingModelException>(() => BuiltInProfiles.ReadJson("bge-small"));

        Assert.Contains("all-MiniLM-L6-v2", error.Message);
    }
}
