using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

public sealed class ModelProfileTests
{
    private const string Valid = """
        {
          "modelId": "tiny",
          "pooling": "mean",
          "normalize": true,
          "maxTokens": 128,
          "outputName": "last_hidden_state",
          "inputNames": { "inputIds": "input_ids", "attentionMask": "attention_mask" },
          "hiddenSize": 32,
          "layers": 4,
          "exits": [2, 4],
          "exitTensorPattern": "/encoder/layer.{index}/output/LayerNorm/Add_1_output_0"
        }
        """;

    [Fact]
    public void Parse_ValidProfile_ReadsEveryField()
    {
        var profile = ModelProfile.Parse(Valid, "test");

        Assert.Equal("tiny", profile.ModelId);
        Assert.Equal(Pooling.Mean, profile.Pooling);
        Assert.True(profile.Normalize);
        Assert.Equal(128, profile.MaxTokens);
        Assert.Equal(string.Empty, profile.QueryPrefix);
        Assert.Equal(new ModelInputNames("input_ids", "attention_mask"), profile.InputNames);
        Assert.Equal(32, profile.Dimensions);
        Assert.Equal([2, 4], profile.Exits);
    }

    [Fact]
    public void ExitTensorName_Pattern_SubstitutesZeroBasedIndexAndLastLayerIsOutput()
    {
        var profile = ModelProfile.Parse(Valid, "test");

        Assert.Equal("/encoder/layer.1/output/LayerNorm/Add_1_output_0", profile.ExitTensorName(2));
        Assert.Equal("last_hidden_state", profile.ExitTensorName(4));
    }

    [Fact]
    public void ExitTensorName_LayerNotAnExit_ListsTheExits()
    {
        var profile = ModelProfile.Parse(Valid, "test");

        var error = Assert.Throws<EmbeddingModelException>(() => profile.ExitTensorName(3));

        Assert.Contains("Exit 3", error.Message);
        Assert.Contains("2, 4", error.Message);
    }

    [Fact]
    public void Parse_UnknownPooling_ListsKnownPoolings()
    {
        var error = Assert.Throws<EmbeddingModelException>(
            () => ModelProfile.Parse(Valid.Replace("\"mean\"", "\"max\""), "test.json"));

        Assert.Contains("test.json", error.Message);
        Assert.Contains("pooling 'max' is unknown", error.Message);
        Assert.Contains("mean, cls, last, none", error.Message);
    }

    [Fact]
    public void Parse_MissingField_NamesIt()
    {
        var error = Assert.Throws<EmbeddingModelException>(
            () => ModelProfile.Parse(Valid.Replace("\"hiddenSize\": 32,", string.Empty), "test.json"));

        Assert.Contains("'hiddenSize' is missing", error.Message);
    }

    [Fact]
    public void Parse_MisspelledField_IsRejectedRatherThanIgnored()
    {
        var error = Assert.Throws<EmbeddingModelException>(
            () => ModelProfile.Parse(Valid.Replace("\"normalize\"", "\"normalise\""), "test.json"));

        Assert.Contains("normalise", error.Message);
    }

    [Fact]
    public void Parse_EarlyExitWithoutTensorName_IsRejected()
    {
        var json = Valid.Replace("\"exitTensorPattern\": \"/encoder/layer.{index}/output/LayerNorm/Add_1_output_0\"", "\"exitTensors\": {}");

        var error = Assert.Throws<EmbeddingModelException>(() => ModelProfile.Parse(json, "test.json"));

        Assert.Contains("exits 2 have no tensor name", error.Message);
    }

    [Fact]
    public void Parse_ExitsWithoutLastLayer_IsRejected()
    {
        var error = Assert.Throws<EmbeddingModelException>(
            () => ModelProfile.Parse(Valid.Replace("[2, 4]", "[2, 3]"), "test.json"));

        Assert.Contains("last layer (4)", error.Message);
    }

    [Fact]
    public void Load_MissingDirectory_SaysItDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "codeintel-no-such-model-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<EmbeddingModelException>(() => ModelProfile.Load(missing));

        Assert.Contains(missing, error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Load_DirectoryWithoutProfile_NamesTheProfileFile()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<EmbeddingModelException>(() => ModelProfile.Load(dir.Root));

        Assert.Contains(ModelProfile.FileName, error.Message);
    }
}
