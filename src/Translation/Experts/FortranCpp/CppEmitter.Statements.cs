using CodeIntel.Translation.Fortran.Semantics;
using CodeIntel.Translation.Fortran.Syntax;
using Range = CodeIntel.Translation.Fortran.Syntax.Range;

namespace CodeIntel.Translation.Experts.FortranCpp;

internal sealed partial class CppEmitter
{
    private readonly HashSet<string> _exitLabels = [];
    private readonly HashSet<string> _cycleLabels = [];

    private void EmitBody(IEnumerable<Stmt> body)
    {
        foreach (var s in body)
        {
            EmitStatement(s);
        }
    }

    private void EmitStatement(Stmt s)
    {
        // Translate into a scratch writer first so that a failure halfway leaves no partial C++ behind.
        var saved = _out;
        var scratch = new CppWriter { Indent = saved.Indent };
        _out = scratch;
        try
        {
            EmitStatementCore(s);
            _out = saved;
            saved.Append(scratch);
        }
        catch (UntranslatableException ex)
        {
            _out = saved;
            Untranslated(s, ex.Message);
        }
    }

    private static string Trailing(Stmt s) => s.Comment is { Length: > 0 } c ? "  // " + c.Trim() : "";

    private void EmitStatementCore(Stmt s)
    {
        switch (s)
        {
            case AssignStmt a:
                EmitAssign(a);
                break;
            case PointerAssignStmt p:
                EmitPointerAssign(p);
                break;
            case CallStmt c:
                EmitCall(c);
                break;
            case IfStmt i:
                EmitIf(i);
                break;
            case DoStmt d:
                EmitDo(d);
                break;
            case DoWhileStmt w:
                _out.Open($"while ({(w.Cond is null ? "true" : Expr(w.Cond))})");
                EmitLoopBody(w.Body, w.ConstructName);
                _out.Close();
                EmitExitLabel(w.ConstructName);
                break;
            case SelectCaseStmt sc:
                EmitSelect(sc);
                break;
            case ExitStmt e:
                if (e.ConstructName is { } exitName)
                {
                    _exitLabels.Add(exitName);
                    _out.Line($"goto {exitName}_exit;");
                }
                else
                {
                    _out.Line("break;");
                }
                break;
            case CycleStmt c:
                if (c.ConstructName is { } cycleName)
                {
                    _cycleLabels.Add(cycleName);
                    _out.Line($"goto {cycleName}_cycle;");
                }
                else
                {
                    _out.Line("continue;");
                }
                break;
            case ReturnStmt:
                _out.Line(_scope.Unit.Kind == UnitKind.Program ? "return 0;" : _scope.ResultName is { } r ? $"return {ResultId(r)};" : "return;");
                break;
            case StopStmt stop:
                EmitStop(stop);
                break;
            case ContinueStmt or FormatStmt:
                break;
            case WriteStmt w:
                EmitWrite(w);
                break;
            case ReadStmt rd:
                EmitRead(rd);
                break;
            case AllocateStmt al:
                foreach (var item in al.Items)
                {
                    var dims = item.Args.Where(x => x is not KeywordArg).Select(x => x is Range r ? $"{{{Expr(r.Lo!)}, {Expr(r.Hi!)}}}" : Expr(x));
                    _out.Line($"{VarId(item.Name)}.allocate({{{string.Join(", ", dims)}}});");
                }
                if (al.Stat is not null)
                {
                    _out.Line($"{Expr(al.Stat)} = 0;");
                }
                break;
            case DeallocateStmt de:
                foreach (var item in de.Items)
                {
                    _out.Line($"{Expr(item)}.deallocate();");
                }
                if (de.Stat is not null)
                {
                    _out.Line($"{Expr(de.Stat)} = 0;");
                }
                break;
            case NullifyStmt nu:
                foreach (var item in nu.Items)
                {
                    _out.Line($"{Expr(item)}.nullify();");
                }
                break;
            case OmpStmt omp:
                EmitOmp(omp);
                break;
            case UnsupportedStmt u:
                Untranslated(s, u.Reason);
                break;
            default:
                Untranslated(s, $"{s.GetType().Name} is not supported");
                break;
        }
    }

    private void EmitIf(IfStmt i)
    {
        for (int k = 0; k < i.Branches.Count; k++)
        {
            var (cond, body) = i.Branches[k];
            var head = $"{(k == 0 ? "if" : "} else if")} ({Expr(cond)})";
            if (k == 0)
            {
                _out.Open(head);
            }
            else
            {
                _out.Indent--;
                _out.Line(head + " {");
                _out.Indent++;
            }
            EmitBody(body);
        }
        if (i.Else is not null)
        {
            _out.Indent--;
            _out.Line("} else {");
            _out.Indent++;
            EmitBody(i.Else);
        }
        _out.Close();
    }

    private void EmitDo(DoStmt d, bool ompLoop = false)
    {
        var v = VarId(d.Var);
        var sym = Sym(d.Var);
        // Inside a parallel region Fortran makes sequential loop indices private; a loop-local index does the same in C++.
        var declare = _parallelDepth > 0 && !ompLoop ? (sym?.Type.Cpp ?? "int") + " " : "";
        var step = d.Step is null ? null : _scope.Const(d.Step);
        string cond, incr;
        if (d.Step is null || step == 1)
        {
            cond = $"{v} <= {Expr(d.Hi)}";
            incr = $"++{v}";
        }
        else if (step == -1)
        {
            cond = $"{v} >= {Expr(d.Hi)}";
            incr = $"--{v}";
        }
        else if (step is not null)
        {
            cond = step > 0 ? $"{v} <= {Expr(d.Hi)}" : $"{v} >= {Expr(d.Hi)}";
            incr = $"{v} += {Expr(d.Step!)}";
        }
        else
        {
            var st = Expr(d.Step!);
            cond = $"({st} > 0 ? {v} <= {Expr(d.Hi)} : {v} >= {Expr(d.Hi)})";
            incr = $"{v} += {st}";
        }
        _out.Open($"for ({declare}{v} = {Expr(d.Lo)}; {cond}; {incr})", Trailing(d));
        EmitLoopBody(d.Body, d.ConstructName);
        _out.Close();
        EmitExitLabel(d.ConstructName);
    }

    private void EmitLoopBody(IReadOnlyList<Stmt> body, string? name)
    {
        EmitBody(body);
        if (name is not null && _cycleLabels.Contains(name))
        {
            _out.Line($"{name}_cycle:;");
        }
    }

    private void EmitExitLabel(string? name)
    {
        if (name is not null && _exitLabels.Contains(name))
        {
            _out.Line($"{name}_exit:;");
        }
    }

    /// <summary>SELECT CASE as an if-chain: a C++ switch would capture EXIT's <c>break</c> and cannot take ranges or strings.</summary>
    private void EmitSelect(SelectCaseStmt sc)
    {
        var selector = Expr(sc.Selector);
        var isChar = TypeOf(sc.Selector).IsCharacter;
        if (isChar)
        {
            selector = $"ftn::trim({selector})";
        }
        bool first = true;
        foreach (var c in sc.Cases.Where(c => c.Selectors.Count > 0).Concat(sc.Cases.Where(c => c.Selectors.Count == 0)))
        {
            string head;
            if (c.Selectors.Count == 0)
            {
                head = first ? "" : "else";
            }
            else
            {
                var tests = c.Selectors.Select(x => x switch
                {
                    Range { Lo: { } lo, Hi: { } hi } => $"({selector} >= {Expr(lo)} && {selector} <= {Expr(hi)})",
                    Range { Lo: { } lo } => $"{selector} >= {Expr(lo)}",
                    Range { Hi: { } hi } => $"{selector} <= {Expr(hi)}",
                    _ => isChar ? $"{selector} == ftn::trim({Expr(x)})" : $"{selector} == {Expr(x)}",
                });
                head = $"{(first ? "if" : "else if")} ({string.Join(" || ", tests)})";
            }
            if (first)
            {
                _out.Open(head.Length == 0 ? "" : head);
            }
            else
            {
                _out.Indent--;
                _out.Line($"}} {head} {{");
                _out.Indent++;
            }
            first = false;
            EmitBody(c.Body);
        }
        if (!first)
        {
            _out.Close();
        }
    }

    private void EmitStop(StopStmt stop)
    {
        switch (stop.Code)
        {
            case null:
                _out.Line("std::exit(0);");
                break;
            case StrLit msg:
                _out.Line($"std::fprintf(stderr, \"STOP %s\\n\", {CppString(msg.Value)});");
                _out.Line("std::exit(0);");
                break;
            default:
                _out.Line($"std::fprintf(stderr, \"STOP %d\\n\", static_cast<int>({Expr(stop.Code)}));");
                _out.Line($"std::exit({Expr(stop.Code)});");
                break;
        }
    }
}
