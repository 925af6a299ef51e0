using System.Text;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Rewrites code so that a natural-language tokenizer sees the words inside identifiers: <c>getFileName</c>
/// becomes <c>get File Name</c>, <c>HTTPServer2</c> <c>HTTP Server 2</c>, <c>max_docs</c> <c>max docs</c>.
/// WordPiece vocabularies (MiniLM's) cut a camelCase identifier into sub-word pieces that carry little meaning
/// (<c>getfilename</c> → <c>get ##fi ##len ##ame</c>); split, each word is a whole, known token.
/// </summary>
public static class IdentifierWords
{
    public static string Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + text.Length / 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                builder.Append(' ');
                continue;
            }
            if (i > 0 && IsBoundary(text, i))
            {
                builder.Append(' ');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsBoundary(string text, int i)
    {
        char previous = text[i - 1], current = text[i];
        // The last capital of an acronym starts the next word: HTTPServer -> HTTP Server.
        return char.IsLower(previous) && char.IsUpper(current)
            || char.IsUpper(previous) && char.IsUpper(current) && i + 1 < text.Length && char.IsLower(text[i + 1]);
    }
}
