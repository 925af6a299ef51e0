using CodeIntel.Translation.Fortran.Semantics;
using CodeIntel.Translation.Fortran.Syntax;
using Range = CodeIntel.Translation.Fortran.Syntax.Range;

namespace CodeIntel.Translation.Experts.FortranCpp;

internal sealed partial class CppEmitter
{
    private void EmitAssign(AssignStmt a)
    {
        var trailing = Trailing(a);
        switch (a.Target)
        {
            case NameRef n when IsArrayName(n.Name):
                EmitWholeArrayAssign(n.Name, a.Value, trailing);
                return;
            case Apply ap when IsArrayName(ap.Name) && ap.Args.Any(x => x is Range):
                EmitSectionAssign(ap, a.Value, trailing);
                return;
            case NameRef n when Sym(n.Name) is { } s && (s.IsExternal || _procedures.ContainsKey(n.Name)) && n.Name != _scope.ResultName:
                throw new UntranslatableException($"{n.Name} is a procedure and cannot be assigned");
        }
        var target = Expr(a.Target);
        var targetType = TypeOf(a.Target);
        _out.Line($"{target} = {Value(a.Value, targetType)};{trailing}");
    }

    /// <summary><c>a = scalar</c> fills; <c>a = (/ ... /)</c> copies the list; <c>a = b + c</c> runs element by element in storage order.</summary>
    private void EmitWholeArrayAssign(string name, Expr value, string trailing)
    {
        var target = VarId(name);
        if (value is ArrayCtor ctor && ctor.Items.All(i => i is not ImpliedDo))
        {
            _out.Line($"{target} = {Value(ctor, Sym(name)!.Type)};{trailing}");
            return;
        }
        var arrays = ArrayNamesIn(value).ToList();
        if (arrays.Count == 0)
        {
            _out.Line($"{target} = {Value(value, Sym(name)!.Type)};{trailing}");
            return;
        }
        if (arrays.Count == 1 && value is NameRef)
        {
            _out.Line($"{target} = {VarId(arrays[0])};{trailing}");
            return;
        }
        var k = Temp("k");
        _out.Open($"for (long {k} = 0; {k} < {target}.size(); ++{k})", trailing);
        _out.Line($"{target}.flat({k}) = {Value(Substitute(value, _ => k), Sym(name)!.Type)};");
        _out.Close();
    }

    /// <summary>
    /// <c>a(lo:hi) = expr</c> with one section subscript: a loop over the section; sections on the right advance in step,
    /// whole arrays on the right are read from their first element.
    /// </summary>
    private void EmitSectionAssign(Apply target, Expr value, string trailing)
    {
        var ranges = target.Args.Select((x, i) => (x, i)).Where(p => p.x is Range).ToList();
        if (ranges.Count != 1)
        {
            throw new UntranslatableException("only sections with one ':' subscript are translated");
        }
        var (rx, pos) = ranges[0];
        var r = (Range)rx;
        var sym = Sym(target.Name)!;
        var lo = r.Lo is null ? $"{VarId(target.Name)}.lbound({pos + 1})" : Expr(r.Lo);
        var hi = r.Hi is null ? $"{VarId(target.Name)}.ubound({pos + 1})" : Expr(r.Hi);
        var step = r.Stride is null ? 1 : _scope.Const(r.Stride) ?? throw new UntranslatableException("a section stride must be a constant");
        var i = Temp("i");
        var offset = step == 1 ? $"({i} - {Parenthesise(lo)})" : $"({i} - {Parenthesise(lo)}) / {step}";
        var args = target.Args.Select((x, k) => k == pos ? i : Expr(x));
        _out.Open($"for (long {i} = {lo}; {i} {(step > 0 ? "<=" : ">=")} {hi}; {i} += {step})", trailing);
        var rhs = SubstituteSections(Substitute(value, _ => offset), offset);
        _out.Line($"{VarId(target.Name)}({string.Join(", ", args)}) = {Value(rhs, sym.Type)};");
        _out.Close();
    }

    private static string Parenthesise(string code) => code.All(c => char.IsLetterOrDigit(c) || c == '_') ? code : $"({code})";

    private void EmitPointerAssign(PointerAssignStmt p)
    {
        if (p.Target is not NameRef t || !IsArrayName(t.Name))
        {
            throw new UntranslatableException("only array pointers are translated");
        }
        switch (p.Value)
        {
            case NameRef v when IsArrayName(v.Name):
                _out.Line($"{VarId(t.Name)}.associate({VarId(v.Name)});");
                break;
            case Apply { Args: [Range { Lo: { } lo, Hi: { } hi, Stride: null }] } v when IsArrayName(v.Name):
                _out.Line($"{VarId(t.Name)}.associate({VarId(v.Name)}, {Expr(lo)}, {Expr(hi)});");
                break;
            case Apply { Name: "null" }:
                _out.Line($"{VarId(t.Name)}.nullify();");
                break;
            default:
                throw new UntranslatableException("pointer targets other than a whole array or a 1-D section are not translated");
        }
    }

    private void EmitCall(CallStmt c)
    {
        if (_procedures.TryGetValue(c.Name, out var proc))
        {
            _out.Line($"{Id(c.Name)}({Arguments(c.Args, _scopes[proc], proc)});{Trailing(c)}");
            return;
        }
        string Arg(int i) => Expr(c.Args[i] is KeywordArg k ? k.Value : c.Args[i]);
        switch (c.Name)
        {
            case "get_command_argument" or "getarg":
                _sections.Add("system");
                _out.Line($"ftn::get_command_argument({Arg(0)}, {Arg(1)});");
                return;
            case "random_number":
                _sections.Add("system");
                if (c.Args[0] is NameRef n && IsArrayName(n.Name))
                {
                    var k = Temp("k");
                    _out.Line($"for (long {k} = 0; {k} < {VarId(n.Name)}.size(); ++{k}) ftn::random_number({VarId(n.Name)}.flat({k}));");
                    return;
                }
                _out.Line($"ftn::random_number({Arg(0)});");
                return;
            case "random_seed":
                _out.Line("// call random_seed(): the generator keeps its fixed seed");
                return;
            case "sleep":
                _sections.Add("system");
                _out.Line($"sleep({Arg(0)});");
                return;
            case "cpu_time":
                _out.Line($"{Arg(0)} = static_cast<{TypeOf(c.Args[0]).Cpp}>(std::clock()) / CLOCKS_PER_SEC;");
                return;
            case "exit":
                _out.Line($"std::exit({(c.Args.Count > 0 ? Arg(0) : "0")});");
                return;
        }
        if (c.Name.StartsWith("omp_", StringComparison.Ordinal))
        {
            _usesOmp = true;
            _out.Line($"{c.Name}({string.Join(", ", c.Args.Select(x => Expr(x)))});");
            return;
        }
        if (Intrinsics.Subroutines.Contains(c.Name))
        {
            throw new UntranslatableException($"the intrinsic subroutine {c.Name.ToUpperInvariant()} is not supported");
        }
        _out.Line(ExternalCall(c.Name, c.Args, "void") + ";" + Trailing(c));
    }

    private IEnumerable<string> ArrayNamesIn(Expr e) =>
        AstWalk.Descendants(e).OfType<NameRef>().Where(n => IsArrayName(n.Name)).Select(n => n.Name).Distinct();

    /// <summary>Already-translated C++ standing in an expression tree; only produced by the array-assignment rewrites.</summary>
    private sealed record RawCode(string Code, FType Type) : Expr;

    /// <summary>Whole arrays become their element at <paramref name="index"/> in storage order.</summary>
    private Expr Substitute(Expr e, Func<string, string> flatIndex) =>
        Rewrite(e, x => x is NameRef n && IsArrayName(n.Name) ? new RawCode($"{VarId(n.Name)}.flat({flatIndex(n.Name)})", Sym(n.Name)!.Type) : null);

    /// <summary>Section subscripts <c>lo:hi:st</c> on the right advance with the target's loop: <c>lo + offset * st</c>.</summary>
    private Expr SubstituteSections(Expr e, string offset) =>
        Rewrite(e, x => x is Range r
            ? new RawCode($"{(r.Lo is null ? "1" : Parenthesise(Expr(r.Lo)))} + {offset}{(r.Stride is null ? "" : " * " + Parenthesise(Expr(r.Stride)))}", FType.DefaultInteger)
            : null);

    private static Expr Rewrite(Expr e, Func<Expr, Expr?> replace)
    {
        if (replace(e) is { } r)
        {
            return r;
        }
        return e switch
        {
            Apply a => a with { Args = a.Args.Select(x => Rewrite(x, replace)).ToList() },
            Binary b => b with { Left = Rewrite(b.Left, replace), Right = Rewrite(b.Right, replace) },
            Unary u => u with { Operand = Rewrite(u.Operand, replace) },
            Paren p => p with { Inner = Rewrite(p.Inner, replace) },
            KeywordArg k => k with { Value = Rewrite(k.Value, replace) },
            _ => e,
        };
    }
}
