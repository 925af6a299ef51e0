namespace CodeIntel.Translation.Fortran.Syntax;

/// <summary>
/// A program, module, subroutine or function with its specification statements, executable body and contained
/// procedures. <see cref="Prefix"/> holds a function's declared result type, if written before <c>function</c>.
/// </summary>
public sealed record ProgramUnit(
    UnitKind Kind,
    string Name,
    IReadOnlyList<string> Params,
    string? ResultName,
    TypeSpec? Prefix,
    IReadOnlyList<Stmt> Specs,
    IReadOnlyList<Stmt> Body,
    IReadOnlyList<ProgramUnit> Contains,
    int Line,
    int EndLine);
