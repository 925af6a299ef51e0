using System.Globalization;
using CodeIntel.Translation.Fortran.Semantics;
using CodeIntel.Translation.Fortran.Syntax;
using Range = CodeIntel.Translation.Fortran.Syntax.Range;

namespace CodeIntel.Translation.Experts.FortranCpp;

internal sealed partial class CppEmitter
{
    /// <summary>Thrown inside an expression that cannot be translated; the enclosing statement is kept as a marked comment.</summary>
    private sealed class UntranslatableException(string message) : Exception(message);

    private Symbol? Sym(string name) => _scope.Lookup(name);

    private bool IsArrayName(string name) => Sym(name) is { IsArray: true } s && !IsProcedureSymbol(s);

    private string VarId(string name) => name == _scope.ResultName ? ResultId(name) : Id(name);

    internal FType TypeOf(Expr e)
    {
        switch (e)
        {
            case IntLit i:
                return i.Kind is null ? FType.DefaultInteger : new FType("integer", (int)(_scope.Const(new NameRef(i.Kind)) ?? long.Parse(i.Kind, CultureInfo.InvariantCulture)));
            case RealLit r:
                return new FType("real", ConstEvaluator.RealKind(r.Kind, Sym));
            case StrLit s:
                return new FType("character", 1, s.Value.Length);
            case BoolLit:
                return FType.DefaultLogical;
            case Paren p:
                return TypeOf(p.Inner);
            case NameRef n:
                return Sym(n.Name)?.Type ?? _scope.ImplicitType(n.Name);
            case Apply a:
                return ApplyType(a);
            case Unary u:
                return u.Op == ".not." ? FType.DefaultLogical : TypeOf(u.Operand);
            case Binary b:
                if (b.Op is "==" or "/=" or "<" or "<=" or ">" or ">=" or ".and." or ".or." or ".eqv." or ".neqv.")
                {
                    return FType.DefaultLogical;
                }
                if (b.Op == "//")
                {
                    return FType.AnyCharacter;
                }
                return Wider(TypeOf(b.Left), TypeOf(b.Right));
            case ArrayCtor c when c.Items.Count > 0:
                return TypeOf(c.Items[0]);
            case RawCode raw:
                return raw.Type;
            default:
                return FType.DefaultInteger;
        }
    }

    private static FType Wider(FType a, FType b)
    {
        if (a.Base == b.Base)
        {
            return a.Kind >= b.Kind ? a : b;
        }
        if (a.Base == "complex" || b.Base == "complex")
        {
            return a.Base == "complex" ? a : b;
        }
        return a.IsReal ? a : b.IsReal ? b : a;
    }

    private FType ApplyType(Apply a)
    {
        if (Sym(a.Name) is { } s && !IsProcedureSymbol(s) && (s.IsArray || s.Type.IsCharacter))
        {
            return s.Type;
        }
        if (_procedures.TryGetValue(a.Name, out var proc) && _scopes[proc].ResultName is { } r)
        {
            return _scopes[proc].Lookup(r)!.Type;
        }
        var first = a.Args.Count > 0 ? TypeOf(a.Args[0] is KeywordArg k ? k.Value : a.Args[0]) : FType.DefaultInteger;
        int? kindArg = a.Args.OfType<KeywordArg>().FirstOrDefault(k => k.Name == "kind") is { } ka ? (int?)_scope.Const(ka.Value)
            : a.Args.Count > 1 ? (int?)_scope.Const(a.Args[1]) : null;
        return a.Name switch
        {
            "int" or "nint" or "floor" or "ceiling" or "ifix" or "idint" or "idnint" => new FType("integer", kindArg ?? 4),
            "size" or "lbound" or "ubound" or "len" or "len_trim" or "ichar" or "iachar" or "index" or "kind" or "command_argument_count"
                or "selected_real_kind" or "selected_int_kind" => FType.DefaultInteger,
            "real" or "float" or "sngl" => new FType("real", a.Name == "real" ? kindArg ?? 4 : 4),
            "dble" or "dfloat" or "dprod" => FType.DoublePrecision,
            "allocated" or "associated" or "present" or "btest" or "any" or "all" or "omp_in_parallel" or "omp_get_dynamic"
                or "omp_get_nested" or "omp_in_final" or "omp_is_initial_device" or "omp_test_lock" => FType.DefaultLogical,
            "trim" or "adjustl" or "char" or "achar" => FType.AnyCharacter,
            "omp_get_wtime" or "omp_get_wtick" => FType.DoublePrecision,
            "max" or "min" => a.Args.Select(x => TypeOf(x)).Aggregate(Wider),
            "amax1" or "amin1" => FType.DefaultReal,
            "dmax1" or "dmin1" => FType.DoublePrecision,
            _ when a.Name.StartsWith("omp_", StringComparison.Ordinal) => FType.DefaultInteger,
            _ when Intrinsics.Functions.Contains(a.Name) => first,
            _ => Sym(a.Name)?.Type ?? _scope.ImplicitType(a.Name),
        };
    }

    private static int Precedence(string cppOp) => cppOp switch
    {
        "*" or "/" or "%" => 13,
        "+" or "-" => 12,
        "<" or "<=" or ">" or ">=" => 10,
        "==" or "!=" => 9,
        "&&" => 5,
        "||" => 4,
        _ => 15,
    };

    private static string CppOp(string op) => op switch
    {
        "/=" => "!=",
        ".and." => "&&",
        ".or." => "||",
        ".eqv." => "==",
        ".neqv." => "!=",
        _ => op,
    };

    internal string Expr(Expr e) => Expr(e, out _);

    /// <summary>C++ for an expression; <paramref name="precedence"/> is the binding strength of its outermost operator.</summary>
    private string Expr(Expr e, out int precedence)
    {
        precedence = 16;
        switch (e)
        {
            case IntLit i:
                return TypeOf(i).Kind == 8 ? i.Text + "LL" : i.Text;
            case RealLit r:
                return RealLiteral(r);
            case StrLit s:
                return CppString(s.Value);
            case BoolLit b:
                return b.Value ? "true" : "false";
            case Paren p:
                return "(" + Expr(p.Inner) + ")";
            case NameRef n:
                return NameValue(n.Name);
            case Apply a:
                return ApplyCode(a);
            case Unary { Op: ".not." } u:
                precedence = 14;
                return "!" + Wrap(u.Operand, 14);
            case Unary u:
                precedence = 14;
                return u.Op + Wrap(u.Operand, 14);
            case Binary { Op: "**" } b:
                return Power(b);
            case Binary { Op: "//" } b:
                _sections.Add("string");
                return $"(std::string({Expr(b.Left)}) + std::string({Expr(b.Right)}))";
            case Binary b when TypeOf(b.Left).IsCharacter && b.Op is "==" or "/=" or "<" or "<=" or ">" or ">=":
                _sections.Add("string");
                precedence = Precedence(CppOp(b.Op));
                return $"ftn::trim({Expr(b.Left)}) {CppOp(b.Op)} ftn::trim({Expr(b.Right)})";
            case Binary b:
                var op = CppOp(b.Op);
                precedence = Precedence(op);
                // Left-associative: the right operand needs parentheses at equal precedence (a - (b - c)).
                return $"{Wrap(b.Left, precedence)} {op} {Wrap(b.Right, precedence + 1)}";
            case RawCode raw:
                return raw.Code;
            case Range:
                throw new UntranslatableException("an array section is only translated as a whole assignment target or in an assignment of matching sections");
            case ArrayCtor c:
                return "{" + string.Join(", ", c.Items.Select(Expr)) + "}";
            case Component:
                throw new UntranslatableException("derived-type components are not supported");
            default:
                throw new UntranslatableException($"{e.GetType().Name} expressions are not supported here");
        }
    }

    private string Wrap(Expr e, int parent)
    {
        var code = Expr(e, out var p);
        return p < parent ? "(" + code + ")" : code;
    }

    private string NameValue(string name)
    {
        var s = Sym(name);
        if (s is null && _procedures.ContainsKey(name))
        {
            return Id(name) + "()";
        }
        if (s is { IsExternal: true })
        {
            return Id(name) + "()";
        }
        return VarId(name);
    }

    private string RealLiteral(RealLit r)
    {
        var kind = ConstEvaluator.RealKind(r.Kind, Sym);
        var text = r.Text.ToLowerInvariant().Replace('d', 'e').Replace('q', 'e');
        if (text.StartsWith('.'))
        {
            text = "0" + text;
        }
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('e', StringComparison.Ordinal))
        {
            text += ".0";
        }
        text = text.Replace(".e", ".0e", StringComparison.Ordinal);
        if (text.EndsWith('.'))
        {
            text += "0";
        }
        return kind == 4 ? text + "f" : kind == 16 ? text + "L" : text;
    }

    internal static string CppString(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private string Power(Binary b)
    {
        var bt = TypeOf(b.Left);
        var et = TypeOf(b.Right);
        if (et.IsInteger)
        {
            if (b.Right is IntLit { Text: "2" } && b.Left is NameRef or Apply)
            {
                var x = Expr(b.Left);
                return $"({x} * {x})";
            }
            return $"ftn::ipow({Expr(b.Left)}, {Expr(b.Right)})";
        }
        var pow = $"std::pow({Expr(b.Left)}, {Expr(b.Right)})";
        return bt.IsReal && bt.Kind == 4 && et.Kind == 4 ? $"static_cast<float>({pow})" : pow;
    }
}
