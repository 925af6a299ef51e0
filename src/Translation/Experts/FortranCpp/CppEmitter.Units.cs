using CodeIntel.Translation.Fortran.Semantics;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Experts.FortranCpp;

internal sealed partial class CppEmitter
{
    private void EmitGlobals(ProgramUnit unit, CppWriter globals)
    {
        _scope = _scopes[unit];
        _out = globals;
        var locals = _scope.Locals.Where(s => !IsProcedureSymbol(s)).ToList();
        if (locals.Count == 0 && !unit.Body.OfType<OmpStmt>().Any())
        {
            return;
        }
        globals.Line($"// {(unit.Kind == UnitKind.Module ? "module" : "program")} {unit.Name}");
        foreach (var sym in locals)
        {
            DeclareVar(sym, global: true);
        }
        if (unit.Kind == UnitKind.Module)
        {
            // A module has no executable part; threadprivate and similar directives sit among its declarations.
            foreach (var s in unit.Body)
            {
                EmitStatement(s);
            }
        }
    }

    private bool IsProcedureSymbol(Symbol s) =>
        s.IsExternal || (_procedures.ContainsKey(s.Name) && !s.IsDummy && s.Name != _scope.ResultName);

    private string Signature(ProgramUnit proc)
    {
        var scope = _scopes[proc];
        var result = scope.ResultName is { } r ? scope.Lookup(r)!.Type.Cpp : "void";
        var parameters = proc.Params.Select(p => p == "*" ? "/* alternate return */ int" : Parameter(scope.Lookup(p)!));
        return $"{result} {Id(proc.Name)}({string.Join(", ", parameters)})";
    }

    private static string Parameter(Symbol s)
    {
        if (s.IsSequenceDummy)
        {
            return $"{s.Type.Cpp}* {Id(s.Name)}_";
        }
        if (s.IsArray)
        {
            return $"{(s.Intent == "in" ? "const " : "")}ftn::array<{s.Type.Cpp}>& {Id(s.Name)}";
        }
        if (s.Type.IsCharacter && s.Type.Len is null)
        {
            return $"{(s.Intent == "in" ? "const " : "")}std::string& {Id(s.Name)}";
        }
        return $"{(s.Intent == "in" ? "const " : "")}{s.Type.Cpp}& {Id(s.Name)}";
    }

    private void EmitProcedure(ProgramUnit proc)
    {
        _scope = _scopes[proc];
        _parallelDepth = 0;
        _out.Open(Signature(proc));
        foreach (var p in proc.Params.Where(p => p != "*"))
        {
            var s = _scope.Lookup(p)!;
            if (s.IsSequenceDummy)
            {
                _out.Line($"ftn::array<{s.Type.Cpp}> {Id(s.Name)}({Id(s.Name)}_, {Extents(s.Dims!, assumedSize: true)});");
                _sections.Add("array");
            }
        }
        foreach (var sym in _scope.Locals.Where(s => !s.IsDummy && !IsProcedureSymbol(s)))
        {
            DeclareVar(sym, global: false);
        }
        EmitInitialisers(proc);
        EmitBody(proc.Body);
        if (_scope.ResultName is { } result && !EndsInReturn(proc.Body))
        {
            _out.Line($"return {ResultId(result)};");
        }
        _out.Close();
    }

    private static bool EndsInReturn(IReadOnlyList<Stmt> body) => body.Count > 0 && body[^1] is ReturnStmt;

    /// <summary>The C++ name of a function's result variable: renamed when it is the function's own name.</summary>
    private string ResultId(string result) => result == _scope.Unit.Name ? Id(result) + "_result" : Id(result);

    private void EmitMain(ProgramUnit program)
    {
        _scope = _scopes[program];
        _parallelDepth = 0;
        var usesArgs = AstWalk.Statements(program.Body).SelectMany(AstWalk.OwnExpressions).SelectMany(AstWalk.Descendants)
            .Any(e => e is Apply { Name: "command_argument_count" } or NameRef { Name: "command_argument_count" })
            || AstWalk.Statements(program.Body).OfType<CallStmt>().Any(c => c.Name is "get_command_argument" or "getarg");
        _out.Open(usesArgs ? "int main(int argc, char** argv)" : "int main()");
        if (usesArgs)
        {
            _sections.Add("system");
            _out.Line("ftn::proc().argc = argc;");
            _out.Line("ftn::proc().argv = argv;");
        }
        EmitInitialisers(program);
        EmitBody(program.Body);
        _out.Line("return 0;");
        _out.Close();
    }

    /// <summary>Array initial values, which C++ cannot give in the declaration of an <c>ftn::array</c>.</summary>
    private void EmitInitialisers(ProgramUnit unit)
    {
        foreach (var s in _scopes[unit].Locals.Where(s => s.IsArray && s.Init is not null && !s.IsDummy))
        {
            try
            {
                _out.Line($"{Id(s.Name)} = {Value(s.Init!, s.Type)};");
            }
            catch (UntranslatableException ex)
            {
                Warn(unit.Line, $"the initial value of {s.Name}: {ex.Message}");
                _out.Line($"/* UNTRANSLATED initial value of {s.Name}: {ex.Message} */");
            }
        }
    }

    private void DeclareVar(Symbol s, bool global)
    {
        try
        {
            DeclareVarCore(s, global);
        }
        catch (UntranslatableException ex)
        {
            Warn(_scope.Unit.Line, $"the declaration of {s.Name}: {ex.Message}");
            _out.Line($"{s.Type.Cpp} {Id(s.Name)};  /* UNTRANSLATED initial value: {ex.Message} */");
        }
    }

    private void DeclareVarCore(Symbol s, bool global)
    {
        var name = s.Name == _scope.ResultName ? ResultId(s.Name) : Id(s.Name);
        var type = s.Type.Cpp;
        if (s.Type.IsCharacter)
        {
            _sections.Add("string");
        }
        if (s.IsArray)
        {
            _sections.Add("array");
            if (s.IsParameter)
            {
                _out.Line($"ftn::array<{type}> {name};  // PARAMETER array, filled at the start of the program");
                return;
            }
            var shape = s.IsAllocatable || s.IsPointer || s.Dims!.Any(d => d.Deferred || d.AssumedSize) ? "" : $"({Extents(s.Dims!, assumedSize: false)})";
            _out.Line($"ftn::array<{type}> {name}{shape};");
            return;
        }
        if (s.IsParameter && s.Init is not null)
        {
            _out.Line(s.Type.IsCharacter ? $"const std::string {name} = {Value(s.Init, s.Type)};" : $"constexpr {type} {name} = {Value(s.Init, s.Type)};");
            return;
        }
        var init = s.Init is null ? "" : $" = {Value(s.Init, s.Type)}";
        // A local with an initial value keeps it between calls in Fortran (implicit SAVE).
        var storage = !global && (s.IsSave || s.Init is not null) ? "static " : "";
        _out.Line($"{storage}{type} {name}{init};");
    }

    private string Extents(IReadOnlyList<DimSpec> dims, bool assumedSize)
    {
        var parts = dims.Select(d =>
        {
            if (d.AssumedSize)
            {
                var lo = d.Lo is null ? "1" : Expr(d.Lo);
                return $"{{{lo}, {lo}}}";
            }
            return d.Lo is null ? Expr(d.Hi!) : $"{{{Expr(d.Lo)}, {Expr(d.Hi!)}}}";
        });
        _ = assumedSize;
        return "{" + string.Join(", ", parts) + "}";
    }

    /// <summary>An expression converted to <paramref name="type"/> where C++ would not convert it the same way.</summary>
    private string Value(Expr e, FType type)
    {
        if (e is ArrayCtor ctor)
        {
            return "{" + string.Join(", ", ctor.Items.Select(i => Value(i, type))) + "}";
        }
        var t = TypeOf(e);
        var code = Expr(e);
        if (type.IsNumeric && t.IsNumeric && t.Base != type.Base && e is not IntLit && e is not RealLit)
        {
            return $"static_cast<{type.Cpp}>({code})";
        }
        return code;
    }
}
