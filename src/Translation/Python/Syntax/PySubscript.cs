namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>value[index]</c>; the index may be a <see cref="PySlice"/> or a tuple.</summary>
public sealed record PySubscript(PyExpression Value, PyExpression Index) : PyExpression;
