using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Lowers a tree-sitter PHP tree to the Python syntax model, statement by statement, each expression with what is
/// known of its type (<see cref="PhpType"/>), because PHP spells with one operator what Python spells by type
/// (<c>.</c> on numbers, <c>/</c> on ints, <c>[]</c> on lists and keyed arrays).
/// </summary>
internal sealed partial class PhpLowering(CancellationToken cancellationToken)
{
    private readonly Stack<Frame> _frames = new();
    private readonly Dictionary<string, string> _functions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _classes = new(StringComparer.OrdinalIgnoreCase);
    private Scope _scope = new(null, null, false);

    // What the closure being lowered declares global, handed to the scope LowerFunction opens for it.
    private List<string> _closureGlobals = [];
    private List<PyStatement>? _before;
    private int _temporaries;

    public HashSet<string> Imports { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Helpers { get; } = new(StringComparer.Ordinal);

    public List<TranslationWarning> Warnings { get; } = [];

    public void Warn(SyntaxNode node, string message) => Warnings.Add(new TranslationWarning(message, node.Start, node.End));

    private PyExpression Helper(string name, params PyExpression[] arguments)
    {
        Helpers.Add(name);
        return PyCall.Of(name, arguments);
    }

    /// <summary>A PHP name without its namespace (<c>\Foo\Bar</c> is <c>Bar</c>): the output is one module.</summary>
    private static string ShortName(string name) => name[(name.LastIndexOf('\\') + 1)..];

    private string Temporary(string stem) => $"{stem}{++_temporaries}";

    /// <summary>The Python name of the PHP variable <c>$name</c>.</summary>
    private string VariableName(string name) =>
        name == "this" ? "self"
        : Renamed(name) is { } renamed ? renamed
        : name.StartsWith("php_", StringComparison.Ordinal) || Modules.Contains(name) || _userNames.Contains(name) ? name + "_"
        : PythonNames.Safe(name);

    /// <summary>The module-level name a static local of this scope (or of a scope it is nested in) lives under.</summary>
    private string? Renamed(string name)
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Renames.TryGetValue(name, out var renamed))
            {
                return renamed;
            }
        }
        return null;
    }

    /// <summary>Python names of the program's functions and classes: PHP keeps variables apart from them, Python does not.</summary>
    private readonly HashSet<string> _userNames = new(StringComparer.Ordinal);

    /// <summary>Properties named like a method of some class: PHP keeps them apart, a Python attribute would hide the method.</summary>
    private readonly HashSet<string> _shadowingProperties = new(StringComparer.Ordinal);

    /// <summary>The names of all methods the program declares.</summary>
    private readonly HashSet<string> _declaredMethods = new(StringComparer.Ordinal);

    private string PropertyName(string name) => _shadowingProperties.Contains(name) ? name + "_" : name;

    /// <summary>Modules the output or its helpers import: a variable of that name would hide them.</summary>
    private static readonly HashSet<string> Modules = new(StringComparer.Ordinal) { "copy", "decimal", "re", "random", "time", "functools", "math", "datetime", "operator", "keyword", "types" };

    private static string VariableOf(SyntaxNode variable) => variable.Text.TrimStart('$');

    private IReadOnlyList<PyStatement> Untranslated(SyntaxNode node, string reason)
    {
        Warn(node, reason);
        return Untranslated(reason);
    }

    private static IReadOnlyList<PyStatement> Untranslated(string reason) =>
    [
        new PyComment(reason, Untranslated: true),
        new PyRaise(PyCall.Of("NotImplementedError", new PyString(reason))),
    ];

    private static UntranslatableException Unsupported(SyntaxNode node, string reason) => new(node, reason);

    private static SyntaxNode Field(SyntaxNode node, string field) =>
        node.ChildByField(field) ?? throw Unsupported(node, $"PHP {node.Type} without its {field} is not translated");

    /// <summary>The nodes of <paramref name="root"/> that belong to its own scope (not to nested functions or classes).</summary>
    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        foreach (var child in root.NamedChildren.Reverse())
        {
            stack.Push(child);
        }
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (ScopeBoundaries.Contains(node.Type))
            {
                continue;
            }
            foreach (var child in node.NamedChildren.Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<SyntaxNode> Named(SyntaxNode node) => node.NamedChildren.Where(c => c.Type != "comment");

    /// <summary>The only expression inside parentheses, or the node itself.</summary>
    private static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (node.Type == "parenthesized_expression" && Named(node).Count() == 1)
        {
            node = Named(node).First();
        }
        return node;
    }

    /// <summary>What the lowering is inside: a loop (with the statements a <c>continue</c> must run first) or a switch.</summary>
    private sealed record Frame(bool IsSwitch, IReadOnlyList<PyStatement> ContinuePrelude, IReadOnlyList<PyStatement>? BreakPrelude = null);

    /// <summary>A function's (or the program's) variables and their types.</summary>
    private sealed class Scope(Scope? parent, string? className, bool isStatic)
    {
        public Scope? Parent { get; } = parent;

        public string? ClassName { get; } = className;

        public bool IsStatic { get; } = isStatic;

        public Dictionary<string, PhpType> Types { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Globals { get; } = new(StringComparer.Ordinal);

        /// <summary>Top-level variables a closure takes by reference (declared global in it, and in closures it makes).</summary>
        public HashSet<string> ReferencedGlobals { get; } = new(StringComparer.Ordinal);

        /// <summary>Arrays whose elements are strings cut from text: the match arrays of <c>preg_match</c> and of its callbacks.</summary>
        public HashSet<string> TextArrays { get; } = new(StringComparer.Ordinal);

        /// <summary>Variables assigned an array literal somewhere in the scope (<c>+=</c> on them is array union).</summary>
        public HashSet<string> ArrayLiterals { get; } = new(StringComparer.Ordinal);

        /// <summary>Static locals and the module-level names they live under.</summary>
        public Dictionary<string, string> Renames { get; } = new(StringComparer.Ordinal);

        /// <summary>Variables a <c>catch</c> binds: their methods are Throwable's even where a class declares one of that name.</summary>
        public HashSet<string> Caught { get; } = new(StringComparer.Ordinal);

        /// <summary>Variables made another name for a place by <c>$v = &amp;place</c>: each use reads or writes that place.</summary>
        public Dictionary<string, SyntaxNode> Aliases { get; } = new(StringComparer.Ordinal);

        /// <summary>Variables that are <c>php_ref</c> cells (reference parameters given a new value): each use goes through <c>.v</c>.</summary>
        public HashSet<string> Boxed { get; } = new(StringComparer.Ordinal);

        /// <summary>A static method that names <c>static::</c>: a <c>@classmethod</c> whose <c>cls</c> is the class called on.</summary>
        public bool BindsStatic { get; set; }

        public PhpType TypeOf(string name) => Types.TryGetValue(name, out var t) ? t : PhpType.Unknown;
    }
}
