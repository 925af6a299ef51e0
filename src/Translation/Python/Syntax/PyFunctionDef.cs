namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>def name(parameters): body</c>, with decorators such as <c>@staticmethod</c>; <c>async def</c> when <paramref name="IsAsync"/>.</summary>
public sealed record PyFunctionDef(string Name, IReadOnlyList<PyParameter> Parameters, IReadOnlyList<PyStatement> Body, IReadOnlyList<string>? Decorators = null, bool IsAsync = false) : PyStatement;
