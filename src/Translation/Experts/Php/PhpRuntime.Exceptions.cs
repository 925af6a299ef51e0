namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's SPL exception classes (with PHP's names and hierarchy), <c>php_exception</c>, which gives an exception
/// the code and previous exception that PHP's constructor takes after the message, and PHP's names of types and
/// classes (<c>gettype</c>, <c>get_class</c>).
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddExceptionHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        foreach (var (name, parent) in PhpLowering.SplExceptions)
        {
            definitions[name] = (parent == "Exception" ? [] : [parent], $"class {name}({parent}):\n    pass\n");
        }
        definitions["php_get_class"] = ([], """
            def php_get_class(o):
                # The PHP name of an engine error raised as Python's own.
                name = type(o).__name__
                return {"ZeroDivisionError": "DivisionByZeroError"}.get(name, name)
            """);
        definitions["php_gettype"] = ([], """
            def php_gettype(v):
                if v is None:
                    return "NULL"
                if isinstance(v, bool):
                    return "boolean"
                if isinstance(v, int):
                    return "integer"
                if isinstance(v, float):
                    return "double"
                if isinstance(v, str):
                    return "string"
                return "array" if isinstance(v, (list, dict)) else "object"
            """);
        definitions["php_exception"] = ([], """
            def php_exception(e, code=0, previous=None):
                # PHP's exceptions take (message, code, previous); Python's keep the message alone.
                e.code = code
                e.previous = previous
                return e
            """);
    }
}
