using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>A lowered expression and the C-family type of its value (which decides division, char and string semantics).</summary>
internal sealed record LoweredExpression(PyExpression Python, CType Type);
