namespace CodeIntel.Retrieval.Tests.Embedding;

/// <summary>Hand-picked inputs that exercise the tokenizer's corners, and real methods from the shared data.</summary>
internal static class CodeSnippets
{
    public static readonly string[] Tricky =
    [
        "public static int Add(int a, int b) { return a + b; }",
        "for (var i = 0; i < xs.Length; i++) sum += xs[i] * 2;",
        "if (x != null && y >= 3 || z <= 4) { x ^= y; z |= ~w; }",
        "def read_lines(path):\n    with open(path) as f:\n        return [l.rstrip('\\n') for l in f]",
        "const url = `https://example.com/${id}?q=${encodeURIComponent(term)}`;",
        "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 42); return 0; }",
        "SELECT name, COUNT(*) FROM users WHERE age > 21 GROUP BY name;",
        "    \t  indented\twith\ttabs\r\nand CRLF  ",
        "Café naïve résumé Ångström façade",
        "日本語のコメント // 中文注释 mixed with code();",
        "emoji 🙂 in a string literal: \"🚀\"",
        "getHTTPResponseCode parseXMLDocument __init__ snake_case_name SCREAMING_CASE",
        new string('x', 99) + " " + new string('y', 101),
        "$var @attr #tag %mod &ref *ptr ~dtor `tick` |pipe| ^xor",
        "zero\u0000width\u200Bspace and control\u0007chars",
        "",
    ];

    /// <summary>Up to <paramref name="count"/> C# methods from CodeXGLUE java-cs train, or none when absent.</summary>
    public static IReadOnlyList<string> SharedCSharp(int count)
    {
        var folder = SharedData.Folder("codexglue-java-cs");
        return folder is null ? [] : File.ReadLines(Path.Combine(folder, "train.java-cs.txt.cs")).Take(count).ToArray();
    }
}
