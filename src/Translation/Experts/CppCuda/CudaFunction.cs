namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// A parameter of the C++ function: its type as written, name, for pointers and arrays the element type, and for
/// two-dimensional ones (<c>T a[][N]</c>, <c>T** a</c>) their shape.
/// </summary>
internal sealed record CudaParameter(string Text, string Name, string Type, string? Element, bool IsConst)
{
    public CudaMatrix? Matrix { get; init; }

    /// <summary>For a heap block the function allocates itself (see CudaEmitter.HeapBuffers), its element count.</summary>
    public string? Count { get; init; }
}

/// <summary>
/// A two-dimensional parameter: rows of a fixed length <see cref="RowLength"/> in one block (<c>T a[][N]</c>), or,
/// when <see cref="RowLength"/> is null, a pointer per row (<c>T** a</c>), rows taken not to alias one another as
/// pointer parameters are taken not to alias.
/// </summary>
internal sealed record CudaMatrix(string Element, string? RowLength)
{
    public bool HasRowPointers => RowLength is null;
}
