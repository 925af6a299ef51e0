using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Semantics;

/// <summary>What a name means in one program unit: its type, shape and attributes.</summary>
public sealed class Symbol
{
    public Symbol(string name, FType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public FType Type { get; set; }

    /// <summary>Declared dimensions; null for a scalar.</summary>
    public IReadOnlyList<DimSpec>? Dims { get; set; }

    public bool IsArray => Dims is not null;

    public bool IsParameter { get; set; }

    public bool IsAllocatable { get; set; }

    public bool IsPointer { get; set; }

    public bool IsDummy { get; set; }

    public string? Intent { get; set; }

    /// <summary>Declared EXTERNAL or called as a procedure without being defined in the file.</summary>
    public bool IsExternal { get; set; }

    public bool IsSave { get; set; }

    public Expr? Init { get; set; }

    /// <summary>Typed only by the implicit rules (no declaration).</summary>
    public bool IsImplicit { get; set; }

    /// <summary>Explicit-shape or assumed-size dummy: passed as a pointer and viewed with the declared bounds.</summary>
    public bool IsSequenceDummy => IsDummy && IsArray && Dims!.All(d => !d.Deferred);

    /// <summary>Assumed-shape (<c>a(:)</c>) dummy, allocatable or pointer: passed as the array object.</summary>
    public bool IsShapeArray => IsArray && !IsSequenceDummy;
}
