namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>try: body except ...: ... finally: ...</c>.</summary>
public sealed record PyTry(IReadOnlyList<PyStatement> Body, IReadOnlyList<PyExceptHandler> Handlers, IReadOnlyList<PyStatement> Finally) : PyStatement;
