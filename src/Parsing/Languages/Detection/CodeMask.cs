namespace CodeIntel.Parsing.Languages;

/// <summary>
/// Blanks the inside of comments and string literals of C-family text (quotes and line breaks kept, every
/// other character of a comment or literal becomes a space), so that a syntax rule matches code and not
/// what code talks about: <c>// is null</c> or <c>"a => b"</c> say nothing about the language. JavaScript
/// regular-expression literals count as literals: a <c>/</c> where no operand can end (after <c>( , = : [ ! &amp; | ?
/// { } ;</c> or at the start of a line) opens one, which in the other languages is no division either.
/// </summary>
internal static class CodeMask
{
    public static string Apply(string text)
    {
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = BlankComment(chars, i, "\n", openLength: 2);
            }
            else if (c == '/' && next == '*')
            {
                i = BlankComment(chars, i, "*/", openLength: 2);
            }
            else if (c == '/' && StartsRegexLiteral(chars, i))
            {
                i = BlankRegexLiteral(chars, i);
            }
            else if (c is '"' or '\'' && StartsWith(chars, i, new string(c, 3)))
            {
                // A Python triple-quoted string, over as many lines as it takes.
                i = BlankComment(chars, i, new string(c, 3), openLength: 3);
            }
            else if (c == '"' && CSharpPrefix(chars, i) is var (verbatim, interpolated) && (verbatim || interpolated))
            {
                // A C# verbatim (@"…", which may run over lines and escapes " as "") or interpolated ($"…{hole}…")
                // string: the holes may hold strings of their own.
                i = BlankCSharpString(chars, i, verbatim, interpolated);
            }
            else if (c is '"' or '\'' or '`')
            {
                // A literal ends at its quote or, when it is unterminated or a raw/verbatim form this scanner does
                // not model, at the end of the line: a stray quote never blanks the rest of the snippet.
                i = BlankLiteral(chars, i, c, stopAtLineEnd: c != '`');
            }
            else
            {
                i++;
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// Blanks a comment or triple-quoted string from its opening (<paramref name="openLength"/> characters) up to
    /// <paramref name="end"/>, which is blanked too unless it is a line break; returns the index after it.
    /// </summary>
    private static int BlankComment(char[] chars, int start, string end, int openLength)
    {
        var i = start;
        while (i < chars.Length && !(i >= start + openLength && StartsWith(chars, i, end)))
        {
            if (chars[i] != '\n')
            {
                chars[i] = ' ';
            }
            i++;
        }
        if (end == "\n" || i >= chars.Length)
        {
            return i;
        }
        for (var k = i; k < i + end.Length; k++)
        {
            chars[k] = ' ';
        }
        return i + end.Length;
    }

    private static (bool Verbatim, bool Interpolated) CSharpPrefix(char[] chars, int quote)
    {
        var (verbatim, interpolated) = (false, false);
        for (var k = quote - 1; k >= 0 && k >= quote - 2; k--)
        {
            if (chars[k] == '@' && !verbatim)
            {
                verbatim = true;
            }
            else if (chars[k] == '$' && !interpolated)
            {
                interpolated = true;
            }
            else
            {
                break;
            }
        }
        return (verbatim, interpolated);
    }

    /// <summary>Blanks a C# verbatim or interpolated string from its opening quote; returns the index after it.</summary>
    private static int BlankCSharpString(char[] chars, int quote, bool verbatim, bool interpolated)
    {
        var depth = 0;
        var i = quote + 1;
        while (i < chars.Length)
        {
            var c = chars[i];
            var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
            if (c == '\n' && !verbatim && depth == 0)
            {
                return i;
            }
            var step = 1;
            if (depth > 0 && c is '"' or '\'')
            {
                var (nestedVerbatim, nestedInterpolated) = c == '"' ? CSharpPrefix(chars, i) : (false, false);
                var after = nestedVerbatim || nestedInterpolated
                    ? BlankCSharpString(chars, i, nestedVerbatim, nestedInterpolated)
                    : BlankLiteral(chars, i, c, stopAtLineEnd: true);
                step = after - i;
            }
            else if (c == '"' && depth == 0)
            {
                if (!(verbatim && next == '"'))
                {
                    return i + 1;
                }
                step = 2;
            }
            else if (c == '\\' && !verbatim && depth == 0 && next != '\n')
            {
                step = 2;
            }
            else if (interpolated && c == '{')
            {
                step = depth == 0 && next == '{' ? 2 : 1;
                depth += step == 1 ? 1 : 0;
            }
            else if (interpolated && c == '}' && depth > 0)
            {
                depth--;
            }
            for (var k = i; k < i + step && k < chars.Length; k++)
            {
                if (chars[k] != '\n')
                {
                    chars[k] = ' ';
                }
            }
            i += step;
        }
        return i;
    }

    private static int BlankLiteral(char[] chars, int start, char quote, bool stopAtLineEnd)
    {
        var i = start + 1;
        while (i < chars.Length && chars[i] != quote)
        {
            if (chars[i] == '\n')
            {
                if (stopAtLineEnd)
                {
                    return i;
                }
            }
            else
            {
                if (chars[i] == '\\' && i + 1 < chars.Length && chars[i + 1] != '\n')
                {
                    chars[i] = ' ';
                    i++;
                }
                chars[i] = ' ';
            }
            i++;
        }
        return i < chars.Length ? i + 1 : i;
    }

    private static bool StartsRegexLiteral(char[] chars, int slash)
    {
        var k = slash - 1;
        while (k >= 0 && chars[k] is ' ' or '\t')
        {
            k--;
        }
        return k < 0 || chars[k] is '\n' or '(' or ',' or '=' or ':' or '[' or '!' or '&' or '|' or '?' or '{' or '}' or ';';
    }

    /// <summary>
    /// Blanks <c>/body/</c> on one line (a <c>/</c> inside <c>[...]</c> or after <c>\</c> does not close it); a
    /// <c>/</c> with no closing one on its line is no literal and is stepped over.
    /// </summary>
    private static int BlankRegexLiteral(char[] chars, int start)
    {
        var inClass = false;
        var end = -1;
        for (var i = start + 1; i < chars.Length && chars[i] != '\n' && end < 0; i++)
        {
            if (chars[i] == '\\')
            {
                if (i + 1 < chars.Length && chars[i + 1] == '\n')
                {
                    break;
                }
                i++;
            }
            else if (chars[i] == '/' && !inClass)
            {
                end = i;
            }
            else
            {
                inClass = chars[i] == '[' || (inClass && chars[i] != ']');
            }
        }
        if (end < 0)
        {
            return start + 1;
        }
        for (var i = start + 1; i < end; i++)
        {
            chars[i] = ' ';
        }
        return end + 1;
    }

    private static bool StartsWith(char[] chars, int at, string value)
    {
        if (at + value.Length > chars.Length)
        {
            return false;
        }
        for (var k = 0; k < value.Length; k++)
        {
            if (chars[at + k] != value[k])
            {
                return false;
            }
        }
        return true;
    }
}
