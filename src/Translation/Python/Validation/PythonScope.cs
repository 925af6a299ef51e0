using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>The kinds of block that CPython's symbol table gives a scope of its own.</summary>
internal enum PythonScopeKind
{
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// <summary>
/// One scope of a Python module as CPython's symbol table sees it: which names it binds, which it declares
/// global or nonlocal (and where), and where each name occurs, so the compile-time scope rules can be checked.
/// </summary>
internal sealed class PythonScope(PythonScopeKind kind, PythonScope? parent)
{
    public PythonScopeKind Kind { get; } = kind;

    public PythonScope? Parent { get; } = parent;

    public bool IsFunctionLike => Kind is PythonScopeKind.Function or PythonScopeKind.AsyncFunction or PythonScopeKind.Lambda;

    /// <summary>Names bound here by assignment, definition, import, loop target and the like.</summary>
    public HashSet<string> Bound { get; } = new(StringComparer.Ordinal);

    /// <summary>The parameter names of a function or lambda.</summary>
    public HashSet<string> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>The loop targets of a comprehension, which an assignment expression inside it may not rebind.</summary>
    public HashSet<string> IterationVariables { get; } = new(StringComparer.Ordinal);

    /// <summary>Each name declared <c>global</c> here, with its statement.</summary>
    public List<(string Name, SyntaxNode Statement)> Globals { get; } = [];

    /// <summary>Each name declared <c>nonlocal</c> here, with its statement.</summary>
    public List<(string Name, SyntaxNode Statement)> Nonlocals { get; } = [];

    /// <summary>Every place a name is read or bound in this scope itself, nested scopes excluded.</summary>
    public List<(string Name, int Byte)> Occurrences { get; } = [];

    /// <summary>The nearest scope that is not a comprehension: where an assignment expression binds.</summary>
    public PythonScope NearestNonComprehension()
    {
        var scope = this;
        while (scope.Kind == PythonScopeKind.Comprehension && scope.Parent is { } outer)
        {
            scope = outer;
        }
        return scope;
    }

    public bool DeclaresGlobal(string name) => Globals.Exists(g => g.Name == name);

    public bool DeclaresNonlocal(string name) => Nonlocals.Exists(n => n.Name == name);
}
