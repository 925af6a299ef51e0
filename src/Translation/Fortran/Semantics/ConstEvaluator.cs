using System.Globalization;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran.Semantics;

/// <summary>Folds the integer constant expressions that kinds and lengths are written with (<c>kind(1.0d0)</c>, <c>dp</c>, <c>2*n</c>).</summary>
public static class ConstEvaluator
{
    public static long? Eval(Expr? e, Func<string, Symbol?> lookup)
    {
        switch (e)
        {
            case IntLit i:
                return long.TryParse(i.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
            case Paren p:
                return Eval(p.Inner, lookup);
            case Unary { Op: "-" } u:
                return -Eval(u.Operand, lookup);
            case Unary { Op: "+" } u:
                return Eval(u.Operand, lookup);
            case NameRef n when lookup(n.Name) is { IsParameter: true, Init: { } init }:
                return Eval(init, lookup);
            case Binary b:
                var l = Eval(b.Left, lookup);
                var r = Eval(b.Right, lookup);
                if (l is null || r is null)
                {
                    return null;
                }
                return b.Op switch
                {
                    "+" => l + r,
                    "-" => l - r,
                    "*" => l * r,
                    "/" when r != 0 => l / r,
                    _ => null,
                };
            case Apply { Name: "kind" } k when k.Args.Count == 1:
                return k.Args[0] switch
                {
                    RealLit rl => RealKind(rl.Kind, lookup),
                    IntLit il => il.Kind is null ? 4 : Eval(new NameRef(il.Kind), lookup) ?? long.Parse(il.Kind, CultureInfo.InvariantCulture),
                    BoolLit => 4,
                    _ => null,
                };
            case Apply { Name: "selected_real_kind" } s:
                var digits = s.Args.Count > 0 ? Eval(s.Args[0] is KeywordArg ka ? ka.Value : s.Args[0], lookup) : null;
                return digits is > 6 ? 8 : 4;
            case Apply { Name: "selected_int_kind" } s when s.Args.Count == 1:
                return Eval(s.Args[0], lookup) is > 9 ? 8 : 4;
            default:
                return null;
        }
    }

    /// <summary>The kind of a real literal's suffix: <c>8</c> for a <c>d</c> exponent, a named constant's value, else 4.</summary>
    public static int RealKind(string? suffix, Func<string, Symbol?> lookup)
    {
        if (suffix is null)
        {
            return 4;
        }
        if (int.TryParse(suffix, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k))
        {
            return k;
        }
        return (int)(Eval(new NameRef(suffix), lookup) ?? 8);
    }
}
