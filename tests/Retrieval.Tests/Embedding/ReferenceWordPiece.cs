using System.Globalization;
using System.Text;

namespace CodeIntel.Retrieval.Tests.Embedding;

/// <summary>
/// An independent BERT uncased tokenizer written from the algorithm's description, to check the generated
/// tokenizer.json against: basic tokenisation (drop control characters, whitespace to spaces, spaces around CJK
/// ideographs, lower case, strip accents, split on whitespace and punctuation), then greedy longest-match-first
/// WordPiece over vocab.txt with <c>##</c> continuations and [UNK] for words over 100 characters or with no match.
/// </summary>
internal sealed class ReferenceWordPiece
{
    private readonly Dictionary<string, int> _vocab = new(StringComparer.Ordinal);

    public ReferenceWordPiece(string vocabPath)
    {
        var lines = File.ReadAllLines(vocabPath);
        for (var i = 0; i < lines.Length; i++)
        {
            _vocab.TryAdd(lines[i], i);
        }
    }

    /// <summary>[CLS] pieces [SEP], untruncated.</summary>
    public List<long> Encode(string text)
    {
        var ids = new List<long> { _vocab["[CLS]"] };
        foreach (var word in BasicTokens(text))
        {
            ids.AddRange(WordPieces(word));
        }
        ids.Add(_vocab["[SEP]"]);
        return ids;
    }

    /// <summary>Works on Unicode scalar values (runes), as the Rust original does, so characters outside the BMP
    /// are single characters rather than two surrogates.</summary>
    private static IEnumerable<string> BasicTokens(string text)
    {
        var cleaned = new StringBuilder();
        foreach (var r in text.EnumerateRunes())
        {
            if (r.Value is 0 or 0xFFFD || IsControl(r))
            {
                continue;
            }
            if (Rune.IsWhiteSpace(r))
            {
                cleaned.Append(' ');
            }
            else if (IsCjk(r))
            {
                cleaned.Append(' ').Append(r.ToString()).Append(' ');
            }
            else
            {
                cleaned.Append(r.ToString());
            }
        }
        var folded = new StringBuilder();
        foreach (var r in cleaned.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(r) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(Rune.ToLowerInvariant(r).ToString());
            }
        }
        foreach (var word in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var current = new StringBuilder();
            foreach (var r in word.EnumerateRunes())
            {
                if (IsPunctuation(r))
                {
                    if (current.Length > 0)
                    {
                        yield return current.ToString();
                        current.Clear();
                    }
                    yield return r.ToString();
                }
                else
                {
                    current.Append(r.ToString());
                }
            }
            if (current.Length > 0)
            {
                yield return current.ToString();
            }
        }
    }

    private List<long> WordPieces(string word)
    {
        var runes = word.EnumerateRunes().Select(r => r.ToString()).ToArray();
        if (runes.Length > 100)
        {
            return [_vocab["[UNK]"]];
        }
        var pieces = new List<long>();
        var start = 0;
        while (start < runes.Length)
        {
            var found = false;
            for (var end = runes.Length; end > start; end--)
            {
                var candidate = (start > 0 ? "##" : string.Empty) + string.Concat(runes[start..end]);
                if (_vocab.TryGetValue(candidate, out var id))
                {
                    pieces.Add(id);
                    start = end;
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                return [_vocab["[UNK]"]];
            }
        }
        return pieces;
    }

    private static bool IsControl(Rune r) =>
        r.Value is not ('\t' or '\n' or '\r') && Rune.GetUnicodeCategory(r) is UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static bool IsPunctuation(Rune r) =>
        r.Value is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~') || Rune.IsPunctuation(r);

    private static bool IsCjk(Rune r) =>
        r.Value is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2B73F)
            or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
