using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Parsing;

// Line-level markers that open or close a construct; the block parser turns them into nested statements.
// They never leave the parser, so the closed set shares one file.
#pragma warning disable CA1852

internal abstract record Marker : Stmt;

internal sealed record UnitStart(UnitKind Kind, string Name, IReadOnlyList<string> Params, string? Result, TypeSpec? Prefix) : Marker;

internal sealed record UnitEnd(string? What) : Marker;

internal sealed record ContainsMarker : Marker;

internal sealed record IfThen(Expr Cond) : Marker;

internal sealed record ElseIf(Expr Cond) : Marker;

internal sealed record ElseMarker : Marker;

internal sealed record EndIf : Marker;

internal sealed record DoStart(string? Var, Expr? Lo, Expr? Hi, Expr? Step, Expr? While, string? DoLabel, string? ConstructName) : Marker;

internal sealed record EndDo : Marker;

internal sealed record SelectStart(Expr Selector) : Marker;

internal sealed record CaseMarker(IReadOnlyList<Expr> Selectors) : Marker;

internal sealed record EndSelect : Marker;

internal sealed record OmpDirective(string Name, string Clauses) : Marker;

internal sealed record OmpEnd(string Name, string Clauses) : Marker;
