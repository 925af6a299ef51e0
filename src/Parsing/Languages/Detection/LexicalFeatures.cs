using System.Text.RegularExpressions;

namespace CodeIntel.Parsing.Languages;

/// <summary>
/// Counts the lexical evidence named in language-gate.json: whole-word tokens and multiline regex matches.
/// Must count exactly what training/language-gate/features.py counts; the parity cases in the JSON check it.
/// </summary>
internal sealed class LexicalFeatures
{
    // A guard against pathological backtracking; inputs are capped long before it could matter.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Regex[] _patterns;

    public LexicalFeatures(IReadOnlyList<string> words, IReadOnlyList<string> patterns)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            map.Add(words[i], i);
        }
        _words = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _patterns = patterns
            .Select(p => new Regex(p, RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout))
            .ToArray();
        WordCount = words.Count;
    }

    public int WordCount { get; }

    /// <summary>Words first, then patterns: the row order of the weight matrix.</summary>
    public int Count => WordCount + _patterns.Length;

    /// <summary>Fills <paramref name="values"/> with log(1 + count) per feature.</summary>
    public void Extract(string text, Span<double> values)
    {
        values.Clear();
        text = Normalise(text);
        CountWords(text, values);
        for (var i = 0; i < _patterns.Length; i++)
        {
            values[WordCount + i] = _patterns[i].Count(text);
        }
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Log(1 + values[i]);
        }
    }

    /// <summary>Training reads CRLF and lone CR as LF, so that <c>$</c> means the same in both regex engines.</summary>
    internal static string Normalise(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    // Same tokens as the regex [A-Za-z_][A-Za-z0-9_]* scanning left to right.
    private void CountWords(string text, Span<double> values)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordStart(span[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.Length && (IsWordStart(span[i]) || char.IsAsciiDigit(span[i])))
            {
                i++;
            }
            if (_words.TryGetValue(span[start..i], out var index))
            {
                values[index]++;
            }
        }
    }

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_';
}
