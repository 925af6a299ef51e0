namespace CodeIntel.Translation.Fortran.Syntax;

/// <summary>
/// A declared type: <see cref="Base"/> is <c>integer</c>, <c>real</c>, <c>double precision</c> (normalised to real
/// kind 8), <c>logical</c>, <c>character</c> or <c>complex</c>; <see cref="Kind"/> the kind expression; <see cref="Len"/>
/// a character length (null: 1, <c>*</c> assumed).
/// </summary>
public sealed record TypeSpec(string Base, Expr? Kind, Expr? Len);
