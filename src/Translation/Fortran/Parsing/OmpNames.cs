namespace CodeIntel.Translation.Fortran.Parsing;

/// <summary>OpenMP directive names as Fortran spells them, longest first so that <c>parallel do</c> wins over <c>parallel</c>.</summary>
internal static class OmpNames
{
    private static readonly string[] Known =
    [
        "target teams distribute parallel do simd", "target teams distribute parallel do", "teams distribute parallel do simd",
        "teams distribute parallel do", "target teams distribute", "target parallel do", "distribute parallel do simd",
        "distribute parallel do", "teams distribute", "target teams", "target data", "target enter data", "target exit data",
        "target update", "parallel do simd", "parallel do", "parallel sections", "parallel workshare", "do simd",
        "taskloop simd", "declare simd", "declare target", "parallel", "do", "simd", "single", "master", "critical", "task",
        "taskloop", "taskgroup", "taskwait", "taskyield", "barrier", "sections", "section", "atomic", "flush", "ordered",
        "target", "teams", "distribute", "workshare", "threadprivate", "cancel", "cancellation point",
    ];

    /// <summary>Splits directive text into its name and clause text.</summary>
    public static (string Name, string Clauses) Split(string text)
    {
        var words = text.Trim();
        foreach (var name in Known)
        {
            if (words.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (words.Length == name.Length || !char.IsLetterOrDigit(words[name.Length]) && words[name.Length] != '_'))
            {
                return (name, words[name.Length..].Trim());
            }
        }
        int space = words.IndexOfAny([' ', '(']);
        return space < 0 ? (words.ToLowerInvariant(), "") : (words[..space].ToLowerInvariant(), words[space..].Trim());
    }

    /// <summary>Loop constructs: the block is the next do loop and the end directive is optional.</summary>
    public static bool IsLoop(string name) =>
        name.EndsWith(" do", StringComparison.Ordinal) || name is "do" or "simd" or "distribute" or "taskloop"
        || name.EndsWith(" simd", StringComparison.Ordinal) && name != "declare simd" || name.EndsWith("distribute", StringComparison.Ordinal);

    /// <summary>Directives with no block.</summary>
    public static bool IsStandalone(string name, string clauses) =>
        name is "barrier" or "taskwait" or "taskyield" or "flush" or "threadprivate" or "target enter data" or "target exit data"
            or "target update" or "declare simd" or "declare target" or "cancel" or "cancellation point"
        || name == "ordered" && clauses.Contains("depend", StringComparison.OrdinalIgnoreCase);
}
