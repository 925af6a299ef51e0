namespace CodeIntel.Translation.Routing;

/// <summary>
/// What the router refuses before any expert sees it, with a message that says why: sources past a size a
/// translation is meant for, and brackets nested deeper than the target can hold. CPython's tokenizer stops at
/// 200 levels of nested brackets ("too many nested parentheses"), so a deeper expression could not run as Python
/// even if translated; other targets get a generous bound that still keeps the experts' recursion finite.
/// </summary>
public static class SourceLimits
{
    /// <summary>The largest source accepted, in characters (a file of 2 million characters is far beyond one module of code).</summary>
    public const int MaxCharacters = 2_000_000;

    /// <summary>The deepest bracket nesting accepted for Python output: CPython's limit, 200, less a margin for brackets the translation adds.</summary>
    public const int MaxPythonNesting = 180;

    /// <summary>The deepest bracket nesting accepted for the other targets.</summary>
    public const int MaxNesting = 1_000;

    /// <exception cref="TranslationUnavailableException">The source is too large or nests too deeply for <paramref name="target"/>.</exception>
    public static void Check(string source, TranslationTarget target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.Length > MaxCharacters)
        {
            throw new TranslationUnavailableException(
                $"The source has {source.Length:N0} characters; translation takes at most {MaxCharacters:N0}. Translate one file or a selection at a time.");
        }
        var limit = target == TranslationTarget.Python ? MaxPythonNesting : MaxNesting;
        var (depth, line) = DeepestNesting(source);
        if (depth > limit)
        {
            var why = target == TranslationTarget.Python
                ? "Python's parser stops at 200 levels of nested brackets, so the translation could not run"
                : $"translation handles at most {limit}";
            throw new TranslationUnavailableException(
                $"The source nests brackets {depth} levels deep (line {line + 1}); {why}. Split the expression into named parts first.");
        }
    }

    /// <summary>
    /// The deepest nesting of <c>( [ {</c> and the (0-based) line where it is reached. Quoted text is skipped, so
    /// brackets inside string and character literals do not count; comments are not recognised, which can only
    /// make a commented bracket count.
    /// </summary>
    public static (int Depth, int Line) DeepestNesting(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int depth = 0, deepest = 0, deepestLine = 0, line = 0;
        char quote = '\0';
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                quote = '\0';
                continue;
            }
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                continue;
            }
            switch (c)
            {
                case '"' or '\'' or '`':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    if (++depth > deepest)
                    {
                        (deepest, deepestLine) = (depth, line);
                    }
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return (deepest, deepestLine);
    }
}
