namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's SPL exception classes (with PHP's names and hierarchy) and <c>php_exception</c>, which gives an exception
/// the code and previous exception that PHP's constructor takes after the message.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddExceptionHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        foreach (var (name, parent) in PhpLowering.SplExceptions)
        {
            definitions[name] = (parent == "Exception" ? [] : [parent], $"class {name}({parent}):\n    pass\n");
        }
        definitions["php_exception"] = ([], """
            def php_exception(e, code=0, previous=None):
                # PHP's exceptions take (message, code, previous); Python's keep the message alone.
                e.code = code
                e.previous = previous
                return e
            """);
    }
}
