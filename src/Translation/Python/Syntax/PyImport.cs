namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>import Module</c>, or <c>from Module import Name</c> when <paramref name="Name"/> is set.</summary>
public sealed record PyImport(string Module, string? Name = null);
