using CodeIntel.Retrieval.Embedding.Graph;

namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

[Collection(MiniLmTests.Name)]
public sealed class ExitTruncationTests(MiniLmFixture miniLm)
{
    private const int Layers = 6;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Truncate_EachExit_OutputEqualsFullModelsHiddenStateAfterThatLayer(int exit)
    {
        var batch = CodeSnippets.Load().Take(4).Select(text => miniLm.Tokenizer.Encode(text)).ToList();
        var reference = OnnxModel.Load(miniLm.ModelBytes);
        var layerTensor = ExitTruncation.FindLayerOutputs(reference.Graph)[exit - 1];
        if (reference.Graph.Outputs.All(output => output.Name != layerTensor))
        {
            reference.Graph.SetOutputs([.. reference.Graph.Outputs, OnnxValueInfo.Tensor(layerTensor, OnnxDataType.Float)]);
        }
        var expected = ModelRunner.Run(reference.ToArray(), batch, layerTensor)[layerTensor];

        var truncated = OnnxModel.Load(miniLm.ModelBytes);
        var result = ExitTruncation.Truncate(truncated, exit);
        var actual = ModelRunner.Run(truncated.ToArray(), batch, ExitTruncation.HiddenStateOutput)[ExitTruncation.HiddenStateOutput];

        Assert.Equal(Layers, result.LayerCount);
        Assert.Equal(["last_hidden_state"], truncated.Graph.Outputs.Select(output => output.Name));
        Assert.Equal(expected.Shape, actual.Shape);
        var worst = expected.Values.Zip(actual.Values, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst <= 1e-5f, $"exit {exit}: largest difference {worst}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Truncate_EarlyExit_KeepsOnlyThatManyLayersOfMatMulsAndShrinksTheFile(int exit)
    {
        var full = OnnxModel.Load(miniLm.ModelBytes);
        var truncated = OnnxModel.Load(miniLm.ModelBytes);

        ExitTruncation.Truncate(truncated, exit);

        int MatMuls(OnnxModel model) => model.Graph.Nodes.Count(node => node.OpType == "MatMul");
        Assert.Equal(MatMuls(full) * exit / Layers, MatMuls(truncated));
        Assert.True(truncated.ToArray().Length < miniLm.ModelBytes.Length);
        Assert.DoesNotContain(truncated.Graph.Initializers, tensor => tensor.Name.StartsWith($"encoder.layer.{exit}.", StringComparison.Ordinal));
        Assert.Contains(truncated.Graph.Initializers, tensor => tensor.Name.StartsWith($"encoder.layer.{exit - 1}.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Truncate_ExitOutsideTheLayers_ThrowsSayingHowManyThereAre(int exit)
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ExitTruncation.Truncate(model, exit));
        Assert.Contains("between 1 and 6", error.Message);
    }

    [Fact]
    public void FindLayerOutputs_OnlyNodeNamesFollowTheConvention_FindsTheSameTensors()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);
        var graph = model.Graph;
        var expected = ExitTruncation.FindLayerOutputs(graph);

        // Rewrite MiniLM the way newer exporters name things: path-like node names, anonymous parameters.
        for (var layer = 0; layer < Layers; layer++)
        {
            var prefix = $"encoder.layer.{layer}.output.LayerNorm.";
            foreach (var (parameter, op) in new[] { ("weight", "Mul"), ("bias", "Add_1") })
            {
                var index = graph.Nodes.ToList().FindIndex(node => node.Inputs.Contains(prefix + parameter));
                graph.ReplaceNode(index, [graph.Nodes[index].WithName($"/encoder/layer.{layer}/output/LayerNorm/{op}")]);
                graph.RenameTensor(prefix + parameter, $"onnx::{op}_{layer}");
            }
        }

        Assert.Equal(expected, ExitTruncation.FindLayerOutputs(graph));
    }

    [Fact]
    public void FindLayerOutputs_NoEncoderLayers_ThrowsNamingTheConventions()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);
        model.Graph.SetOutputs([OnnxValueInfo.Tensor("input_ids", OnnxDataType.Int64)]);
        model.Graph.Prune();

        var error = Assert.Throws<OnnxFormatException>(() => ExitTruncation.FindLayerOutputs(model.Graph));
        Assert.Contains("encoder.layer.N.output.LayerNorm.bias", error.Message);
    }
}
