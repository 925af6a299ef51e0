using System.Globalization;
using System.Text;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// .NET regular expressions as Python <c>re</c> patterns. The two dialects agree on most syntax (classes, escapes,
/// quantifiers, lookaround, backreferences, inline options at the start, <c>\d</c> and <c>\w</c> over Unicode);
/// what differs is rewritten (<c>(?&lt;name&gt;</c> is <c>(?P&lt;name&gt;</c>, <c>\k&lt;name&gt;</c> is
/// <c>(?P=name)</c>, .NET's <c>\z</c> is Python's <c>\Z</c>, .NET's <c>\Z</c> allows a final newline), and
/// what Python cannot say (Unicode categories, balancing groups, class subtraction, <c>\G</c>, conditionals)
/// is refused with a reason, never passed on to mean something else.
/// </summary>
internal static class CSharpRegexPatterns
{
    /// <summary>A .NET pattern as a Python pattern, or the reason it cannot be one.</summary>
    public static (string? Pattern, string? Problem) Pattern(string pattern)
    {
        var python = new StringBuilder();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 == pattern.Length)
                {
                    return (null, "a pattern ending in a backslash");
                }
                var next = pattern[++i];
                switch (next)
                {
                    case 'p' or 'P':
                        return (null, @"Unicode categories (\p{...})");
                    case 'G':
                        return (null, @"\G (a match contiguous with the previous one)");
                    case 'c':
                        return (null, @"control-character escapes (\cX)");
                    case 'e':
                        python.Append(@"\x1b");
                        continue;
                    case 'z' when !inClass:
                        python.Append(@"\Z");
                        continue;
                    case 'Z' when !inClass:
                        python.Append(@"(?=\n?\Z)"); // .NET's \Z also matches before a final newline
                        continue;
                    case 'k' when !inClass && i + 1 < pattern.Length && pattern[i + 1] is '<' or '\'':
                        var close = pattern.IndexOf(pattern[i + 1] == '<' ? '>' : '\'', i + 2);
                        if (close < 0)
                        {
                            return (null, "an unterminated \\k reference");
                        }
                        var name = pattern[(i + 2)..close];
                        python.Append(name.All(char.IsAsciiDigit) ? "\\" + name : $"(?P={name})");
                        i = close;
                        continue;
                }
                python.Append(c).Append(next);
                continue;
            }
            if (inClass)
            {
                switch (c)
                {
                    case ']':
                        inClass = false;
                        python.Append(c);
                        break;
                    case '-' when i + 1 < pattern.Length && pattern[i + 1] == '[':
                        return (null, "character class subtraction ([a-z-[aeiou]])");
                    case '[' or '&' or '~' or '|':
                        python.Append('\\').Append(c); // literal in .NET; Python reserves them for set operations
                        break;
                    default:
                        python.Append(c);
                        break;
                }
                continue;
            }
            switch (c)
            {
                case '[':
                    inClass = true;
                    python.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        python.Append(pattern[++i]);
                    }
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        python.Append(@"\]"); // a ']' first in a class is a member in both
                        i++;
                    }
                    break;
                case '{' when i + 1 < pattern.Length && pattern[i + 1] == ',':
                    return (null, "'{,n}', which .NET reads literally and Python as a quantifier");
                case '(' when i + 1 < pattern.Length && pattern[i + 1] == '?':
                    var (group, problem, length) = GroupOpening(pattern, i);
                    if (problem is not null)
                    {
                        return (null, problem);
                    }
                    python.Append(group);
                    i += length - 1;
                    break;
                default:
                    python.Append(c);
                    break;
            }
        }
        return (python.ToString(), null);
    }

    /// <summary>The opening of a <c>(?...</c> construct at <paramref name="start"/>: its Python spelling and how many characters it spans.</summary>
    private static (string Group, string? Problem, int Length) GroupOpening(string pattern, int start)
    {
        var rest = pattern[(start + 2)..];
        if (rest.StartsWith('<') && !rest.StartsWith("<=", StringComparison.Ordinal) && !rest.StartsWith("<!", StringComparison.Ordinal)
            || rest.StartsWith('\''))
        {
            var close = rest.IndexOf(rest[0] == '<' ? '>' : '\'', 1);
            if (close < 0)
            {
                return (string.Empty, "an unterminated group name", 0);
            }
            var name = rest[1..close];
            if (name.Contains('-', StringComparison.Ordinal))
            {
                return (string.Empty, "balancing groups ((?<a-b>...))", 0);
            }
            if (name.Length == 0 || name.All(char.IsAsciiDigit))
            {
                return (string.Empty, "a group named by a number", 0);
            }
            return ($"(?P<{name}>", null, close + 3);
        }
        if (rest.StartsWith('('))
        {
            return (string.Empty, "conditional groups ((?(...)yes|no))", 0);
        }
        var options = new string([.. rest.TakeWhile(ch => ch is 'i' or 'm' or 'n' or 's' or 'x' or '-')]);
        if (options.Length > 0 && rest.Length > options.Length && rest[options.Length] is ')' or ':')
        {
            if (options.Contains('n', StringComparison.Ordinal))
            {
                return (string.Empty, "the explicit-capture option (?n)", 0);
            }
            if (rest[options.Length] == ')' && (start > 0 || options.Contains('-', StringComparison.Ordinal)))
            {
                // Python takes global inline options only at the very start, and never turns one off there.
                return (string.Empty, "inline options after the start of the pattern or turning an option off", 0);
            }
        }
        return ("(?", null, 2);
    }

    /// <summary>A .NET replacement (<c>$1</c>, <c>${name}</c>, <c>$$</c>, <c>$0</c>) as a Python one (<c>\g&lt;1&gt;</c>), or the reason it cannot be one.</summary>
    public static (string? Replacement, string? Problem) Replacement(string replacement)
    {
        var python = new StringBuilder();
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c == '\\')
            {
                python.Append(@"\\"); // literal in .NET, an escape in Python
                continue;
            }
            if (c != '$' || i + 1 == replacement.Length)
            {
                python.Append(c);
                continue;
            }
            var next = replacement[i + 1];
            if (next == '$')
            {
                python.Append('$');
                i++;
            }
            else if (next == '&')
            {
                python.Append(@"\g<0>");
                i++;
            }
            else if (char.IsAsciiDigit(next))
            {
                var digits = new string([.. replacement[(i + 1)..].TakeWhile(char.IsAsciiDigit)]);
                python.Append(CultureInfo.InvariantCulture, $@"\g<{digits}>");
                i += digits.Length;
            }
            else if (next == '{' && replacement.IndexOf('}', i + 2) is var close and > 0)
            {
                python.Append(CultureInfo.InvariantCulture, $@"\g<{replacement[(i + 2)..close]}>");
                i = close;
            }
            else if (next is '`' or '\'' or '+' or '_')
            {
                return (null, $"the substitution ${next}");
            }
            else
            {
                python.Append('$');
            }
        }
        return (python.ToString(), null);
    }

    /// <summary>The names of Python's <c>re</c> flags for a <c>RegexOptions</c> value, or the reason it has none.</summary>
    public static (IReadOnlyList<string> Flags, string? Problem) Flags(int options)
    {
        var flags = new List<string>();
        (int Bit, string? Flag, string? Problem)[] table =
        [
            (1, "IGNORECASE", null), (2, "MULTILINE", null), (4, null, "RegexOptions.ExplicitCapture"), (8, null, null),
            (16, "DOTALL", null), (32, "VERBOSE", null), (64, null, "RegexOptions.RightToLeft"), (256, null, "RegexOptions.ECMAScript"),
            (512, null, null), (1024, null, "RegexOptions.NonBacktracking"),
        ];
        var known = 0;
        foreach (var (bit, flag, problem) in table)
        {
            known |= bit;
            if ((options & bit) == 0)
            {
                continue;
            }
            if (problem is not null)
            {
                return ([], problem);
            }
            if (flag is not null)
            {
                flags.Add(flag);
            }
        }
        return (options & ~known) != 0 ? ([], $"RegexOptions value {options}") : (flags, null);
    }
}
