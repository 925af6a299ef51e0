namespace CodeIntel.Translation.Fortran.Syntax;

/// <summary>One <c>case (...)</c> of a <c>select case</c>; <see cref="Selectors"/> empty is <c>case default</c>.</summary>
public sealed record CaseBlock(IReadOnlyList<Expr> Selectors, IReadOnlyList<Stmt> Body);
