using System.Globalization;
using System.Text;

namespace CodeIntel.Bench.ModelVariants;

/// <summary>
/// Just enough BERT uncased tokenisation (lower-case, strip accents, split on spaces and punctuation, greedy
/// longest-match WordPiece) to give the benchmark realistic sequence lengths. The product's tokenizer lives with the
/// embedder; this one stays here so the benchmark depends on nothing but the model.
/// </summary>
internal sealed class MiniWordPiece
{
    private readonly Dictionary<string, long> _vocabulary = new(StringComparer.Ordinal);
    private readonly long _unknown, _classify, _separator;

    public MiniWordPiece(IEnumerable<string> vocabulary)
    {
        var id = 0L;
        foreach (var token in vocabulary)
        {
            _vocabulary.TryAdd(token, id++);
        }
        (_unknown, _classify, _separator) = (_vocabulary["[UNK]"], _vocabulary["[CLS]"], _vocabulary["[SEP]"]);
    }

    /// <summary>[CLS] pieces [SEP], cut to <paramref name="maxTokens"/>.</summary>
    public long[] Encode(string text, int maxTokens)
    {
        var ids = new List<long>(64) { _classify };
        foreach (var word in Words(text))
        {
            if (ids.Count >= maxTokens - 1)
            {
                break;
            }
            Pieces(word, ids);
        }
        if (ids.Count > maxTokens - 1)
        {
            ids.RemoveRange(maxTokens - 1, ids.Count - (maxTokens - 1));
        }
        ids.Add(_separator);
        return [.. ids];
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var split = char.IsPunctuation(c) || char.IsSymbol(c);
            if (split || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
                if (split)
                {
                    yield return c.ToString();
                }
                continue;
            }
            word.Append(c);
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private void Pieces(string word, List<long> ids)
    {
        if (word.Length > 100)
        {
            ids.Add(_unknown);
            return;
        }
        var start = ids.Count;
        for (var from = 0; from < word.Length;)
        {
            var to = word.Length;
            for (; to > from; to--)
            {
                if (_vocabulary.TryGetValue((from > 0 ? "##" : string.Empty) + word[from..to], out var id))
                {
                    ids.Add(id);
                    break;
                }
            }
            if (to == from)
            {
                ids.RemoveRange(start, ids.Count - start);
                ids.Add(_unknown);
                return;
            }
            from = to;
        }
    }
}
