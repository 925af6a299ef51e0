namespace CodeIntel.Translation.Fortran.Syntax;

// The expression node hierarchy is closed and each node is one line, so the nodes share this file.
#pragma warning disable CA1852

/// <summary>A Fortran expression.</summary>
public abstract record Expr;

/// <summary>An integer literal; <see cref="Kind"/> from a suffix (<c>1_8</c>) or null for the default kind.</summary>
public sealed record IntLit(string Text, string? Kind) : Expr;

/// <summary>A real literal as written (<c>1.0d0</c>), with its kind suffix (<c>8</c> for a <c>d</c> exponent).</summary>
public sealed record RealLit(string Text, string? Kind) : Expr;

public sealed record StrLit(string Value) : Expr;

public sealed record BoolLit(bool Value) : Expr;

/// <summary>A bare name: a variable, a parameter, or a function called without arguments.</summary>
public sealed record NameRef(string Name) : Expr;

/// <summary><c>name(args)</c>: an array element or section, or a function call; the semantic pass tells which.</summary>
public sealed record Apply(string Name, IReadOnlyList<Expr> Args) : Expr;

/// <summary>A section subscript <c>lo:hi:stride</c>; any part may be missing.</summary>
public sealed record Range(Expr? Lo, Expr? Hi, Expr? Stride) : Expr;

/// <summary>A keyword argument <c>name = value</c> in a call.</summary>
public sealed record KeywordArg(string Name, Expr Value) : Expr;

/// <summary>A binary operation; <see cref="Op"/> is the Fortran operator normalised (<c>.eq.</c> is <c>==</c>).</summary>
public sealed record Binary(string Op, Expr Left, Expr Right) : Expr;

public sealed record Unary(string Op, Expr Operand) : Expr;

/// <summary><c>(/ ... /)</c> or <c>[ ... ]</c>.</summary>
public sealed record ArrayCtor(IReadOnlyList<Expr> Items) : Expr;

/// <summary><c>(items, var = lo, hi[, step])</c> in an I/O list or array constructor.</summary>
public sealed record ImpliedDo(IReadOnlyList<Expr> Items, string Var, Expr Lo, Expr Hi, Expr? Step) : Expr;

/// <summary><c>base%component</c>.</summary>
public sealed record Component(Expr Base, string Name) : Expr;

/// <summary>A parenthesised expression (kept so the C++ keeps the grouping the author wrote).</summary>
public sealed record Paren(Expr Inner) : Expr;

/// <summary>The <c>*</c> unit or format in I/O control lists.</summary>
public sealed record Star : Expr;
