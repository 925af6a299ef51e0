namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>lower:upper:step</c>, only valid as a subscript index.</summary>
public sealed record PySlice(PyExpression? Lower, PyExpression? Upper, PyExpression? Step = null) : PyExpression;
