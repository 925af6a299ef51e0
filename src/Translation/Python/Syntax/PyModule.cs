namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A translated module: the imports it needs and its statements.</summary>
public sealed record PyModule(IReadOnlyList<PyImport> Imports, IReadOnlyList<PyStatement> Body);
