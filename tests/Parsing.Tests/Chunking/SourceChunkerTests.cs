using CodeIntel.Parsing.Languages;
using System.Text;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Tests.Chunking;

public sealed class SourceChunkerTests
{
    private static ChunkingResult Chunk(string path, string code, ChunkerOptions? options = null, ParserPool? parsers = null)
    {
        using var chunker = new SourceChunker(options, parsers);
        return chunker.Chunk(path, Language.FromPath(path)!, SourceText.FromString(code));
    }

    private static string LongJavaMethod(int statements)
    {
        var body = new StringBuilder();
        for (var i = 0; i < statements; i++)
        {
            body.Append(CultureInfoInvariant($"        if (values[{i}] > threshold) {{\n            total += values[{i}] * {i};\n        }}\n"));
        }
        return "class Big {\n    int sum(int[] values, int threshold) {\n        int total = 0;\n" + body + "        return total;\n    }\n}\n";
    }

    private static string CultureInfoInvariant(FormattableString s) => FormattableString.Invariant(s);

    [Fact]
    public void Chunk_OversizedMethod_SplitsAtStatementBoundariesWithinBudget()
    {
        var code = LongJavaMethod(60);
        var source = SourceText.FromString(code);

        var parts = Chunk("Big.java", code, new ChunkerOptions { MaxTokens = 80 }).Chunks.Where(c => c.Kind == ChunkKind.Method).ToList();

        Assert.True(parts.Count > 3, $"expected several parts, got {parts.Count}");
        Assert.All(parts, p => Assert.InRange(p.TokenCount, 1, 80));
        Assert.Equal(Enumerable.Range(1, parts.Count), parts.Select(p => p.Part));
        Assert.All(parts, p => Assert.Equal(parts.Count, p.PartCount));
        Assert.All(parts, p => Assert.Equal("Big.sum", p.SymbolPath));
        Assert.StartsWith("int sum(int[] values", parts[0].Text);
        Assert.EndsWith("    }", parts[^1].Text);
        Assert.Equal(code.IndexOf("int sum", StringComparison.Ordinal), parts[0].StartByte);
        // Syntax cuts: no overlap, no gap, and every later part starts on a statement of the body.
        for (var i = 1; i < parts.Count; i++)
        {
            Assert.Equal(parts[i - 1].EndLine + 1, parts[i].StartLine);
            Assert.Matches(@"^\s*(if \(values|return total)", parts[i].Text);
        }
        Assert.All(parts, p => Assert.Equal(source.Decode(p.StartByte, p.EndByte), p.Text));
    }

    [Fact]
    public void Chunk_TokenCounterHook_BoundsChunksInTheCallersTokens()
    {
        var code = LongJavaMethod(30);

        var chunks = Chunk("Big.java", code, new ChunkerOptions { MaxTokens = 200, TokenCounter = new CharCounter() }).Chunks;

        Assert.All(chunks, c => Assert.True(c.Text.Length <= 200, $"{c.Text.Length} chars"));
        Assert.All(chunks, c => Assert.Equal(c.Text.Length, c.TokenCount));
    }

    [Fact]
    public void Chunk_LanguageWithoutGrammar_GivesOverlappingLineWindows()
    {
        var code = string.Concat(Enumerable.Range(1, 200).Select(i => FormattableString.Invariant($"func step{i}() int {{ return {i} }}\n")));

        var windows = Chunk("steps.go", code, new ChunkerOptions { MaxTokens = 64, OverlapLines = 2 }).Chunks;

        Assert.True(windows.Count > 5);
        Assert.All(windows, w => Assert.Equal(ChunkKind.Window, w.Kind));
        Assert.All(windows, w => Assert.InRange(w.TokenCount, 1, 64));
        Assert.Equal(1, windows[0].StartLine);
        Assert.Equal(200, windows[^1].EndLine);
        for (var i = 1; i < windows.Count; i++)
        {
            Assert.Equal(windows[i - 1].EndLine - 1, windows[i].StartLine);
        }
    }

    [Fact]
    public void Chunk_MinifiedSingleLine_IsCutIntoPiecesWithinBudget()
    {
        var code = "var a=[" + string.Join(",", Enumerable.Range(0, 5000)) + "];";
        var source = SourceText.FromString(code);

        var chunks = Chunk("data.js", code, new ChunkerOptions { MaxTokens = 100 }).Chunks;

        Assert.True(chunks.Count > 10);
        Assert.All(chunks, c => Assert.InRange(c.TokenCount, 1, 100));
        Assert.Equal(0, chunks[0].StartByte);
        Assert.Equal(code.Length, chunks[^1].EndByte);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.Equal(chunks[i - 1].EndByte, chunks[i].StartByte);
        }
        Assert.Equal(code, string.Concat(chunks.Select(c => source.Decode(c.StartByte, c.EndByte))));
    }

    [Theory]
    [InlineData("deep.c", "int f() { return ", "(", ")", "1; }")]
    [InlineData("deep.py", "x = ", "[", "]", "\n")]
    [InlineData("deep.js", "function f() { return ", "[", "]", "; }")]
    [InlineData("Deep.cs", "class C { int F() => ", "(", ")", "1; }")]
    [InlineData("Deep.java", "class C { void f() ", "{", "}", " }")]
    public void Chunk_TenThousandNestingLevels_CompletesWithChunks(string path, string prefix, string open, string close, string suffix)
    {
        var middle = path.EndsWith(".java", StringComparison.Ordinal) ? "" : "1";
        var code = prefix + string.Concat(Enumerable.Repeat(open, 10_000)) + middle + string.Concat(Enumerable.Repeat(close, 10_000)) + suffix;

        var result = Chunk(path, code);

        Assert.NotEmpty(result.Chunks);
        Assert.All(result.Chunks, c => Assert.InRange(c.TokenCount, 1, 512));
    }

    [Fact]
    public void Chunk_InvalidUtf8_WarnsAndKeepsExactByteSpans()
    {
        var bytes = Encoding.UTF8.GetBytes("def a():\n    return 'caf").Concat(new byte[] { 0xE9, 0xFF }).Concat(Encoding.UTF8.GetBytes("'\n\ndef b():\n    return 2\n")).ToArray();
        using var chunker = new SourceChunker();

        var result = chunker.Chunk("latin1.py", Language.Python, SourceText.FromBytes(bytes));

        Assert.Contains(result.Warnings, w => w.Contains("invalid UTF-8 at byte 24", StringComparison.Ordinal));
        var b = result.Chunks.Single(c => c.Name == "b");
        Assert.Equal("def b():\n    return 2", b.Text);
        Assert.Equal(Array.IndexOf(bytes, (byte)'d', 10), b.StartByte);
        Assert.Contains('\uFFFD', result.Chunks.Single(c => c.Name == "a").Text);
    }

    [Fact]
    public void Chunk_ParseTimeout_FallsBackToWindowsWithWarning()
    {
        var code = string.Concat(Enumerable.Repeat("int f(int a) { return a * 2 + 1; }\n", 200_000));
        using var parsers = new ParserPool(new ParserOptions { Timeout = TimeSpan.FromMilliseconds(1) });

        var result = Chunk("big.c", code, parsers: parsers);

        Assert.Contains(result.Warnings, w => w.Contains("abandoned", StringComparison.Ordinal) && w.Contains("line windows", StringComparison.Ordinal));
        Assert.All(result.Chunks, c => Assert.Equal(ChunkKind.Window, c.Kind));
    }

    [Fact]
    public void Chunk_Cancelled_ThrowsOperationCanceled()
    {
        using var chunker = new SourceChunker();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => chunker.Chunk("a.py", Language.Python, SourceText.FromString("def f():\n    pass\n"), cts.Token));
    }

    [Fact]
    public void Chunk_CodeInsertedAbove_KeepsIdsOfUnchangedUnits()
    {
        const string tail = "def stable(x):\n    return x * 2\n";
        var before = Chunk("m.py", tail).Chunks.Single(c => c.Name == "stable");
        var after = Chunk("m.py", "import os\n\n\ndef added():\n    return 1\n\n\n" + tail).Chunks.Single(c => c.Name == "stable");
        var edited = Chunk("m.py", tail.Replace("2", "3", StringComparison.Ordinal)).Chunks.Single(c => c.Name == "stable");

        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.ContentHash, after.ContentHash);
        Assert.NotEqual(before.StartLine, after.StartLine);
        Assert.NotEqual(before.Id, edited.Id);
        Assert.NotEqual(before.ContentHash, edited.ContentHash);
    }

    [Fact]
    public void Options_InvalidBudget_ThrowsWithTheOptionName()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SourceChunker(new ChunkerOptions { MaxTokens = 0 }));
        Assert.Equal("MaxTokens", error.ParamName);
    }

    [Theory]
    [InlineData("Bom.cs", "namespace N;\nclass A\n{\n    int F()\n    {\n        return 1;\n    }\n}\n", "N.A.F")]
    [InlineData("bom.py", "def f():\n    return 1\n", "f")]
    [InlineData("bom.js", "function f() {\n  return 1;\n}\n", "f")]
    [InlineData("Bom.java", "class A {\n  int f() {\n    return 1;\n  }\n}\n", "A.f")]
    public void Chunk_FileWithUtf8Bom_ChunksNormallyWithByteOffsetsCountingTheBom(string path, string code, string symbol)
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(code)).ToArray();
        using var chunker = new SourceChunker();

        var result = chunker.Chunk(path, Language.FromPath(path)!, SourceText.FromBytes(bytes));

        Assert.Empty(result.Warnings);
        var unit = result.Chunks.Single(c => c.SymbolPath == symbol);
        var keyword = code.Contains("def ", StringComparison.Ordinal) ? "def f" : code.Contains("function", StringComparison.Ordinal) ? "function f" : "int";
        Assert.Equal(3 + Encoding.UTF8.GetByteCount(code[..code.IndexOf(keyword, StringComparison.Ordinal)]), unit.StartByte);
    }

    private sealed class CharCounter : ITokenCounter
    {
        public int CountTokens(ReadOnlySpan<char> text) => text.Length;
    }
}
