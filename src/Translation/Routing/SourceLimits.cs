namespace CodeIntel.Translation.Routing;

/// <summary>
/// What the router refuses before any expert sees it, with a message that says why: binary data, sources past a
/// size a translation is meant for, and brackets nested deeper than the target can hold. CPython's tokenizer stops at
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
        var (unreadable, firstLine) = Unreadable(source);
        if (unreadable > 0 && (source.Contains('\0', StringComparison.Ordinal) || unreadable >= 8 && unreadable * 100 > source.Length))
        {
            throw new TranslationUnavailableException(
                $"The source is not text: {unreadable:N0} of its {source.Length:N0} characters are NUL, control characters or bytes " +
                $"that are not UTF-8 (the first on line {firstLine + 1}). Translation takes source code; open the file as UTF-8 text.");
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
    /// How many characters no source file holds (NUL and other control characters besides tab, line feed, carriage
    /// return and form feed; U+FFFD, which decoding puts where the bytes were not UTF-8), and the 0-based line of the
    /// first. A few are tolerated (a stray byte in a comment); a binary file has many, and NUL is refused at once.
    /// </summary>
    public static (int Count, int FirstLine) Unreadable(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int count = 0, line = 0, firstLine = -1;
        foreach (var c in source)
        {
            if (c == '\n')
            {
                line++;
            }
            else if (c == '\uFFFD' || char.IsControl(c) && c is not ('\t' or '\r' or '\f'))
            {
                count++;
                firstLine = firstLine < 0 ? line : firstLine;
            }
        }
        return (count, Math.Max(0, firstLine));
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
