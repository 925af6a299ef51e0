using System.Text;
using System.Text.RegularExpressions;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// A path pattern over '/'-separated relative paths: <c>*</c> matches within one path segment, <c>**</c> across
/// segments (<c>src/**/*.cs</c>, where <c>**/</c> also matches no folder at all), <c>?</c> one character other than
/// '/'. Everything else is literal and case-sensitive, as paths are on Linux. A pattern without '/' matches the
/// file name in any folder (<c>*.py</c>), as in .gitignore; a leading "./" or "/" anchors it at the root instead.
/// </summary>
public sealed class PathGlob
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly Regex _regex;

    private PathGlob(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    /// <exception cref="ArgumentException">The pattern is empty.</exception>
    public static PathGlob Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var body = pattern.Replace('\\', '/');
        var anchored = body.StartsWith("./", StringComparison.Ordinal) || body.StartsWith('/');
        body = body.StartsWith("./", StringComparison.Ordinal) ? body[2..] : body.TrimStart('/');
        if (body.Length == 0)
        {
            throw new ArgumentException($"The path pattern '{pattern}' names no file; give one such as 'src/**/*.cs' or '*.py'.", nameof(pattern));
        }
        if (!anchored && !body.Contains('/', StringComparison.Ordinal))
        {
            body = "**/" + body;
        }
        // NonBacktracking keeps matching linear in the path length whatever the pattern.
        var regex = new Regex(ToRegex(body), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout);
        return new PathGlob(pattern, regex);
    }

    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _regex.IsMatch(relativePath);
    }

    public override string ToString() => Pattern;

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var atSegmentStart = i == 0 || glob[i - 1] == '/';
                var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                if (atSegmentStart && slashFollows)
                {
                    // "**/" is zero or more whole folders.
                    regex.Append("(?:.*/)?");
                    i += 2;
                }
                else
                {
                    regex.Append(".*");
                    i += 1;
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return regex.Append('$').ToString();
    }
}
