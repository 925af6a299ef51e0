using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// The state of one translation: imports and helpers the output needs, warnings, the variables in scope with
/// their types, the user functions' return types, the loops being lowered (for <c>continue</c>), and the
/// statements an expression needs to run before or after the statement that holds it (<c>a[i++] = x</c>).
/// </summary>
internal sealed class LoweringContext(CDialect dialect) : PythonOutputContext
{
    private readonly List<Dictionary<string, CType>> _scopes = [new(StringComparer.Ordinal)];
    private readonly Stack<LoopFrame> _loops = new();
    private int _temporaries;

    public CDialect Dialect { get; } = dialect;

    /// <summary>Return types of the functions and methods defined in the source, by name.</summary>
    public Dictionary<string, CType> Functions { get; } = new(StringComparer.Ordinal);

    /// <summary>Parameter types of the functions and methods defined in the source, by Python name.</summary>
    public Dictionary<string, IReadOnlyList<CType>> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Names defined more than once (overloads, or methods of two classes): their parameter types are not one list.</summary>
    public HashSet<string> Ambiguous { get; } = new(StringComparer.Ordinal);

    /// <summary>The parameter types of each constructor of each Java class of the source.</summary>
    public Dictionary<string, List<IReadOnlyList<CType>>> ConstructorParameters { get; } = new(StringComparer.Ordinal);

    /// <summary>The definition of each function and method, by Python name.</summary>
    public Dictionary<string, SyntaxNode> Definitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Overloaded function and method names, with the Python name and parameters of each overload.</summary>
    public Dictionary<string, IReadOnlyList<Overload>> Overloads { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of module-level variables (C++ globals, Java static fields of an unwrapped class).</summary>
    public HashSet<string> Globals { get; } = new(StringComparer.Ordinal);

    /// <summary>Globals assigned by the function being lowered: they need a <c>global</c> declaration.</summary>
    public HashSet<string> AssignedGlobals { get; } = new(StringComparer.Ordinal);

    /// <summary>The class whose members are being lowered, when members are kept in a Python class.</summary>
    public ClassScope? Class { get; set; }

    /// <summary>The classes lowered so far, by name: a subclass inherits their fields and methods.</summary>
    public Dictionary<string, ClassScope> Classes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every class the Java source declares (kept as a Python class or not).</summary>
    public HashSet<string> SourceClasses { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Names that stand for another place while a loop body is lowered: the reference variable of
    /// <c>for (int&amp; x : v)</c> is <c>v[i]</c>, so assigning it assigns the element.
    /// </summary>
    public Dictionary<string, (LoweredExpression Value, bool InString)> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// C++ iterators kept in variables (<c>auto it = lower_bound(v.begin(), v.end(), x)</c>) into a vector or string,
    /// with the container node: the variable holds the index it stands at.
    /// </summary>
    public Dictionary<string, Parsing.TreeSitter.SyntaxNode> IteratorVariables { get; } = new(StringComparer.Ordinal);

    /// <summary>C++ functions that assign reference parameters, with those parameters' positions and names.</summary>
    public Dictionary<string, List<(int Index, string Name)>> OutParameters { get; } = new(StringComparer.Ordinal);

    private bool _outParameterCall;

    /// <summary>Lowers a call of a function with out parameters where its results are assigned back.</summary>
    public T WithOutParameterCall<T>(Func<T> lower)
    {
        _outParameterCall = true;
        try
        {
            return lower();
        }
        finally
        {
            _outParameterCall = false;
        }
    }

    /// <summary>Whether the call being lowered is the one <see cref="WithOutParameterCall"/> allows (asked once: calls in its arguments are not).</summary>
    public bool TakeOutParameterCall()
    {
        var allowed = _outParameterCall;
        _outParameterCall = false;
        return allowed;
    }

    /// <summary>The C++ structs and classes of the source: values that assignment copies.</summary>
    public HashSet<string> Structs { get; } = new(StringComparer.Ordinal);

    /// <summary>The Java enums of the source, with their constants in declaration order.</summary>
    public Dictionary<string, IReadOnlyList<string>> Enums { get; } = new(StringComparer.Ordinal);

    public CType ReturnType { get; set; } = CType.Unknown;

    /// <summary>Every method name the Java source declares: a field of the same name needs another Python name.</summary>
    public HashSet<string> MethodNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The Python attribute of a field: a field named like a method (<c>size</c> and <c>size()</c>) gets a
    /// trailing underscore, since one Python attribute cannot be both.</summary>
    public string FieldName(string field) => MethodNames.Contains(field) ? SafeName(field) + "_" : SafeName(field);

    /// <summary>C++ typedefs and using-aliases of the unit, by name.</summary>
    public Dictionary<string, CType> TypeAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>The base class each Java class of the source extends, by class name.</summary>
    public Dictionary<string, string> BaseClasses { get; } = new(StringComparer.Ordinal);

    /// <summary>The kept Java class whose <c>static void main(String[])</c> the program starts in, if any.</summary>
    public string? MainClass { get; set; }

    /// <summary>Sizes of the fixed multi-dimensional arrays declared in the function, for memset.</summary>
    public Dictionary<string, IReadOnlyList<PyExpression>> ArrayShapes { get; } = new(StringComparer.Ordinal);

    /// <summary>C++ iterators bound by a begin()/end() loop lowered to a Python for: <c>*it</c> is the element itself.</summary>
    public HashSet<string> Iterators { get; } = new(StringComparer.Ordinal);

    /// <summary>Arrays just declared zero-filled, with nothing run since: a following <c>memset(a, 0, ...)</c> has nothing to do.</summary>
    public HashSet<string> ZeroFilled { get; } = new(StringComparer.Ordinal);

    /// <summary>Loop counters known never to go below zero while their loop runs (counting up from zero or more).</summary>
    public HashSet<string> NonNegative { get; } = new(StringComparer.Ordinal);

    /// <summary>Statements to run before the current statement, or null where none may be added (a loop condition).</summary>
    public List<PyStatement>? Before { get; set; }

    /// <summary>Statements to run after the current statement, or null where none may be added.</summary>
    public List<PyStatement>? After { get; set; }

    public void PushScope() => _scopes.Add(new(StringComparer.Ordinal));

    public void PopScope() => _scopes.RemoveAt(_scopes.Count - 1);

    public void Declare(string name, CType type)
    {
        _scopes[^1][name] = type;
        IteratorVariables.Remove(name);
    }

    /// <summary>The type of the variable <paramref name="name"/>, innermost scope first; null when not declared.</summary>
    public CType? Lookup(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGetValue(name, out var type))
            {
                return type;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="name"/> resolves to a module-level variable rather than a local.</summary>
    public bool IsGlobal(string name)
    {
        for (var i = _scopes.Count - 1; i >= 1; i--)
        {
            if (_scopes[i].ContainsKey(name))
            {
                return false;
            }
        }
        return Globals.Contains(name);
    }

    public string Temporary(string hint) => $"{hint}{(++_temporaries == 1 ? string.Empty : _temporaries.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    public void PushLoop(IReadOnlyList<PyStatement> beforeContinue) => _loops.Push(new LoopFrame(beforeContinue));

    public void PopLoop() => _loops.Pop();

    /// <summary>What a <c>continue</c> of the innermost loop must run first: the update of a C-style for lowered to while.</summary>
    public IReadOnlyList<PyStatement> BeforeContinue => _loops.Count == 0 ? [] : _loops.Peek().BeforeContinue;

    /// <summary>Runs a lowering whose result may be thrown away: when it returns null, the statements it queued to
    /// run before or after the current one are dropped too, so lowering the same nodes again does not run their
    /// side effects twice.</summary>
    public T? Tentatively<T>(Func<T?> lower)
        where T : class
    {
        var (before, after) = (Before?.Count, After?.Count);
        var result = lower();
        if (result is null)
        {
            Truncate(Before, before);
            Truncate(After, after);
        }
        return result;
    }

    private static void Truncate(List<PyStatement>? buffer, int? count)
    {
        if (buffer is not null && count is { } n && buffer.Count > n)
        {
            buffer.RemoveRange(n, buffer.Count - n);
        }
    }

    /// <summary>Runs <paramref name="lower"/> with statement buffers disabled (inside a condition or a short-circuit branch).</summary>
    /// <summary>
    /// The types of the parameters of the lambda about to be lowered, where the call it is passed to decides them
    /// (<c>list.sort((a, b) -&gt; ...)</c> compares two elements); the last one repeats. Taken by that lambda only.
    /// </summary>
    public IReadOnlyList<CType>? LambdaHint { get; set; }

    /// <summary>Lowers with <see cref="LambdaHint"/> set to <paramref name="hint"/>, then restores it.</summary>
    public T WithLambdaHint<T>(IReadOnlyList<CType>? hint, Func<T> lower)
    {
        var outer = LambdaHint;
        LambdaHint = hint;
        try
        {
            return lower();
        }
        finally
        {
            LambdaHint = outer;
        }
    }

    public T WithoutBuffers<T>(Func<T> lower)
    {
        var (before, after) = (Before, After);
        (Before, After) = (null, null);
        try
        {
            return lower();
        }
        finally
        {
            (Before, After) = (before, after);
        }
    }

    private sealed record LoopFrame(IReadOnlyList<PyStatement> BeforeContinue);

    public static string SafeName(string name) => PythonNames.Safe(name.Replace("$", "_S", StringComparison.Ordinal));
}
