using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// State of one lowering run: imports and helpers asked for, warnings, variable scopes with their kinds, the
/// function frames (for <c>nonlocal</c>/<c>global</c>), loop frames (what a <c>continue</c> runs first) and a
/// buffer of statements to run before the current one. The lowering runs twice: the first run records every
/// kind a variable is assigned, the second reads the joined kinds, so a use before a later float assignment
/// is already formatted as a float.
/// </summary>
internal sealed class JsContext(JsProgramFacts facts, IReadOnlyDictionary<string, JsType>? settled, IReadOnlyDictionary<string, JsType>? settledReturns)
    : PythonOutputContext
{
    private readonly List<Scope> _scopes = [];
    private readonly List<FunctionFrame> _functions = [];
    private Stack<LoopFrame> _loops = new();
    private int _temporaries;

    public JsProgramFacts Facts { get; } = facts;

    /// <summary>Every kind assigned to each variable (keyed by declaration), joined; read by the second run.</summary>
    public Dictionary<string, JsType> Recorded { get; } = new(StringComparer.Ordinal);

    /// <summary>Kinds assigned to <c>this.name</c> in any class, joined; the second run reads the first run's.</summary>
    public Dictionary<string, JsType> Fields { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsType>? SettledFields { get; init; }

    public void AssignField(string name, JsType type) => Fields[name] = Fields.TryGetValue(name, out var old) ? JsType.Join(old, type) : type;

    public JsType FieldType(string name) =>
        SettledFields is not null && SettledFields.TryGetValue(name, out var settledType) ? settledType : Fields.GetValueOrDefault(name, JsType.Unknown);

    /// <summary>Kinds of the arguments passed to functions that are only called (keyed "name#index"), joined; the second run reads the first run's.</summary>
    public Dictionary<string, JsType> Arguments { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsType>? SettledArguments { get; init; }

    public void PassArgument(string function, int index, JsType type)
    {
        var key = $"{function}#{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        Arguments[key] = Arguments.TryGetValue(key, out var old) ? JsType.Join(old, type) : type;
    }

    public JsType? ArgumentType(string function, int index) =>
        SettledArguments is not null && SettledArguments.TryGetValue($"{function}#{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}", out var type) ? type : null;

    /// <summary>Return kinds of the program's functions, joined over their returns.</summary>
    public Dictionary<string, JsType> Returns { get; } = settledReturns is null ? new(StringComparer.Ordinal) : new(settledReturns, StringComparer.Ordinal);

    /// <summary>Statements to run before the current statement, or null where none may be added (loop conditions).</summary>
    public List<PyStatement>? Before { get; set; }

    /// <summary>The class whose methods are being lowered (its name), for <c>super</c> and field kinds.</summary>
    public string? Class { get; set; }

    /// <summary>A fresh name for the translation's own variables and defs; never one the program declares (a parameter fn).</summary>
    public string Temporary(string hint)
    {
        string name;
        do
        {
            name = $"{hint}{(++_temporaries == 1 ? string.Empty : _temporaries.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
        }
        while (Facts.Declared.Contains(name));
        return name;
    }

    public void PushScope(int owner) => _scopes.Add(new Scope(owner, new(StringComparer.Ordinal)));

    public void PopScope() => _scopes.RemoveAt(_scopes.Count - 1);

    public void PushFunction(string? name)
    {
        _functions.Add(new FunctionFrame(name, _scopes.Count, [], _loops));
        _loops = new Stack<LoopFrame>();
        PushScope(-_functions.Count);
    }

    /// <summary>Ends a function and returns the outer variables it assigns (nonlocal) and the module ones (global).</summary>
    public (IReadOnlyList<string> Nonlocal, IReadOnlyList<string> Global) PopFunction()
    {
        PopScope();
        var frame = _functions[^1];
        _functions.RemoveAt(_functions.Count - 1);
        _loops = frame.Loops;
        var nonlocals = frame.Outer.Where(o => !o.Global).Select(o => o.Name).Distinct().ToList();
        var globals = frame.Outer.Where(o => o.Global).Select(o => o.Name).Distinct().ToList();
        return (nonlocals, globals);
    }

    public string? FunctionName => _functions.Count == 0 ? null : _functions[^1].Name;

    public bool InFunction => _functions.Count > 0;

    /// <summary>Kinds of the program's top-level names (a hoisted function may read one declared below it).</summary>
    public Dictionary<string, JsType> TopLevel { get; } = new(StringComparer.Ordinal);

    /// <summary>The previous run's <see cref="TopLevel"/>: what a name not yet declared in this run will hold.</summary>
    public IReadOnlyDictionary<string, JsType>? SettledTopLevel { get; init; }

    public void Declare(string name, int declaredAt, JsType type)
    {
        var key = $"{declaredAt}:{name}";
        _scopes[^1].Variables[name] = key;
        Record(key, type);
        if (_scopes.Count == 1)
        {
            TopLevel[name] = TopLevel.TryGetValue(name, out var old) ? JsType.Join(old, type) : type;
        }
    }

    /// <summary>The kind of <paramref name="name"/>: what the first run recorded, else what is known so far; null when undeclared.</summary>
    public JsType? Lookup(string name)
    {
        var key = Resolve(name)?.Key;
        if (key is null)
        {
            return null;
        }
        if (settled is not null && settled.TryGetValue(key, out var joined))
        {
            return joined;
        }
        var known = Recorded.GetValueOrDefault(key, JsType.Unknown);
        // A hoisted function reads a top-level name declared below it: only declared so far in this run, it will
        // hold what it held at the end of the previous run.
        return known.Kind == JsKind.Null && _functions.Count > 0 && SettledTopLevel is not null && SettledTopLevel.TryGetValue(name, out var later) ? later : known;
    }

    /// <summary>Records an assignment to <paramref name="name"/>; one crossing a function boundary needs a nonlocal or global.</summary>
    public void Assign(string name, JsType type)
    {
        var found = Resolve(name);
        if (found is null)
        {
            return;
        }
        Record(found.Value.Key, type);
        if (_functions.Count == 0)
        {
            return;
        }
        var frame = _functions[^1];
        if (found.Value.Depth < frame.ScopeDepth)
        {
            var global = found.Value.Depth < (_functions.Count > 0 ? _functions[0].ScopeDepth : 0);
            frame.Outer.Add((name, global));
        }
    }

    private void Record(string key, JsType type) => Recorded[key] = Recorded.TryGetValue(key, out var old) ? JsType.Join(old, type) : type;

    private (string Key, int Depth)? Resolve(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].Variables.TryGetValue(name, out var key))
            {
                return (key, i);
            }
        }
        return null;
    }

    public void PushLoop(IReadOnlyList<PyStatement> beforeContinue, LoopKind kind = LoopKind.Loop) => _loops.Push(new LoopFrame(beforeContinue, kind));

    public void PopLoop() => _loops.Pop();

    /// <summary>The innermost real loop, or the innermost switch / forEach body when one is closer.</summary>
    /// <summary>How many loops (not switches) enclose the current statement in this function.</summary>
    public int LoopDepth => _loops.Count(l => l.Kind != LoopKind.Switch);

    public LoopKind InnermostKind => _loops.Count == 0 ? LoopKind.None : _loops.Peek().Kind;

    /// <summary>What a <c>continue</c> must run first: the update of a for loop lowered to while.</summary>
    public IReadOnlyList<PyStatement> BeforeContinue => _loops.FirstOrDefault(l => l.Kind != LoopKind.Switch)?.BeforeContinue ?? [];

    /// <summary>Whether a <c>return</c> here is the end of a forEach callback (a <c>continue</c> of the loop it became).</summary>
    public bool InCallbackLoop => _loops.Any(l => l.Kind == LoopKind.Callback);

    /// <summary>Whether the innermost loop (switches aside) is a forEach callback, so a continue reaches it.</summary>
    public bool CallbackInnermost => _loops.FirstOrDefault(l => l.Kind != LoopKind.Switch)?.Kind == LoopKind.Callback;

    public T WithoutBefore<T>(Func<T> lower)
    {
        var before = Before;
        Before = null;
        try
        {
            return lower();
        }
        finally
        {
            Before = before;
        }
    }

    public static string SafeName(string name)
    {
        // #private members become _private, Python's convention, and never collide with a public getter.
        var plain = name.Replace("$", "_S", StringComparison.Ordinal);
        plain = plain.StartsWith('#') ? "_" + plain[1..] : plain;
        return plain is "json" or "re" or "random" or "js_str" or "js_print" or "js_inspect" ? plain + "_" : PythonNames.Safe(plain);
    }

    private sealed record Scope(int Owner, Dictionary<string, string> Variables);

    private sealed record FunctionFrame(string? Name, int ScopeDepth, List<(string Name, bool Global)> Outer, Stack<LoopFrame> Loops);

    private sealed record LoopFrame(IReadOnlyList<PyStatement> BeforeContinue, LoopKind Kind);
}

/// <summary>What a <c>break</c> or <c>continue</c> leaves.</summary>
internal enum LoopKind
{
    None,
    Loop,
    Switch,
    Callback,
}
