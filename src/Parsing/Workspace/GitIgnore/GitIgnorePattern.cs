using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CodeIntel.Parsing.Workspace.GitIgnore;

/// <summary>One line of a .gitignore file, parsed with git's rules (see README.md in this folder).</summary>
internal sealed class GitIgnorePattern
{
    private readonly Regex _regex;

    private GitIgnorePattern(string line, Regex regex, bool isNegated, bool isDirectoryOnly)
    {
        Line = line;
        _regex = regex;
        IsNegated = isNegated;
        IsDirectoryOnly = isDirectoryOnly;
    }

    /// <summary>The line as written in the file.</summary>
    public string Line { get; }

    /// <summary>True for a "!" pattern: a match re-includes the path.</summary>
    public bool IsNegated { get; }

    /// <summary>True for a pattern with a trailing "/": it matches directories only.</summary>
    public bool IsDirectoryOnly { get; }

    /// <summary>Parses a line; returns false for blank lines and comments, which hold no pattern.</summary>
    public static bool TryParse(string line, [NotNullWhen(true)] out GitIgnorePattern? pattern)
    {
        ArgumentNullException.ThrowIfNull(line);
        pattern = null;
        var glob = TrimTrailingSpaces(line);
        if (glob.Length == 0 || glob[0] == '#')
        {
            return false;
        }
        var isNegated = glob[0] == '!';
        if (isNegated)
        {
            glob = glob[1..];
        }
        var isDirectoryOnly = glob.EndsWith('/') && !glob.EndsWith(@"\/", StringComparison.Ordinal);
        if (isDirectoryOnly)
        {
            glob = glob.TrimEnd('/');
        }
        // A slash at the start or in the middle ties the pattern to the .gitignore's own directory.
        var anchored = glob.Contains('/', StringComparison.Ordinal);
        glob = glob.TrimStart('/');
        if (glob.Length == 0)
        {
            return false;
        }
        pattern = new GitIgnorePattern(line, GitIgnoreGlob.ToRegex(glob, anchored), isNegated, isDirectoryOnly);
        return true;
    }

    /// <summary>Whether the pattern matches a path relative to the directory of its .gitignore ('/'-separated).</summary>
    public bool IsMatch(string relativePath, bool isDirectory) =>
        (isDirectory || !IsDirectoryOnly) && _regex.IsMatch(relativePath);

    public override string ToString() => Line;

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is ' ' or '\r')
        {
            if (line[end - 1] == ' ' && end >= 2 && line[end - 2] == '\\')
            {
                break;   // "\ " keeps the space.
            }
            end--;
        }
        return line[..end];
    }
}
