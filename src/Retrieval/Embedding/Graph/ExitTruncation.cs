using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// Early exit for BERT-style encoders: cuts a model after layer k so that its <c>last_hidden_state</c> output is the
/// hidden state after that layer, and prunes everything after it, so a run costs k layers instead of all of them.
/// </summary>
/// <remarks>
/// A layer's output is the output of its final LayerNorm (BERT's <c>output.LayerNorm</c>, after the feed-forward
/// block and its residual). Two export conventions locate it:
/// <list type="number">
/// <item>Parameter names (PyTorch exports such as all-MiniLM-L6-v2, whose nodes are called <c>Add_645</c> and the
/// like): the node that reads the initializer <c>encoder.layer.{i}.output.LayerNorm.bias</c> (an <c>Add</c> when
/// LayerNorm is decomposed, a <c>LayerNormalization</c> otherwise) produces layer i+1's output.</item>
/// <item>Node names (newer exporters, e.g. <c>/encoder/layer.{i}/output/LayerNorm/Add_1</c>): of the nodes under
/// <c>encoder/layer.{i}/output/LayerNorm/</c>, the one whose output no other node of that group reads.</item>
/// </list>
/// </remarks>
public static partial class ExitTruncation
{
    /// <summary>The name of the truncated model's single output, as in the full model.</summary>
    public const string HiddenStateOutput = "last_hidden_state";

    /// <summary>The tensor holding each layer's output, layer 1 first.</summary>
    /// <exception cref="OnnxFormatException">The graph follows neither naming convention, or its layers are not numbered 0..L-1.</exception>
    public static IReadOnlyList<string> FindLayerOutputs(OnnxGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var layers = FromParameterNames(graph);
        if (layers.Count == 0)
        {
            layers = FromNodeNames(graph);
        }
        if (layers.Count == 0)
        {
            throw new OnnxFormatException(
                $"Found no encoder layers in {graph}: expected initializers named 'encoder.layer.N.output.LayerNorm.bias' or nodes named '/encoder/layer.N/output/LayerNorm/...' as in Hugging Face BERT exports.");
        }
        var ordered = layers.OrderBy(pair => pair.Key).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Key != i)
            {
                throw new OnnxFormatException($"Encoder layers are numbered {string.Join(", ", ordered.Select(pair => pair.Key))}; expected 0..{ordered.Count - 1} with none missing.");
            }
        }
        return [.. ordered.Select(pair => pair.Value)];
    }

    /// <summary>
    /// Rewrites <paramref name="model"/> so its single output <see cref="HiddenStateOutput"/> is the hidden state after
    /// layer <paramref name="exit"/> (1-based), and prunes the nodes and weights that no longer contribute.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exit"/> is not between 1 and the layer count.</exception>
    public static ExitTruncationResult Truncate(OnnxModel model, int exit)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = model.Graph;
        var layers = FindLayerOutputs(graph);
        if (exit < 1 || exit > layers.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(exit), exit,
                $"Exit {exit} is not a layer of this model: it has {layers.Count} encoder layers, so the exit must be between 1 and {layers.Count}.");
        }
        var tensor = layers[exit - 1];
        var template = graph.Outputs.FirstOrDefault(output => output.Name == HiddenStateOutput)
            ?? OnnxValueInfo.Tensor(HiddenStateOutput, OnnxDataType.Float);
        graph.SetOutputs([template.WithName(tensor)]);
        var pruned = graph.Prune();
        graph.RenameTensor(tensor, HiddenStateOutput);
        return new ExitTruncationResult(exit, layers.Count, tensor, pruned);
    }

    private static Dictionary<int, string> FromParameterNames(OnnxGraph graph)
    {
        var layers = new Dictionary<int, string>();
        foreach (var initializer in graph.Initializers)
        {
            var match = LayerNormBias().Match(initializer.Name);
            if (!match.Success)
            {
                continue;
            }
            var consumers = graph.Consumers(initializer.Name).ToList();
            if (consumers.Count != 1)
            {
                throw new OnnxFormatException($"Initializer '{initializer.Name}' is read by {consumers.Count} nodes; expected exactly one, the layer's final LayerNorm.");
            }
            layers[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] = consumers[0].Outputs[0];
        }
        return layers;
    }

    private static Dictionary<int, string> FromNodeNames(OnnxGraph graph)
    {
        var layers = new Dictionary<int, string>();
        var groups = graph.Nodes
            .Select(node => (node, match: LayerNormNode().Match(node.Name ?? string.Empty)))
            .Where(pair => pair.match.Success)
            .GroupBy(pair => int.Parse(pair.match.Groups[1].Value, CultureInfo.InvariantCulture), pair => pair.node);
        foreach (var group in groups)
        {
            var nodes = group.ToList();
            var readInGroup = nodes.SelectMany(node => node.Inputs).ToHashSet(StringComparer.Ordinal);
            var last = nodes.Where(node => !node.Outputs.Any(readInGroup.Contains)).ToList();
            if (last.Count != 1)
            {
                throw new OnnxFormatException($"The LayerNorm of encoder layer {group.Key} ends in {last.Count} nodes ({string.Join(", ", last.Select(node => node.Name))}); expected one.");
            }
            layers[group.Key] = last[0].Outputs[0];
        }
        return layers;
    }

    [GeneratedRegex(@"(?:^|\.)encoder\.layer\.(\d+)\.output\.LayerNorm\.bias$", RegexOptions.CultureInvariant)]
    private static partial Regex LayerNormBias();

    [GeneratedRegex(@"(?:^|/)encoder/layer\.(\d+)/output/LayerNorm/", RegexOptions.CultureInvariant)]
    private static partial Regex LayerNormNode();
}
