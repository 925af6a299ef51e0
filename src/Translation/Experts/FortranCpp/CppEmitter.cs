using System.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Fortran.Semantics;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Experts.FortranCpp;

/// <summary>
/// Writes C++17 for a parsed Fortran file. Program and module variables become file-scope variables (so contained
/// procedures see their host's names), every procedure a free function declared up front, the main program
/// <c>main</c>. Arrays are <c>ftn::array</c> views (column-major, declared lower bounds); see README.md.
/// </summary>
internal sealed partial class CppEmitter
{
    private static readonly HashSet<string> Reserved =
    [
        "alignas", "alignof", "and", "asm", "auto", "bool", "break", "case", "catch", "char", "class", "const", "constexpr", "continue",
        "default", "delete", "do", "double", "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto",
        "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "nullptr", "operator", "or", "private",
        "protected", "public", "register", "return", "short", "signed", "sizeof", "static", "struct", "switch", "template", "this",
        "throw", "true", "try", "typedef", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "while", "xor",
        "main", "exit", "abs", "div", "index", "time", "clock", "signal", "y0", "y1", "yn", "j0", "j1", "jn", "gamma", "log", "exp",
        "sin", "cos", "tan", "sqrt", "pow", "floor", "ceil", "round", "rand", "random", "remainder", "fabs", "fmin", "fmax", "erf",
        "select", "read", "write", "open", "close", "free", "malloc", "printf", "puts", "system", "link", "sleep", "stdin",
        "stdout", "stderr", "errno", "std", "ftn", "lgamma", "trunc", "log2", "exp2", "hypot", "nan", "ldexp", "frexp", "modf",
        "atan", "asin", "acos", "sinh", "cosh", "tanh", "atan2", "log10", "fmod", "labs", "abort", "atexit", "qsort", "wait",
        "kill", "pipe", "dup", "fork", "environ", "optarg", "optind", "truncate", "alarm", "pause", "nice", "sync", "access",
    ];

    private readonly SourceFile _file;
    private readonly string[] _sourceLines;
    private readonly List<TranslationWarning> _warnings = [];
    private readonly HashSet<string> _sections = ["core"];
    private readonly Dictionary<string, ProgramUnit> _procedures = new(StringComparer.Ordinal);
    private readonly Dictionary<ProgramUnit, Scope> _scopes = [];
    private readonly Dictionary<string, Scope> _modules = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _externals = new(StringComparer.Ordinal);
    private bool _usesOmp;
    private CppWriter _out = new();
    private Scope _scope = null!;
    private int _parallelDepth;
    private int _tempCounter;

    public CppEmitter(SourceFile file, string source)
    {
        _file = file;
        _sourceLines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    public IReadOnlyList<TranslationWarning> Warnings => _warnings;

    public string Emit(CancellationToken cancellationToken = default)
    {
        foreach (var unit in _file.Units)
        {
            Register(unit);
        }
        foreach (var unit in _file.Units.Where(u => u.Kind == UnitKind.Module))
        {
            _modules[unit.Name] = ScopeOf(unit, null);
        }
        foreach (var unit in _file.Units)
        {
            BuildScopes(unit, null);
        }

        var globals = new CppWriter();
        var prototypes = new CppWriter();
        var bodies = new CppWriter();
        foreach (var unit in _file.Units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (unit.Kind is UnitKind.Module or UnitKind.Program)
            {
                EmitGlobals(unit, globals);
            }
            foreach (var proc in AllProcedures(unit))
            {
                _out = prototypes;
                prototypes.Line(Signature(proc) + ";");
                _out = bodies;
                EmitProcedure(proc);
                bodies.Line();
            }
        }
        var program = _file.Units.FirstOrDefault(u => u.Kind == UnitKind.Program);
        if (program is not null)
        {
            _out = bodies;
            EmitMain(program);
        }
        return Assemble(globals, prototypes, bodies);
    }

    private void Register(ProgramUnit unit)
    {
        if (unit.Kind is UnitKind.Subroutine or UnitKind.Function)
        {
            _procedures[unit.Name] = unit;
        }
        foreach (var inner in unit.Contains)
        {
            Register(inner);
        }
    }

    private void BuildScopes(ProgramUnit unit, Scope? host)
    {
        var scope = ScopeOf(unit, host);
        foreach (var inner in unit.Contains)
        {
            BuildScopes(inner, scope);
        }
    }

    private Scope ScopeOf(ProgramUnit unit, Scope? host)
    {
        if (!_scopes.TryGetValue(unit, out var scope))
        {
            scope = new Scope(unit, host, _procedures, name => _modules.GetValueOrDefault(name));
            _scopes[unit] = scope;
            foreach (var missing in scope.MissingModules)
            {
                Warn(unit.Line, $"module {missing} is not in this file; names it provides are left undeclared");
            }
        }
        return scope;
    }

    private static IEnumerable<ProgramUnit> AllProcedures(ProgramUnit unit)
    {
        if (unit.Kind is UnitKind.Subroutine or UnitKind.Function)
        {
            yield return unit;
        }
        foreach (var inner in unit.Contains.SelectMany(AllProcedures))
        {
            yield return inner;
        }
    }

    private string Assemble(CppWriter globals, CppWriter prototypes, CppWriter bodies)
    {
        var text = new StringBuilder();
        text.Append("// Translated from Fortran by CodeIntel (fortran-cpp).\n");
        if (_usesOmp)
        {
            text.Append("#include <omp.h>\n");
        }
        if (_sections.Contains("format"))
        {
            _sections.Add("io");
        }
        if (_sections.Contains("io") || _sections.Contains("system"))
        {
            _sections.Add("string");
        }
        foreach (var section in RuntimeLibrary.Sections.Where(_sections.Contains))
        {
            text.Append(RuntimeLibrary.Text(section));
        }
        text.Append('\n');
        foreach (var (_, proto) in _externals)
        {
            text.Append(proto).Append(";  // external: defined in another file\n");
        }
        var g = globals.ToString();
        if (g.Length > 0)
        {
            text.Append(g).Append('\n');
        }
        var p = prototypes.ToString();
        // Prototypes let procedures call each other in any order; a lone procedure needs none.
        if (p.Length > 0 && (p.Count(c => c == '\n') > 1 || _file.Units.Any(u => u.Kind == UnitKind.Program)))
        {
            text.Append(p).Append('\n');
        }
        text.Append(bodies.ToString());
        return text.ToString();
    }

    /// <summary>The C++ name of a Fortran name: lower-case already; a trailing underscore where it would clash with C++.</summary>
    internal static string Id(string name) => Reserved.Contains(name) ? name + "_" : name;

    private void Warn(Stmt s, string message) => Warn(s.Line, message, s.EndLine);

    private void Warn(int line, string message, int? endLine = null)
    {
        var last = Math.Min(endLine ?? line, _sourceLines.Length - 1);
        var endColumn = last >= 0 && last < _sourceLines.Length ? Encoding.UTF8.GetByteCount(_sourceLines[last]) : 0;
        _warnings.Add(new TranslationWarning($"line {line + 1}: {message}", new SourcePosition(line, 0), new SourcePosition(Math.Max(last, line), endColumn)));
    }

    /// <summary>Keeps an untranslated statement in the output as a marked comment and reports it.</summary>
    private void Untranslated(Stmt s, string reason)
    {
        Warn(s, reason);
        _out.Line($"/* UNTRANSLATED (Fortran line {s.Line + 1}): {s.Source.Replace("*/", "* /", StringComparison.Ordinal)} -- {reason} */");
    }

    private string Temp(string stem) => $"{stem}_{++_tempCounter}";
}
