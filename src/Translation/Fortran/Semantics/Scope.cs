using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Semantics;

/// <summary>
/// The names of one program unit: declared entities, dummies, the function result, and the variables that only
/// implicit typing declares (i-n integer, the rest real, unless IMPLICIT says otherwise). Lookups fall back to
/// modules the unit USEs and then to the host (CONTAINS) scope.
/// </summary>
public sealed class Scope
{
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);
    private readonly List<Scope> _used = [];
    private readonly Dictionary<char, FType> _implicit = new();
    private readonly IReadOnlyDictionary<string, ProgramUnit> _procedures;
    private bool _implicitNone;

    public Scope(ProgramUnit unit, Scope? host, IReadOnlyDictionary<string, ProgramUnit> procedures, Func<string, Scope?> module)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
        Host = host;
        _procedures = procedures;
        for (char ch = 'a'; ch <= 'z'; ch++)
        {
            _implicit[ch] = ch is >= 'i' and <= 'n' ? FType.DefaultInteger : FType.DefaultReal;
        }
        foreach (var use in unit.Specs.OfType<UseStmt>())
        {
            if (module(use.Module) is { } m)
            {
                _used.Add(m);
            }
            else if (!use.Module.StartsWith("omp_lib", StringComparison.Ordinal))
            {
                MissingModules.Add(use.Module);
            }
        }
        Declare();
    }

    public ProgramUnit Unit { get; }

    public Scope? Host { get; }

    public List<string> MissingModules { get; } = [];

    public bool ImplicitNone => _implicitNone || (Host?.ImplicitNone ?? false);

    /// <summary>Local symbols in declaration order (dummies first as declared, then the rest).</summary>
    public IEnumerable<Symbol> Locals => _symbols.Values;

    public string? ResultName => Unit.Kind == UnitKind.Function ? Unit.ResultName ?? Unit.Name : null;

    public Symbol? Lookup(string name) =>
        _symbols.GetValueOrDefault(name) ?? _used.Select(m => m.Lookup(name)).FirstOrDefault(s => s is not null) ?? Host?.Lookup(name);

    public bool IsLocal(string name) => _symbols.ContainsKey(name);

    /// <summary>A procedure defined in this file, by name.</summary>
    public ProgramUnit? Procedure(string name) => _procedures.GetValueOrDefault(name);

    public long? Const(Expr? e) => ConstEvaluator.Eval(e, Lookup);

    public FType ImplicitType(string name) =>
        _implicit.TryGetValue(char.ToLowerInvariant(name[0]), out var t) ? t : FType.DefaultReal;

    public FType Resolve(TypeSpec spec, Expr? entityLen = null)
    {
        int kind = spec.Base switch
        {
            "real" or "complex" => spec.Kind is RealLit rl ? ConstEvaluator.RealKind(rl.Kind, Lookup) : (int)(Const(spec.Kind) ?? 4),
            "logical" => 4,
            "character" => 1,
            _ => (int)(Const(spec.Kind) ?? 4),
        };
        if (spec.Base != "character")
        {
            return new FType(spec.Base, kind);
        }
        var lenExpr = entityLen ?? spec.Len;
        if (lenExpr is Syntax.Star || lenExpr is NameRef { Name: "*" })
        {
            return new FType("character", 1, null);
        }
        return new FType("character", 1, lenExpr is null ? 1 : (int?)Const(lenExpr) ?? null);
    }

    private Symbol Get(string name)
    {
        if (!_symbols.TryGetValue(name, out var s))
        {
            s = new Symbol(name, ImplicitType(name)) { IsImplicit = true };
            _symbols[name] = s;
        }
        return s;
    }

    private void Declare()
    {
        foreach (var p in Unit.Params.Where(p => p != "*"))
        {
            Get(p).IsDummy = true;
        }
        foreach (var spec in Unit.Specs)
        {
            switch (spec)
            {
                case ImplicitStmt { None: true }:
                    _implicitNone = true;
                    break;
                case ImplicitStmt imp:
                    foreach (var (from, to, type) in imp.Rules)
                    {
                        for (char ch = from; ch <= to; ch++)
                        {
                            _implicit[ch] = Resolve(type);
                        }
                    }
                    break;
            }
        }
        foreach (var s in _symbols.Values)
        {
            s.Type = ImplicitType(s.Name);
        }
        if (ResultName is { } result)
        {
            var r = Get(result);
            if (Unit.Prefix is { } prefix)
            {
                r.Type = Resolve(prefix);
                r.IsImplicit = false;
            }
        }
        foreach (var spec in Unit.Specs)
        {
            switch (spec)
            {
                case DeclStmt d:
                    foreach (var e in d.Entities)
                    {
                        var s = Get(e.Name);
                        if (d.Type is not null)
                        {
                            s.Type = Resolve(d.Type, e.Len);
                            s.IsImplicit = false;
                        }
                        s.Dims = e.Dims ?? d.Dimension ?? s.Dims;
                        // "=> null()" only says the pointer starts disassociated, which an empty ftn::array is.
                        s.Init = e.Init is Apply { Name: "null" } ? s.Init : e.Init ?? s.Init;
                        s.Intent = d.Intent ?? s.Intent;
                        s.IsParameter |= d.Attributes.Contains("parameter");
                        s.IsAllocatable |= d.Attributes.Contains("allocatable");
                        s.IsPointer |= d.Attributes.Contains("pointer");
                        s.IsExternal |= d.Attributes.Contains("external");
                        s.IsSave |= d.Attributes.Contains("save");
                        if (d.Type is null && d.Attributes.Count > 0 && d.Attributes[0] == "allocatable")
                        {
                            s.IsAllocatable = true;
                        }
                    }
                    break;
                case ParameterStmt p:
                    foreach (var (name, value) in p.Items)
                    {
                        var s = Get(name);
                        s.IsParameter = true;
                        s.Init = value;
                    }
                    break;
                case AttrStmt { Attribute: "external" } a:
                    foreach (var n in a.Names)
                    {
                        Get(n).IsExternal = true;
                    }
                    break;
                case AttrStmt { Attribute: "save" } a:
                    foreach (var n in a.Names)
                    {
                        Get(n).IsSave = true;
                    }
                    break;
            }
        }
        DeclareImplicitlyUsed();
    }

    /// <summary>Names used in the body that nothing declares become implicitly typed locals.</summary>
    private void DeclareImplicitlyUsed()
    {
        foreach (var stmt in AstWalk.Statements(Unit.Body))
        {
            foreach (var e in AstWalk.OwnExpressions(stmt).SelectMany(AstWalk.Descendants))
            {
                string? name = e switch
                {
                    NameRef n => n.Name,
                    Apply a when Lookup(a.Name) is null && !IsProcedureName(a.Name) && stmt is AssignStmt asg && ReferenceEquals(asg.Target, a) => a.Name,
                    _ => null,
                };
                if (name is null || Lookup(name) is not null || IsProcedureName(name))
                {
                    continue;
                }
                Get(name);
            }
        }
    }

    private bool IsProcedureName(string name) =>
        Intrinsics.IsIntrinsic(name) || _procedures.ContainsKey(name) || (Host?.IsProcedureName(name) ?? false);
}
