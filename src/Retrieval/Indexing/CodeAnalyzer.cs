using System.Text;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Turns code, or a search query, into the terms of the BM25 index. Identifiers are split the way people read
/// them (<c>HttpClientFactory</c> → <c>http client factory</c>, <c>XMLParser</c> → <c>xml parser</c>,
/// <c>retry_http_request</c> → <c>retry http request</c>, <c>utf8</c> → <c>utf 8</c>) and the whole identifier is
/// kept too, lower-cased and without underscores (<c>httpclientfactory</c>), so an exact identifier match adds a
/// rare term and ranks higher. An abbreviation is followed by the words it stands for (<c>idx</c> → <c>idx
/// index</c>, see <see cref="Abbreviations"/>), so "index" finds <c>idx</c>. Documents and queries go through the
/// same function.
/// </summary>
public static class CodeAnalyzer
{
    /// <summary>Stored in the index identity: a change here changes the terms, so the lexical index must be rebuilt.</summary>
    public const int Version = 3;

    /// <summary>
    /// Longer terms are dropped: they are hashes, base64 blobs or minified code, which nobody searches for by
    /// name and which would bloat the index.
    /// </summary>
    public const int MaxTermLength = 64;

    /// <summary>
    /// The terms of <paramref name="text"/> in order, repeats kept (term frequency matters to BM25). Single letters
    /// are dropped (loop variables and generic parameters match everything); single digits are kept because they
    /// carry meaning in names such as <c>sha1</c>, <c>int8</c> or <c>vec3</c>.
    /// </summary>
    public static IReadOnlyList<string> Terms(ReadOnlySpan<char> text)
    {
        var analysed = Analyze(text);
        return analysed.Length == 0 ? [] : analysed.Split(' ');
    }

    /// <summary>The terms of <paramref name="text"/> joined by spaces: what the FTS5 table is fed.</summary>
    public static string Analyze(ReadOnlySpan<char> text)
    {
        var terms = new StringBuilder(text.Length + text.Length / 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsIdentifierChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsIdentifierChar(text[i]))
            {
                i++;
            }
            AddIdentifier(text[start..i], terms);
        }
        return terms.ToString();
    }

    /// <summary>
    /// The distinct terms of a query, in first-seen order, without the words that carry no search intent in a
    /// question typed in English (<c>how</c>, <c>to</c>, <c>the</c>) or that name the language rather than the
    /// code (<c>python</c>, <c>java</c>): in code those words are rare, so BM25 would rank comments and strings
    /// that happen to contain them first. A query made only of such words keeps them.
    /// </summary>
    public static IReadOnlyList<string> QueryTerms(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = Terms(query).Distinct(StringComparer.Ordinal).ToList();
        var meaningful = terms.Where(t => !QueryStopWords.Contains(t)).ToList();
        return meaningful.Count > 0 ? meaningful : terms;
    }

    private static readonly HashSet<string> QueryStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in",
        "into", "is", "it", "its", "me", "my", "of", "on", "or", "so", "that", "the", "their", "then", "this", "to",
        "using", "way", "we", "what", "when", "where", "which", "while", "who", "why", "with", "you", "your",
        "python", "py", "java", "javascript", "js", "csharp", "cpp", "php", "typescript", "golang", "code", "example",
    };

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static void AddIdentifier(ReadOnlySpan<char> identifier, StringBuilder terms)
    {
        var parts = 0;
        var segmentStart = 0;
        for (var i = 0; i <= identifier.Length; i++)
        {
            if (i == identifier.Length || identifier[i] == '_')
            {
                parts += SplitSegment(identifier[segmentStart..i], terms);
                segmentStart = i + 1;
            }
        }
        // The whole identifier only adds information when it was split; "retry" alone would be counted twice.
        var wholeLength = identifier.Length - identifier.Count('_');
        if (parts > 1 && wholeLength > 1 && wholeLength <= MaxTermLength)
        {
            Separate(terms);
            foreach (var c in identifier)
            {
                if (c != '_')
                {
                    terms.Append(char.ToLowerInvariant(c));
                }
            }
        }
    }

    /// <summary>
    /// Splits one underscore-free run at lower→Upper, UPPER→Upper-lower and letter↔digit boundaries, appends the
    /// parts worth keeping, and returns how many parts there were (kept or not).
    /// </summary>
    private static int SplitSegment(ReadOnlySpan<char> segment, StringBuilder terms)
    {
        var parts = 0;
        var start = 0;
        for (var i = 1; i <= segment.Length; i++)
        {
            if (i == segment.Length || IsBoundary(segment, i))
            {
                var part = segment[start..i];
                if (part.Length <= MaxTermLength && (part.Length > 1 || char.IsDigit(part[0])))
                {
                    Separate(terms);
                    foreach (var c in part)
                    {
                        terms.Append(char.ToLowerInvariant(c));
                    }
                    if (Abbreviations.Expansion(part) is { } expansion)
                    {
                        terms.Append(' ').Append(expansion);
                    }
                }
                parts++;
                start = i;
            }
        }
        return parts;
    }

    private static void Separate(StringBuilder terms)
    {
        if (terms.Length > 0)
        {
            terms.Append(' ');
        }
    }

    private static bool IsBoundary(ReadOnlySpan<char> s, int i)
    {
        char previous = s[i - 1], current = s[i];
        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }
        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }
        // "XMLParser": the last capital of a run of capitals starts the next word when a lower-case letter follows.
        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < s.Length && char.IsLower(s[i + 1]);
    }
}
