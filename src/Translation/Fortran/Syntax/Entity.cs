namespace CodeIntel.Translation.Fortran.Syntax;

/// <summary>One declared name with its own dimensions, character length and initial value, if any.</summary>
public sealed record Entity(string Name, IReadOnlyList<DimSpec>? Dims, Expr? Init, Expr? Len);
