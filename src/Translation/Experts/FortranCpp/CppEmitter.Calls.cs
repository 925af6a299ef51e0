using CodeIntel.Translation.Fortran.Semantics;
using CodeIntel.Translation.Fortran.Syntax;
using Range = CodeIntel.Translation.Fortran.Syntax.Range;

namespace CodeIntel.Translation.Experts.FortranCpp;

internal sealed partial class CppEmitter
{
    private string ApplyCode(Apply a)
    {
        var s = Sym(a.Name);
        if (s is not null && !IsProcedureSymbol(s))
        {
            if (s.IsArray)
            {
                if (a.Args.Any(x => x is Range))
                {
                    throw new UntranslatableException("an array section is only translated as a whole assignment target or in an assignment of matching sections");
                }
                return $"{VarId(a.Name)}({string.Join(", ", a.Args.Select(x => Expr(x)))})";
            }
            if (s.Type.IsCharacter && a.Args.Count == 1 && a.Args[0] is Range r)
            {
                var lo = r.Lo is null ? "1" : Expr(r.Lo);
                var len = r.Hi is null ? "std::string::npos" : $"({Expr(r.Hi)}) - ({lo}) + 1";
                return $"std::string({VarId(a.Name)}).substr(({lo}) - 1, {len})";
            }
        }
        if (_procedures.TryGetValue(a.Name, out var proc))
        {
            return $"{Id(a.Name)}({Arguments(a.Args, _scopes[proc], proc)})";
        }
        if (Intrinsics.Functions.Contains(a.Name) && (s is null || !s.IsExternal))
        {
            return Intrinsic(a);
        }
        return ExternalCall(a.Name, a.Args, TypeOf(a).Cpp);
    }

    private string ExternalCall(string name, IReadOnlyList<Expr> args, string result)
    {
        if (!_externals.ContainsKey(name))
        {
            var formals = args.Select(x => x is NameRef n && IsArrayName(n.Name) ? $"{TypeOf(x).Cpp}*" : $"{TypeOf(x).Cpp}&");
            _externals[name] = $"{result} {Id(name)}({string.Join(", ", formals)})";
        }
        return $"{Id(name)}({string.Join(", ", args.Select(x => Actual(x, null)))})";
    }

    private string Arguments(IReadOnlyList<Expr> args, Scope callee, ProgramUnit proc)
    {
        var parts = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var formalName = arg is KeywordArg k ? k.Name : i < proc.Params.Count ? proc.Params[i] : null;
            var formal = formalName is null ? null : callee.Lookup(formalName);
            parts.Add(Actual(arg is KeywordArg kw ? kw.Value : arg, formal));
        }
        return string.Join(", ", parts);
    }

    /// <summary>
    /// An actual argument. Fortran passes by reference: variables and elements go as they are, other expressions
    /// through <c>ftn::tmp</c> so they bind to a reference; arrays go as the object (assumed shape) or as the address
    /// of their first element (explicit shape, the FORTRAN 77 convention that also allows passing <c>a(1, k)</c>).
    /// </summary>
    private string Actual(Expr arg, Symbol? formal)
    {
        bool formalIsPointer = formal is { IsSequenceDummy: true } || (formal is null && arg is NameRef n0 && IsArrayName(n0.Name));
        if (formalIsPointer)
        {
            return arg switch
            {
                NameRef n when IsArrayName(n.Name) => $"{VarId(n.Name)}.data()",
                Apply a when IsArrayName(a.Name) => "&" + Expr(a),
                _ => throw new UntranslatableException("an array argument must be an array name or element"),
            };
        }
        if (formal is { IsArray: true })
        {
            return arg is NameRef n && IsArrayName(n.Name) ? VarId(n.Name) : throw new UntranslatableException("an assumed-shape argument must be a whole array");
        }
        var code = Expr(arg);
        if (formal is { Intent: "in" })
        {
            return code;
        }
        bool lvalue = arg switch
        {
            NameRef n => Sym(n.Name) is { IsParameter: false } s && !IsProcedureSymbol(s),
            Apply a => IsArrayName(a.Name),
            _ => false,
        };
        if (lvalue)
        {
            return code;
        }
        var actualType = TypeOf(arg);
        if (formal is not null && formal.Type.Cpp != actualType.Cpp && !formal.Type.IsCharacter)
        {
            return $"ftn::tmp<{formal.Type.Cpp}>({code})";
        }
        if (actualType.IsCharacter)
        {
            return $"ftn::tmp(std::string({code}))";
        }
        // A named constant is a const lvalue: copy it so that the copy binds to the reference parameter.
        return arg is NameRef ? $"ftn::tmp(static_cast<{actualType.Cpp}>({code}))" : $"ftn::tmp({code})";
    }

    private string Intrinsic(Apply a)
    {
        var args = a.Args.Where(x => x is not KeywordArg { Name: "kind" }).Select(x => x is KeywordArg k ? k.Value : x).ToList();
        string Arg(int i) => Expr(args[i]);
        string All() => string.Join(", ", args.Select(x => Expr(x)));
        var type = TypeOf(a);
        switch (a.Name)
        {
            case "abs" or "iabs" or "dabs" or "sqrt" or "dsqrt" or "exp" or "dexp" or "log" or "alog" or "dlog" or "log10" or "sin" or "dsin"
                or "cos" or "dcos" or "tan" or "asin" or "acos" or "atan" or "datan" or "atan2" or "sinh" or "cosh" or "tanh":
                var fn = a.Name switch { "iabs" or "dabs" => "abs", "dsqrt" => "sqrt", "dexp" => "exp", "alog" or "dlog" => "log", "dsin" => "sin", "dcos" => "cos", "datan" => "atan", _ => a.Name };
                return $"std::{fn}({All()})";
            case "mod" or "amod" or "dmod":
                return $"ftn::mod({All()})";
            case "modulo":
                return $"ftn::modulo({All()})";
            case "min" or "min0" or "amin1" or "dmin1":
                return $"ftn::min({All()})";
            case "max" or "max0" or "amax1" or "dmax1":
                return $"ftn::max({All()})";
            case "sign" or "dsign":
                return $"ftn::sign({All()})";
            case "nint" or "idnint":
                return $"ftn::nint({Arg(0)})";
            case "floor" or "ceiling":
                return $"ftn::{a.Name}({Arg(0)})";
            case "int" or "ifix" or "idint" or "real" or "float" or "sngl" or "dble" or "dfloat" or "aint":
                if (a.Name == "aint")
                {
                    return $"std::trunc({Arg(0)})";
                }
                if (a.Args.Count > 1 && a.Args[1] is not KeywordArg)
                {
                    args = [args[0]];
                }
                return $"static_cast<{type.Cpp}>({Arg(0)})";
            case "kind":
                return (_scope.Const(a) ?? 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "selected_real_kind" or "selected_int_kind":
                return (_scope.Const(a) ?? 8).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "huge" or "tiny" or "epsilon":
                var limit = a.Name switch { "huge" => "max", "tiny" => "min", _ => "epsilon" };
                return $"std::numeric_limits<{TypeOf(args[0]).Cpp}>::{limit}()";
            case "size":
                return args.Count == 1 ? $"static_cast<int>({Arg(0)}.size())" : $"static_cast<int>({Arg(0)}.size({Arg(1)}))";
            case "lbound" or "ubound":
                return $"static_cast<int>({Arg(0)}.{a.Name}({(args.Count > 1 ? Arg(1) : "1")}))";
            case "allocated" or "associated":
                return $"{Arg(0)}.allocated()";
            case "sum" or "maxval" or "minval" when args.Count == 1 && args[0] is NameRef:
                return $"ftn::{a.Name}({Arg(0)})";
            case "trim" or "adjustl" or "len_trim":
                _sections.Add("string");
                return $"ftn::{a.Name}({Arg(0)})";
            case "len":
                return $"static_cast<int>(std::string({Arg(0)}).size())";
            case "char" or "achar":
                return $"std::string(1, static_cast<char>({Arg(0)}))";
            case "ichar" or "iachar":
                return $"static_cast<int>(static_cast<unsigned char>(std::string({Arg(0)})[0]))";
            case "iand" or "ior" or "ieor":
                return $"({Wrap(args[0], 12)} {(a.Name == "iand" ? "&" : a.Name == "ior" ? "|" : "^")} {Wrap(args[1], 12)})";
            case "not":
                return $"(~{Wrap(args[0], 14)})";
            case "command_argument_count":
                _sections.Add("system");
                return "ftn::command_argument_count()";
            case "merge":
                return $"({Arg(2)} ? {Arg(0)} : {Arg(1)})";
            case "dprod":
                return $"(static_cast<double>({Arg(0)}) * static_cast<double>({Arg(1)}))";
            case "index":
                return $"static_cast<int>(std::string({Arg(0)}).find(std::string({Arg(1)})) + 1)";
        }
        if (a.Name.StartsWith("omp_", StringComparison.Ordinal))
        {
            _usesOmp = true;
            return $"{a.Name}({All()})";
        }
        throw new UntranslatableException($"the intrinsic {a.Name.ToUpperInvariant()} is not supported");
    }
}
