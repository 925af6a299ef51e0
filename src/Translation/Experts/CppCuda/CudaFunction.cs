namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>A parameter of the C++ function: its type as written, name, and for pointers and arrays the element type.</summary>
internal sealed record CudaParameter(string Text, string Name, string Type, string? Element, bool IsConst);
