using System.Text;
using System.Text.RegularExpressions;

namespace CodeIntel.Parsing.Workspace.GitIgnore;

/// <summary>Translates the glob part of a gitignore pattern into a regular expression over '/'-separated paths.</summary>
internal static class GitIgnoreGlob
{
    /// <summary>
    /// Builds the matcher for <paramref name="glob"/> (no leading or trailing '/').
    /// An anchored glob matches the whole path; an unanchored one matches the last path components.
    /// </summary>
    public static Regex ToRegex(string glob, bool anchored)
    {
        var body = Translate(glob);
        var pattern = anchored ? $"^{body}$" : $"^(?:.*/)?{body}$";
        // Patterns come from repositories we do not control. With up to two unbounded quantifiers, backtracking
        // stays polynomial over a path; with more, a hostile line such as "*a*a*a*a*b" could run for hours, so those
        // use the linear-time engine. It is not used for all patterns because it takes milliseconds to build one.
        var quantifiers = CountStarRuns(glob) + (anchored ? 0 : 1);
        var options = RegexOptions.CultureInvariant | (quantifiers > 2 ? RegexOptions.NonBacktracking : RegexOptions.None);
        return new Regex(pattern, options);
    }

    private static int CountStarRuns(string glob)
    {
        var runs = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*' && (i == 0 || glob[i - 1] != '*'))
            {
                runs++;
            }
        }
        return runs;
    }

    private static string Translate(string glob)
    {
        var regex = new StringBuilder(glob.Length * 2);
        var i = 0;
        while (i < glob.Length)
        {
            var c = glob[i];
            switch (c)
            {
                case '*':
                    i = AppendStars(glob, i, regex);
                    continue;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    var end = AppendBracket(glob, i, regex);
                    if (end > i)
                    {
                        i = end + 1;
                        continue;
                    }
                    regex.Append(@"\[");
                    break;
                case '\\' when i + 1 < glob.Length:
                    i++;
                    regex.Append(Regex.Escape(glob[i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
            i++;
        }
        return regex.ToString();
    }

    /// <summary>Appends a run of '*' starting at <paramref name="start"/> and returns the index after it.</summary>
    private static int AppendStars(string glob, int start, StringBuilder regex)
    {
        var end = start;
        while (end < glob.Length && glob[end] == '*')
        {
            end++;
        }
        var wholeComponent = end - start >= 2
            && (start == 0 || glob[start - 1] == '/')
            && (end == glob.Length || glob[end] == '/');
        if (!wholeComponent)
        {
            // Any other run of stars is an ordinary '*': it never crosses a '/'.
            regex.Append("[^/]*");
            return end;
        }
        if (end == glob.Length)
        {
            // Trailing "/**" (or a lone "**"): everything inside.
            regex.Append(".*");
            return end;
        }
        // "**/" matches zero or more whole directories; the slash is consumed with it.
        regex.Append("(?:.*/)?");
        return end + 1;
    }

    /// <summary>
    /// Appends a bracket expression that opens at <paramref name="open"/> and returns the index of its closing ']',
    /// or -1 when it never closes (the '[' is then literal, as in git).
    /// </summary>
    private static int AppendBracket(string glob, int open, StringBuilder regex)
    {
        var i = open + 1;
        var negated = i < glob.Length && glob[i] is '!' or '^';
        if (negated)
        {
            i++;
        }
        var members = new StringBuilder();
        var first = true;
        for (; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == ']' && !first)
            {
                regex.Append(negated ? "[^/" : "[").Append(members).Append(']');
                return i;
            }
            if (c == '\\' && i + 1 < glob.Length)
            {
                members.Append(ClassLiteral(glob[++i]));
            }
            else if (c == '-' && !first && i + 1 < glob.Length && glob[i + 1] != ']')
            {
                members.Append('-');
            }
            else
            {
                members.Append(ClassLiteral(c));
            }
            first = false;
        }
        return -1;
    }

    private static string ClassLiteral(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();
}
