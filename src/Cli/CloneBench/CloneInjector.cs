using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeIntel.Cli.CloneBench;

/// <summary>
/// Makes labelled clones of a C# method for the clone benchmark: an exact copy (type 1), a consistent renaming of
/// every name with changed literal values (type 2), and a gapped copy with one statement deleted and one inserted
/// (type 3), optionally renamed as well.
/// </summary>
internal sealed class CloneInjector(Random random)
{
    public static string Exact(string method) => method;

    public static string Renamed(string method)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new System.Text.StringBuilder(method.Length + 64);
        foreach (var token in SyntaxFactory.ParseTokens(method))
        {
            text.Append(token.LeadingTrivia.ToFullString());
            text.Append(token.Kind() switch
            {
                // Contextual keywords (var, value, nameof, async) are names to the lexer but keywords to the reader.
                SyntaxKind.IdentifierToken when SyntaxFacts.GetContextualKeywordKind(token.ValueText) == SyntaxKind.None =>
                    names.TryGetValue(token.ValueText, out var name) ? name : names[token.ValueText] = $"renamed{names.Count}",
                SyntaxKind.NumericLiteralToken => "7",
                SyntaxKind.StringLiteralToken => "\"changed\"",
                _ => token.Text,
            });
            text.Append(token.TrailingTrivia.ToFullString());
        }
        return text.ToString();
    }

    /// <summary>The method with one statement line deleted and one inserted, or null when it has too few statements.</summary>
    public string? Gapped(string method)
    {
        var lines = method.Split('\n').ToList();
        var statements = Enumerable.Range(1, Math.Max(0, lines.Count - 2)).Where(i => lines[i].TrimEnd().EndsWith(';')).ToList();
        if (statements.Count < 3)
        {
            return null;
        }
        var deleted = statements[random.Next(statements.Count)];
        var after = statements.Where(i => i != deleted).ElementAt(random.Next(statements.Count - 1));
        var indent = lines[after][..(lines[after].Length - lines[after].TrimStart().Length)];
        lines.Insert(after + 1, indent + "System.Diagnostics.Debug.WriteLine(\"checkpoint\");");
        lines.RemoveAt(deleted > after ? deleted + 1 : deleted);
        return string.Join('\n', lines);
    }
}
