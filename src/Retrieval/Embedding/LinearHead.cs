using System.Buffers.Binary;
using System.Numerics.Tensors;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// An exit head: the linear map <c>y = W x + b</c> applied to a pooled vector before normalisation, e.g. the
/// projection a model trained for one exit (ModularStarEncoder) or one fitted to make an early exit agree with the
/// last layer. File format, little-endian: int32 rows, int32 cols, rows×cols float32 weights row-major, rows
/// float32 bias. The file name without extension is the head's <see cref="Name"/>, which goes into index identities.
/// </summary>
public sealed class LinearHead
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    /// <param name="name">Short name for index identities, e.g. <c>exit3-distilled</c>.</param>
    /// <param name="rows">Output dimensions.</param>
    /// <param name="cols">Input dimensions: the width of the hidden state the head reads.</param>
    /// <param name="weights">rows×cols values, row-major.</param>
    /// <param name="bias">rows values.</param>
    public LinearHead(string name, int rows, int cols, float[] weights, float[] bias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cols);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (weights.Length != (long)rows * cols || bias.Length != rows)
        {
            throw new ArgumentException($"A {rows}x{cols} head needs {(long)rows * cols} weights and {rows} biases; got {weights.Length} and {bias.Length}.");
        }
        Name = name;
        Rows = rows;
        Cols = cols;
        _weights = weights;
        _bias = bias;
    }

    public string Name { get; }

    /// <summary>Output width (the embedding's dimensions).</summary>
    public int Rows { get; }

    /// <summary>Input width (the model's hidden size).</summary>
    public int Cols { get; }

    /// <summary>Maps one pooled vector of length <see cref="Cols"/> to a new vector of length <see cref="Rows"/>.</summary>
    public float[] Apply(float[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length != Cols)
        {
            throw new ArgumentException($"Head '{Name}' takes vectors of length {Cols}, not {input.Length}.", nameof(input));
        }
        var output = new float[Rows];
        for (var r = 0; r < Rows; r++)
        {
            output[r] = TensorPrimitives.Dot(_weights.AsSpan(r * Cols, Cols), input) + _bias[r];
        }
        return output;
    }

    /// <summary>Reads a head file.</summary>
    /// <exception cref="EmbeddingModelException">The file is missing, truncated, or its sizes disagree.</exception>
    public static LinearHead Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new EmbeddingModelException($"The exit head file '{path}' does not exist. Check the path, or run without a head.");
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8)
        {
            throw Damaged(path, $"it has {bytes.Length} bytes, fewer than its 8-byte header");
        }
        var rows = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var cols = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        var expected = 8 + (4L * rows * cols) + (4L * rows);
        if (rows <= 0 || cols <= 0 || bytes.Length != expected)
        {
            throw Damaged(path, $"its header says {rows}x{cols}, which needs {expected} bytes, but it has {bytes.Length}");
        }
        var values = new float[(rows * cols) + rows];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(8 + (4 * i)));
        }
        return new LinearHead(
            Path.GetFileNameWithoutExtension(path), rows, cols, values[..(rows * cols)], values[(rows * cols)..]);
    }

    /// <summary>Writes this head in the file format above.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = new byte[8 + (4 * (_weights.Length + _bias.Length))];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Rows);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), Cols);
        var offset = 8;
        foreach (var value in _weights.Concat(_bias))
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(offset), value);
            offset += 4;
        }
        File.WriteAllBytes(path, bytes);
    }

    private static EmbeddingModelException Damaged(string path, string problem) =>
        new($"The exit head file '{path}' is damaged: {problem}. Re-export it (format: int32 rows, int32 cols, float32 weights row-major, float32 bias).");
}
