namespace CodeIntel.Translation.Fortran.Syntax;

// The statement node hierarchy is closed and most nodes are one line, so the nodes share this file.
#pragma warning disable CA1852

/// <summary>A Fortran statement; <see cref="Line"/> is the zero-based physical line it starts on.</summary>
public abstract record Stmt
{
    public int Line { get; init; }

    public int EndLine { get; init; }

    public string? Label { get; init; }

    /// <summary>The source text of the statement, for marked comments when it cannot be translated.</summary>
    public string Source { get; init; } = "";

    /// <summary>The trailing <c>!</c> comment, carried into the C++.</summary>
    public string? Comment { get; init; }
}

/// <summary>A type declaration: <c>real(dp), dimension(:), allocatable :: a, b(10) = 0</c>.</summary>
public sealed record DeclStmt(TypeSpec? Type, IReadOnlyList<string> Attributes, IReadOnlyList<DimSpec>? Dimension, string? Intent, IReadOnlyList<Entity> Entities) : Stmt;

public sealed record ImplicitStmt(bool None, IReadOnlyList<(char From, char To, TypeSpec Type)> Rules) : Stmt;

public sealed record UseStmt(string Module) : Stmt;

/// <summary><c>external</c>, <c>intrinsic</c>, <c>save</c> and similar attribute statements naming entities.</summary>
public sealed record AttrStmt(string Attribute, IReadOnlyList<string> Names) : Stmt;

/// <summary>The F77 <c>parameter (n = 10, m = 20)</c> statement.</summary>
public sealed record ParameterStmt(IReadOnlyList<(string Name, Expr Value)> Items) : Stmt;

public sealed record AssignStmt(Expr Target, Expr Value) : Stmt;

public sealed record PointerAssignStmt(Expr Target, Expr Value) : Stmt;

public sealed record CallStmt(string Name, IReadOnlyList<Expr> Args) : Stmt;

public sealed record IfStmt(IReadOnlyList<(Expr Cond, IReadOnlyList<Stmt> Body)> Branches, IReadOnlyList<Stmt>? Else) : Stmt;

/// <summary>A counted <c>do</c>; <see cref="DoLabel"/> is the terminating label of a labelled <c>do 10 i = ...</c>.</summary>
public sealed record DoStmt(string Var, Expr Lo, Expr Hi, Expr? Step, IReadOnlyList<Stmt> Body, string? DoLabel, string? ConstructName) : Stmt;

public sealed record DoWhileStmt(Expr? Cond, IReadOnlyList<Stmt> Body, string? ConstructName) : Stmt;

public sealed record SelectCaseStmt(Expr Selector, IReadOnlyList<CaseBlock> Cases) : Stmt;

public sealed record ExitStmt(string? ConstructName) : Stmt;

public sealed record CycleStmt(string? ConstructName) : Stmt;

public sealed record ReturnStmt : Stmt;

public sealed record StopStmt(Expr? Code) : Stmt;

public sealed record ContinueStmt : Stmt;

/// <summary><c>print fmt, items</c>, <c>write(unit, fmt, ...) items</c>; <see cref="Format"/> null is list-directed (<c>*</c>).</summary>
public sealed record WriteStmt(Expr? Unit, Expr? Format, IReadOnlyList<Expr> Items, Expr? IoStat) : Stmt;

public sealed record ReadStmt(Expr? Unit, Expr? Format, IReadOnlyList<Expr> Items, Expr? IoStat) : Stmt;

/// <summary><c>100 format(...)</c>; <see cref="Text"/> is the parenthesised specification as written.</summary>
public sealed record FormatStmt(string Text) : Stmt;

public sealed record AllocateStmt(IReadOnlyList<Apply> Items, Expr? Stat) : Stmt;

public sealed record DeallocateStmt(IReadOnlyList<Expr> Items, Expr? Stat) : Stmt;

public sealed record NullifyStmt(IReadOnlyList<Expr> Items) : Stmt;

/// <summary>An OpenMP directive; <see cref="Body"/> is the structured block for block directives, null for standalone ones.</summary>
public sealed record OmpStmt(string Directive, string Clauses, IReadOnlyList<Stmt>? Body) : Stmt
{
    /// <summary>Clauses written on the END directive (<c>nowait</c>, <c>copyprivate</c>), which C++ puts on the opening pragma.</summary>
    public string EndClauses { get; init; } = "";
}

/// <summary>A statement the translator does not handle; it is kept as a marked comment and reported.</summary>
public sealed record UnsupportedStmt(string Reason) : Stmt;
