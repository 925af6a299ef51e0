using System.Text;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// JavaScript's <c>\d</c> and <c>\w</c> (without the u flag) match ASCII only, where Python's <c>re</c> matches any
/// Unicode digit or letter in a str pattern: <c>/^\d{7}$/</c> would accept full-width digits. The classes are spelled
/// out as ASCII ranges; <c>re.ASCII</c> is not used because it would also narrow <c>\s</c> and case folding.
/// </summary>
internal static class JsRegexClasses
{
    private const string Digits = "0-9";
    private const string Word = "A-Za-z0-9_";

    /// <summary>The pattern with <c>\d \D \w \W</c> as ASCII classes, inside and outside brackets.</summary>
    public static string AsciiClasses(string pattern)
    {
        var text = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                text.Append(Escape(next, inClass));
                continue;
            }

            if (c == '[' && !inClass)
            {
                inClass = true;
            }
            else if (c == ']' && inClass)
            {
                inClass = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// One escape. Inside brackets a negated class (<c>[\D]</c>) has no range spelling, so it stays Python's (which
    /// differs only on non-ASCII digits and letters).
    /// </summary>
    private static string Escape(char next, bool inClass) => (next, inClass) switch
    {
        ('d', false) => "[" + Digits + "]",
        ('d', true) => Digits,
        ('D', false) => "[^" + Digits + "]",
        ('w', false) => "[" + Word + "]",
        ('w', true) => Word,
        ('W', false) => "[^" + Word + "]",
        _ => "\\" + next,
    };

    /// <summary>
    /// Whether every lookbehind (<c>(?&lt;=…)</c>, <c>(?&lt;!…)</c>) matches a fixed number of characters, which
    /// Python's <c>re</c> requires and JavaScript does not: literal characters, escapes of one character and classes,
    /// with no quantifier, alternation, group or back-reference inside. Those are read the same by both.
    /// </summary>
    public static bool LookbehindsFixedWidth(string pattern)
    {
        for (var start = pattern.IndexOf("(?<", StringComparison.Ordinal); start >= 0; start = pattern.IndexOf("(?<", start + 1, StringComparison.Ordinal))
        {
            if (start > 0 && pattern[start - 1] == '\\' || start + 3 >= pattern.Length || pattern[start + 3] is not ('=' or '!'))
            {
                continue;
            }
            var inClass = false;
            for (var i = start + 4; ; i++)
            {
                if (i >= pattern.Length)
                {
                    return false;
                }
                var c = pattern[i];
                if (c == '\\')
                {
                    if (i + 1 >= pattern.Length || char.IsAsciiDigit(pattern[i + 1]) || pattern[i + 1] is 'k' or 'u' or 'x' or 'c' or 'p' or 'P')
                    {
                        return false;
                    }
                    i++;
                }
                else if (inClass)
                {
                    inClass = c != ']';
                }
                else if (c == '[')
                {
                    inClass = true;
                }
                else if (c == ')')
                {
                    break;
                }
                else if (c is '(' or '|' or '*' or '+' or '?' or '{')
                {
                    return false;
                }
            }
        }
        return true;
    }
}
