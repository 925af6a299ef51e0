using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Semantics;

/// <summary>Enumerates nested statements and the expressions inside them.</summary>
public static class AstWalk
{
    public static IEnumerable<Stmt> Statements(IEnumerable<Stmt> stmts)
    {
        foreach (var s in stmts)
        {
            yield return s;
            foreach (var child in Children(s))
            {
                foreach (var n in Statements(child))
                {
                    yield return n;
                }
            }
        }
    }

    private static IEnumerable<IReadOnlyList<Stmt>> Children(Stmt s)
    {
        switch (s)
        {
            case IfStmt i:
                foreach (var b in i.Branches)
                {
                    yield return b.Body;
                }
                if (i.Else is not null)
                {
                    yield return i.Else;
                }
                break;
            case DoStmt d:
                yield return d.Body;
                break;
            case DoWhileStmt w:
                yield return w.Body;
                break;
            case SelectCaseStmt sc:
                foreach (var c in sc.Cases)
                {
                    yield return c.Body;
                }
                break;
            case OmpStmt { Body: { } body }:
                yield return body;
                break;
        }
    }

    /// <summary>The expressions written directly in a statement (not in nested statements).</summary>
    public static IEnumerable<Expr> OwnExpressions(Stmt s) => s switch
    {
        AssignStmt a => [a.Target, a.Value],
        PointerAssignStmt p => [p.Target, p.Value],
        CallStmt c => c.Args,
        IfStmt i => i.Branches.Select(b => b.Cond),
        DoStmt d => new[] { new NameRef(d.Var), d.Lo, d.Hi, d.Step }.OfType<Expr>(),
        DoWhileStmt { Cond: { } cond } => [cond],
        SelectCaseStmt sc => sc.Cases.SelectMany(c => c.Selectors).Prepend(sc.Selector),
        WriteStmt w => w.Items.Concat(new[] { w.Unit, w.Format, w.IoStat }.OfType<Expr>()),
        ReadStmt r => r.Items.Concat(new[] { r.Unit, r.Format, r.IoStat }.OfType<Expr>()),
        AllocateStmt al => al.Items.Cast<Expr>().Concat(new[] { al.Stat }.OfType<Expr>()),
        DeallocateStmt de => de.Items.Concat(new[] { de.Stat }.OfType<Expr>()),
        NullifyStmt nu => nu.Items,
        StopStmt { Code: { } code } => [code],
        _ => [],
    };

    public static IEnumerable<Expr> Descendants(Expr e)
    {
        yield return e;
        IEnumerable<Expr?> children = e switch
        {
            Apply a => a.Args,
            Syntax.Range r => [r.Lo, r.Hi, r.Stride],
            KeywordArg k => [k.Value],
            Binary b => [b.Left, b.Right],
            Unary u => [u.Operand],
            ArrayCtor c => c.Items,
            ImpliedDo d => d.Items.Append(new NameRef(d.Var)).Append(d.Lo).Append(d.Hi).Append(d.Step),
            Component c => [c.Base],
            Paren p => [p.Inner],
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is null)
            {
                continue;
            }
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
