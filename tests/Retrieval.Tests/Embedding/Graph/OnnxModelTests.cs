using CodeIntel.Retrieval.Embedding.Graph;

namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

[Collection(MiniLmTests.Name)]
public sealed class OnnxModelTests(MiniLmFixture miniLm)
{
    [Fact]
    public void Load_MiniLm_ExposesInputsOutputsNodesAndWeights()
    {
        var graph = OnnxModel.Load(miniLm.ModelPath).Graph;

        Assert.Equal(["input_ids", "attention_mask", "token_type_ids"], graph.Inputs.Select(input => input.Name));
        Assert.All(graph.Inputs, input => Assert.Equal(OnnxDataType.Int64, input.ElementType));
        var hidden = Assert.Single(graph.Outputs, output => output.Name == "last_hidden_state");
        Assert.Equal(OnnxDataType.Float, hidden.ElementType);
        Assert.Equal(3, hidden.Shape!.Count);
        Assert.Contains(graph.Nodes, node => node.OpType == "MatMul");
        Assert.All(graph.Nodes, node => Assert.False(string.IsNullOrEmpty(node.OpType)));

        var embeddings = graph.FindInitializer("embeddings.word_embeddings.weight")!;
        Assert.Equal(OnnxDataType.Float, embeddings.DataType);
        Assert.Equal(2, embeddings.Dims.Count);
        var values = embeddings.ReadFloats();
        Assert.Equal(embeddings.ElementCount, values.Length);
        Assert.Contains(values, value => value != 0);
        Assert.All(values.Take(10_000), value => Assert.True(float.IsFinite(value)));
    }

    [Fact]
    public void Save_UneditedMiniLm_IsByteIdentical()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);

        Assert.Equal(miniLm.ModelBytes, model.ToArray());
    }

    [Fact]
    public void Save_EveryElementRebuilt_IsByteIdentical()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);
        var graph = model.Graph;

        // Force each node, output and initializer through the serialiser instead of its kept bytes.
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            graph.ReplaceNode(i, [graph.Nodes[i].WithInputs(graph.Nodes[i].Inputs)]);
        }
        graph.SetOutputs([.. graph.Outputs.Select(output => output.WithName(output.Name))]);
        foreach (var tensor in graph.Initializers.ToList())
        {
            graph.SetInitializer(tensor.WithName(tensor.Name));
        }

        Assert.Equal(miniLm.ModelBytes, model.ToArray());
    }

    [Fact]
    public void Prune_OutputMovedToEmbeddingLayer_DropsEncoderAndStillRuns()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);
        var graph = model.Graph;
        var embeddingsOut = graph.Consumers("embeddings.LayerNorm.bias").Single().Outputs[0];

        graph.SetOutputs([OnnxValueInfo.Tensor(embeddingsOut, OnnxDataType.Float)]);
        var pruned = graph.Prune();

        Assert.DoesNotContain(graph.Nodes, node => node.OpType == "MatMul");
        Assert.DoesNotContain(graph.Initializers, tensor => tensor.Name.StartsWith("encoder.", StringComparison.Ordinal));
        Assert.NotNull(graph.FindInitializer("embeddings.word_embeddings.weight"));
        Assert.True(pruned.NodesRemoved > 0 && pruned.InitializersRemoved > 0);
        var ids = new[] { miniLm.Tokenizer.Encode("int x = 1;") };
        var result = ModelRunner.Run(model.ToArray(), ids, embeddingsOut);
        Assert.Equal([1, ids[0].Length, 384], result[embeddingsOut].Shape);
    }

    [Fact]
    public void SetOutputs_UnknownTensor_ThrowsNamingIt()
    {
        var graph = OnnxModel.Load(miniLm.ModelBytes).Graph;

        var error = Assert.Throws<ArgumentException>(() => graph.SetOutputs([OnnxValueInfo.Tensor("no_such_tensor", OnnxDataType.Float)]));
        Assert.Contains("no_such_tensor", error.Message);
    }

    [Fact]
    public void RenameTensor_ToNameInUse_Throws()
    {
        var graph = OnnxModel.Load(miniLm.ModelBytes).Graph;

        Assert.Throws<ArgumentException>(() => graph.RenameTensor("last_hidden_state", "input_ids"));
    }

    [Fact]
    public void Load_NotAModel_ThrowsFormatError()
    {
        var error = Assert.Throws<OnnxFormatException>(() => OnnxModel.Load("this is not a protobuf message"u8.ToArray()));
        Assert.Contains("ONNX", error.Message);
    }
}
