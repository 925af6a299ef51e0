using CodeIntel.Translation.Neural;

namespace CodeIntel.Translation.Tests.Neural;

/// <summary>A model directory with a missing or mismatched file fails at load with a message naming it.</summary>
public sealed class NeuralModelLoadingTests
{
    [SkippableTheory]
    [InlineData("decoder_with_past_model.onnx")]
    [InlineData("encoder_model.onnx")]
    [InlineData("tokenizer.json")]
    [InlineData("generation_config.json")]
    [InlineData("experts.json")]
    public void Open_FileMissing_NamesTheFile(string file)
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var copy = Copy(dir!);
        File.Delete(copy.PathOf(file));
        var e = Assert.Throws<NeuralModelException>(() => NeuralTranslator.Open(copy.Root));
        Assert.Contains(file, e.Message);
    }

    [SkippableFact]
    public void Open_AdapterOfAnotherSize_SaysItWasTrainedForAnotherModel()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var copy = Copy(dir!);
        var adapter = copy.PathOf("experts/java.lora.bin");
        File.WriteAllBytes(adapter, File.ReadAllBytes(adapter)[..^64]);
        var e = Assert.Throws<NeuralModelException>(() => NeuralTranslator.Open(copy.Root));
        Assert.Contains("java.lora.bin", e.Message);
        Assert.Contains("another model", e.Message);
    }

    [SkippableFact]
    public void Open_GenerationConfigOfAnotherModel_SaysSo()
    {
        var dir = TinyModel.Directory();
        Skip.If(dir is null, TinyModel.Missing);
        using var copy = Copy(dir!);
        var config = copy.PathOf("generation_config.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"eos_token_id\": 1", "\"eos_token_id\": 99999"));
        var e = Assert.Throws<NeuralModelException>(() => NeuralTranslator.Open(copy.Root));
        Assert.Contains("99999", e.Message);
    }

    [Fact]
    public void Open_DirectoryMissing_SaysHowToGetAModel()
    {
        using var temp = new TempDirectory();
        var e = Assert.Throws<NeuralModelException>(() => NeuralTranslator.Open(temp.PathOf("nope")));
        Assert.Contains("train.py", e.Message);
    }

    private static TempDirectory Copy(string dir)
    {
        var temp = new TempDirectory();
        foreach (var file in System.IO.Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var target = temp.PathOf(Path.GetRelativePath(dir, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return temp;
    }
}
