namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

/// <summary>The 50 short code snippets of Fixtures/code-snippets.txt (several languages), one per entry.</summary>
internal static class CodeSnippets
{
    public static IReadOnlyList<string> Load() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Embedding", "Graph", "Fixtures", "code-snippets.txt"))
            .Split("\n----\n")
            .Select(snippet => snippet.Trim())
            .Where(snippet => snippet.Length > 0)
            .ToList();
}
