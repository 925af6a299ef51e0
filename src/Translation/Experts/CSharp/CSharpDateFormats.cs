using System.Text;
using System.Text.RegularExpressions;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// .NET date formats for <c>DateOnly</c> in the invariant culture, read token by token (runs of <c>y</c>, <c>M</c>,
/// <c>d</c>; quoted and escaped literals; <c>/</c> as the invariant date separator): for ToString, a
/// <c>str.format</c> template over a <c>datetime.date</c> (<c>{0.month:02d}-{0.day:02d}</c>; month and day names
/// through strftime's <c>%b</c>/<c>%B</c>/<c>%a</c>/<c>%A</c>, which the C locale Python starts in spells as the
/// invariant culture does); for TryParseExact, a regular expression of ASCII digits with the year, month and day
/// groups. A format with time specifiers, or anything else these rules do not cover, gives null (reported).
/// </summary>
internal static class CSharpDateFormats
{
    /// <summary>The invariant culture's standard date formats that DateOnly accepts.</summary>
    private static string? Standard(string format) => format switch
    {
        "d" => "MM/dd/yyyy",
        "D" => "dddd, dd MMMM yyyy",
        "o" or "O" => "yyyy'-'MM'-'dd",
        "M" or "m" => "MMMM dd",
        "Y" or "y" => "yyyy MMMM",
        _ => null,
    };

    /// <summary>One token: a run of a specifier letter (<c>Letter</c> and its count) or literal text (<c>Letter</c> is '\0').</summary>
    private readonly record struct Token(char Letter, int Count, string Text);

    private static List<Token>? Tokens(string format)
    {
        if (format.Length == 1)
        {
            format = Standard(format) ?? string.Empty;
            if (format.Length == 0)
            {
                return null;
            }
        }
        var tokens = new List<Token>();
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            switch (c)
            {
                case 'y' or 'M' or 'd':
                    var start = i;
                    while (i < format.Length && format[i] == c)
                    {
                        i++;
                    }
                    tokens.Add(new Token(c, i - start, string.Empty));
                    break;
                case 'f' or 'F' or 'g' or 'h' or 'H' or 'K' or 'm' or 's' or 't' or 'z' or '%':
                    return null; // time parts (DateOnly throws on them) and single-letter custom escapes
                case '\'' or '"':
                    var close = format.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        return null;
                    }
                    tokens.Add(new Token('\0', 0, format[(i + 1)..close]));
                    i = close + 1;
                    break;
                case '\\':
                    if (i + 1 >= format.Length)
                    {
                        return null;
                    }
                    tokens.Add(new Token('\0', 0, format[i + 1].ToString()));
                    i += 2;
                    break;
                default:
                    tokens.Add(new Token('\0', 0, c.ToString())); // '/' and ':' are the invariant culture's separators themselves
                    i++;
                    break;
            }
        }
        return tokens;
    }

    /// <summary>A str.format template printing a datetime.date (argument 0) as ToString(format) does, or null.</summary>
    public static string? Template(string format)
    {
        var tokens = Tokens(format);
        if (tokens is null)
        {
            return null;
        }
        var template = new StringBuilder();
        foreach (var token in tokens)
        {
            var piece = (token.Letter, token.Count) switch
            {
                ('\0', _) => token.Text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal),
                ('y', 2) => "{0:%y}",
                ('y', >= 3) => "{0.year:0" + token.Count + "d}",
                ('M', 1) => "{0.month}",
                ('M', 2) => "{0.month:02d}",
                ('M', 3) => "{0:%b}",
                ('M', _) => "{0:%B}",
                ('d', 1) => "{0.day}",
                ('d', 2) => "{0.day:02d}",
                ('d', 3) => "{0:%a}",
                ('d', _) => "{0:%A}",
                _ => null, // a single y (the year mod 100 without padding)
            };
            if (piece is null)
            {
                return null;
            }
            template.Append(piece);
        }
        return template.ToString();
    }

    /// <summary>
    /// The regular expression TryParseExact matches with DateTimeStyles.None (no white space), and the groups of
    /// the year, month and day; null unless the format names each once with digits (yyyy, M or MM, d or dd).
    /// </summary>
    public static (string Pattern, int Year, int Month, int Day)? ParsePattern(string format)
    {
        var tokens = Tokens(format);
        if (tokens is null)
        {
            return null;
        }
        var pattern = new StringBuilder();
        int year = 0, month = 0, day = 0, group = 0;
        foreach (var token in tokens)
        {
            switch (token.Letter, token.Count)
            {
                case ('\0', _):
                    pattern.Append(Regex.Escape(token.Text));
                    continue;
                case ('y', 4) when year == 0:
                    year = ++group;
                    pattern.Append("([0-9]{4})");
                    continue;
                case ('M', 1 or 2) when month == 0:
                    month = ++group;
                    break;
                case ('d', 1 or 2) when day == 0:
                    day = ++group;
                    break;
                default:
                    return null;
            }
            pattern.Append(token.Count == 1 ? "([0-9]{1,2})" : "([0-9]{2})");
        }
        return year > 0 && month > 0 && day > 0 ? (pattern.ToString(), year, month, day) : null;
    }
}
