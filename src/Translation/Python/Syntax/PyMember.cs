namespace CodeIntel.Translation.Python.Syntax;

/// <summary>Attribute access <c>value.name</c> (named Member: .NET reserves the Attribute suffix).</summary>
public sealed record PyMember(PyExpression Value, string Name) : PyExpression;
