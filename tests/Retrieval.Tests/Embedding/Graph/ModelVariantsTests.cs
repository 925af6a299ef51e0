using System.Text.Json;
using CodeIntel.Retrieval.Embedding.Graph;

namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

[Collection(MiniLmTests.Name)]
public sealed class ModelVariantsTests(MiniLmFixture miniLm)
{
    [Theory]
    [InlineData(3, false, "model.exit3.onnx")]
    [InlineData(null, true, "model.int8.onnx")]
    [InlineData(3, true, "model.exit3.int8.onnx")]
    [InlineData(null, false, "model.onnx")]
    public void FileName_ExitAndPrecision_FollowsTheLayout(int? exit, bool quantized, string expected)
    {
        Assert.Equal(expected, ModelVariants.FileName(exit, quantized));
    }

    [Fact]
    public void EnsureInt8Model_NoVariantYet_WritesAQuantisedModelAndItsStamp()
    {
        using var directory = new TempModelDirectory(miniLm);

        var path = ModelVariants.EnsureInt8Model(directory.Path);

        Assert.Equal(directory.File("model.int8.onnx"), path);
        var model = OnnxModel.Load(path);
        Assert.Contains(model.Graph.Nodes, node => node.OpType == "MatMulInteger");
        using var stamp = JsonDocument.Parse(File.ReadAllText(path + ".json"));
        Assert.Equal("model.onnx", stamp.RootElement.GetProperty("source").GetString());
        Assert.Equal(64, stamp.RootElement.GetProperty("sourceSha256").GetString()!.Length);
        Assert.Empty(Directory.GetFiles(directory.Path, "*.tmp"));
    }

    [Fact]
    public void EnsureExitModel_Int8_TruncatesThenQuantises()
    {
        using var directory = new TempModelDirectory(miniLm);

        var path = ModelVariants.EnsureExitModel(directory.Path, 2, quantized: true);

        Assert.Equal(directory.File("model.exit2.int8.onnx"), path);
        var graph = OnnxModel.Load(path).Graph;
        Assert.Equal(["last_hidden_state"], graph.Outputs.Select(output => output.Name));
        Assert.Equal(2 * 6, graph.Nodes.Count(node => node.OpType == "MatMulInteger"));
        var batch = new[] { miniLm.Tokenizer.Encode("return a + b;") };
        var hidden = ModelRunner.Run(File.ReadAllBytes(path), batch, "last_hidden_state")["last_hidden_state"];
        Assert.Equal([1, batch[0].Length, 384], hidden.Shape);
    }

    [Fact]
    public void EnsureExitModel_CalledAgainWithTheSameSource_KeepsTheFile()
    {
        using var directory = new TempModelDirectory(miniLm);
        var path = ModelVariants.EnsureExitModel(directory.Path, 1);
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddMinutes(-5));

        var again = ModelVariants.EnsureExitModel(directory.Path, 1);

        Assert.Equal(path, again);
        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void EnsureExitModel_SourceReplaced_RebuildsFromTheNewSource()
    {
        using var directory = new TempModelDirectory(miniLm);
        var path = ModelVariants.EnsureExitModel(directory.Path, 2);
        Assert.DoesNotContain(OnnxModel.Load(path).Graph.Nodes, node => node.OpType == "MatMulInteger");
        var replacement = OnnxModel.Load(miniLm.ModelBytes);
        Int8Quantizer.Quantize(replacement);
        replacement.Save(directory.File("model.onnx"));

        ModelVariants.EnsureExitModel(directory.Path, 2);

        Assert.Contains(OnnxModel.Load(path).Graph.Nodes, node => node.OpType == "MatMulInteger");
    }

    [Fact]
    public void EnsureExitModel_VariantFileDamaged_RebuildsIt()
    {
        using var directory = new TempModelDirectory(miniLm);
        var path = ModelVariants.EnsureExitModel(directory.Path, 1);
        var good = File.ReadAllBytes(path);
        File.WriteAllBytes(path, good[..(good.Length / 2)]);

        ModelVariants.EnsureExitModel(directory.Path, 1);

        Assert.Equal(good, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task EnsureInt8Model_SeveralCallersAtOnce_AllGetTheSameCompleteFile()
    {
        using var directory = new TempModelDirectory(miniLm);

        var paths = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => ModelVariants.EnsureInt8Model(directory.Path))));

        Assert.Single(paths.Distinct());
        var model = OnnxModel.Load(paths[0]);
        Assert.Contains(model.Graph.Nodes, node => node.OpType == "MatMulInteger");
        Assert.Empty(Directory.GetFiles(directory.Path, "*.tmp"));
    }

    [Fact]
    public void EnsureInt8Model_NoSourceModel_ThrowsSayingWhereItShouldBe()
    {
        using var directory = new TempModelDirectory(miniLm);
        File.Delete(directory.File("model.onnx"));

        var error = Assert.Throws<FileNotFoundException>(() => ModelVariants.EnsureInt8Model(directory.Path));
        Assert.Contains(directory.Path, error.Message);
    }
}
