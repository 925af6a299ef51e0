namespace CodeIntel.Translation.Python.Syntax;

/// <summary>The walrus <c>(target := value)</c>: an assignment whose value is used, as C-family <c>++i</c> or <c>(x = f()) != 0</c> need.</summary>
public sealed record PyNamedExpression(string Target, PyExpression Value) : PyExpression;
