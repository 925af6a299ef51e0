using CodeIntel.Retrieval.Embedding.Graph;

namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

[Collection(MiniLmTests.Name)]
public sealed class Int8QuantizerTests(MiniLmFixture miniLm)
{
    [Fact]
    public void Quantize_MiniLm_SentenceEmbeddingsStayWithinCosine098OfFp32()
    {
        var snippets = CodeSnippets.Load();
        var batch = snippets.Select(text => miniLm.Tokenizer.Encode(text)).ToList();
        var model = OnnxModel.Load(miniLm.ModelBytes);

        Int8Quantizer.Quantize(model);

        var fp32 = ModelRunner.Run(miniLm.ModelBytes, batch, "last_hidden_state")["last_hidden_state"];
        var int8 = ModelRunner.Run(model.ToArray(), batch, "last_hidden_state")["last_hidden_state"];
        var reference = ModelRunner.MeanPool(fp32.Values, fp32.Shape, batch);
        var quantized = ModelRunner.MeanPool(int8.Values, int8.Shape, batch);
        Assert.Equal(50, snippets.Count);
        var cosines = reference.Zip(quantized, ModelRunner.Cosine).ToList();
        var worst = cosines.Select((cosine, i) => (cosine, i)).MinBy(pair => pair.cosine);
        Assert.True(worst.cosine >= 0.98f, $"snippet {worst.i} has cosine {worst.cosine}: {snippets[worst.i]}");
    }

    [Fact]
    public void Quantize_MiniLm_ReplacesEveryWeightMatMulAndShrinksWeightsFourfold()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);
        var weightMatMuls = model.Graph.Nodes.Count(node => node.OpType == "MatMul" && model.Graph.FindInitializer(node.Inputs[1]) is not null);

        var result = Int8Quantizer.Quantize(model);

        Assert.Equal(weightMatMuls, result.MatMulsQuantized);
        Assert.Equal(weightMatMuls, model.Graph.Nodes.Count(node => node.OpType == "MatMulInteger"));
        Assert.DoesNotContain(model.Graph.Nodes, node => node.OpType == "MatMul" && model.Graph.FindInitializer(node.Inputs[1]) is not null);
        Assert.True(result.MatMulsKept > 0, "attention's activation-by-activation products stay fp32");
        Assert.InRange((double)result.FloatWeightBytes / result.Int8WeightBytes, 3.8, 4.0);
        var saved = miniLm.ModelBytes.Length - model.ToArray().Length;
        Assert.InRange(saved, result.FloatWeightBytes - result.Int8WeightBytes - 100_000, result.FloatWeightBytes);
    }

    [Fact]
    public void Quantize_SharedActivation_IsQuantisedOnce()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);
        var activations = model.Graph.Nodes
            .Where(node => node.OpType == "MatMul" && model.Graph.FindInitializer(node.Inputs[1]) is not null)
            .Select(node => node.Inputs[0]).Distinct().Count();

        Int8Quantizer.Quantize(model);

        Assert.Equal(activations, model.Graph.Nodes.Count(node => node.OpType == "DynamicQuantizeLinear"));
    }

    [Fact]
    public void Quantize_Weights_RoundTripWithinHalfAStepPerColumn()
    {
        var model = OnnxModel.Load(miniLm.ModelBytes);
        var matMul = model.Graph.Nodes.First(node => node.OpType == "MatMul" && model.Graph.FindInitializer(node.Inputs[1]) is not null);
        var original = model.Graph.FindInitializer(matMul.Inputs[1])!;
        var (rows, columns) = ((int)original.Dims[0], (int)original.Dims[1]);
        var weights = original.ReadFloats();

        Int8Quantizer.Quantize(model);

        var nodes = model.Graph.Nodes.ToList();
        var at = nodes.FindIndex(node => node.OpType == "MatMulInteger");
        var quantized = model.Graph.FindInitializer(nodes[at].Inputs[1])!;
        var zeroPoint = model.Graph.FindInitializer(nodes[at].Inputs[3])!;
        // MatMulInteger -> Cast -> Mul(activation scale, weight scales) -> Mul(product, scales).
        Assert.Equal(["Cast", "Mul", "Mul"], nodes.Skip(at + 1).Take(3).Select(node => node.OpType));
        var scale = model.Graph.FindInitializer(nodes[at + 2].Inputs[1])!;
        Assert.Equal(OnnxDataType.Int8, quantized.DataType);
        Assert.Equal(OnnxDataType.Int8, zeroPoint.DataType);
        Assert.Equal([columns], zeroPoint.Dims);
        var scales = scale.ReadFloats();
        var values = quantized.ReadInt8s();
        Assert.Equal(0, zeroPoint.ReadInt8s().Max(value => Math.Abs((int)value)));
        for (var k = 0; k < rows; k++)
        {
            for (var n = 0; n < columns; n++)
            {
                var error = Math.Abs((values[(k * columns) + n] * scales[n]) - weights[(k * columns) + n]);
                Assert.True(error <= (scales[n] / 2) + 1e-6f, $"W[{k},{n}] off by {error}, step {scales[n]}");
            }
        }
    }
}
