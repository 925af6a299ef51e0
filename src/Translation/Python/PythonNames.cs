namespace CodeIntel.Translation.Python;

/// <summary>
/// Keeps source identifiers usable in Python: a name that is a Python keyword, or a builtin or module the
/// translated code calls (<c>max</c>, <c>len</c>, <c>math</c>), gets a trailing underscore, as PEP 8 advises.
/// Without it <c>int max = 0; max = Math.max(max, x);</c> would become a call of an int.
/// </summary>
public static class PythonNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        // Keywords and soft keywords.
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type",
        // Builtins and modules that translations call.
        "abs", "all", "any", "bin", "bool", "chr", "dict", "divmod", "enumerate", "filter", "float", "format", "hash",
        "hex", "int", "isinstance", "iter", "len", "list", "map", "max", "min", "next", "object", "oct", "ord", "pow",
        "print", "range", "reversed", "round", "set", "sorted", "str", "sum", "tuple", "zip", "input", "id",
        "math", "sys", "functools", "collections", "heapq", "bisect", "itertools", "self", "cls",
        "trunc_div", "trunc_mod", "Exception", "ValueError", "IndexError", "ZeroDivisionError", "deque",
        "defaultdict", "Counter", "cmp_to_key", "reduce", "copy", "decimal", "threading", "re",
        "java_str", "java_split", "java_compare_to", "java_monitor", "cpp_stream", "exact_cbrt", "TypeError", "KeyError",
    };

    /// <summary><paramref name="name"/>, or <paramref name="name"/> with a trailing underscore when it is reserved.</summary>
    public static string Safe(string name) => Reserved.Contains(name) ? name + "_" : name;
}
