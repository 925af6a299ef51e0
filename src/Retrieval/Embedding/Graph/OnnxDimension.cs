namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>One dimension of a tensor shape: a fixed size, a named symbolic size (e.g. <c>batch</c>), or unknown.</summary>
/// <param name="Value">The size, when fixed.</param>
/// <param name="Param">The symbol, when symbolic.</param>
public readonly record struct OnnxDimension(long? Value, string? Param)
{
    public static OnnxDimension Fixed(long value) => new(value, null);

    public static OnnxDimension Symbolic(string param) => new(null, param);

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Param ?? "?";
}
