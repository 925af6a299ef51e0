using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Tests.TreeSitter;

public sealed class TreeSitterParserTests
{
    [Theory]
    [InlineData(Grammar.C, "int add(int a, int b) { return a + b; }", "function_definition")]
    [InlineData(Grammar.Cpp, "template <typename T> T id(T x) { return x; }", "template_declaration")]
    [InlineData(Grammar.CSharp, "record Point(int X, int Y);", "record_declaration")]
    [InlineData(Grammar.Java, "class A { void f() {} }", "class_declaration")]
    [InlineData(Grammar.JavaScript, "const f = (x) => x * 2;", "lexical_declaration")]
    [InlineData(Grammar.TypeScript, "function f(x: number): number { return x; }", "function_declaration")]
    [InlineData(Grammar.Tsx, "const A = () => <div>hi</div>;", "lexical_declaration")]
    [InlineData(Grammar.Php, "<?php function f($x) { return $x; } ?>", "php_tag")]
    [InlineData(Grammar.Python, "def f(x):\n    return x\n", "function_definition")]
    public void Parse_ValidSnippet_GivesTreeWithoutErrors(Grammar grammar, string code, string firstChildType)
    {
        using var parser = new TreeSitterParser(grammar);
        using var tree = parser.Parse(SourceText.FromString(code));

        Assert.False(tree.Root.HasError);
        Assert.Empty(tree.FindErrors());
        Assert.Equal(firstChildType, tree.Root.NamedChildren[0].Type);
        Assert.Equal(code.Length, tree.Root.EndByte);
    }

    [Fact]
    public void Parse_Python_ExposesFieldsSpansAndPositions()
    {
        const string code = "x = 1\n\ndef greet(name):\n    return 'hi ' + name\n";
        using var parser = new TreeSitterParser(Grammar.Python);
        using var tree = parser.Parse(SourceText.FromString(code));

        var function = tree.Root.NamedChildren[1];
        Assert.Equal("function_definition", function.Type);
        Assert.Equal("greet", function.ChildByField("name")!.Value.Text);
        Assert.Equal(new SourcePosition(2, 0), function.Start);
        Assert.Equal(new SourcePosition(3, 23), function.End);
        Assert.Equal(code.IndexOf("def", StringComparison.Ordinal), function.StartByte);
        Assert.Contains(function.Children, c => c.FieldName == "body" && c.Type == "block");
    }

    [Fact]
    public void Parse_BrokenCode_ReportsErrorNodesWithSpans()
    {
        using var parser = new TreeSitterParser(Grammar.Java);
        using var tree = parser.Parse(SourceText.FromString("class A { void f( { int x = ; } }"));

        Assert.True(tree.Root.HasError);
        var errors = tree.FindErrors();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.IsError || e.IsMissing));
    }

    [Fact]
    public void Parse_NonAsciiSource_KeepsByteOffsetsAndDecodesText()
    {
        const string code = "// größe ✓\nfunction straße() { return '😀'; }\n";
        using var parser = new TreeSitterParser(Grammar.JavaScript);
        using var tree = parser.Parse(SourceText.FromString(code));

        var function = tree.Root.NamedChildren[1];
        Assert.Equal("function straße() { return '😀'; }", function.Text);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("// größe ✓\n"), function.StartByte);
    }

    [Fact]
    public void Parse_CancelledToken_ThrowsOperationCanceled()
    {
        using var parser = new TreeSitterParser(Grammar.C);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => parser.Parse(SourceText.FromString("int x;"), cts.Token));
    }

    [Fact]
    public void Parse_CancelledWhileParsing_StopsEarlyAndParserStaysUsable()
    {
        var big = SourceText.FromString(string.Concat(Enumerable.Repeat("int f(int a) { return a * 2 + 1; }\n", 400_000)));
        using var parser = new TreeSitterParser(Grammar.C);
        using var cts = new CancellationTokenSource();
        // Cancelled from a thread of its own: CancelAfter's timer runs on the thread pool, which other tests running
        // in parallel can starve until the parse has finished (seen in CI: no cancellation after a 4 s parse).
        var canceller = new Thread(() =>
        {
            Thread.Sleep(50);
            cts.Cancel();
        });
        canceller.Start();

        Assert.ThrowsAny<OperationCanceledException>(() => parser.Parse(big, cts.Token));
        canceller.Join();

        using var tree = parser.Parse(SourceText.FromString("int y;"));
        Assert.False(tree.Root.HasError);
    }

    [Fact]
    public void Parse_PastTimeout_ThrowsParseTimeoutNotCancellation()
    {
        var big = SourceText.FromString(string.Concat(Enumerable.Repeat("int f(int a) { return a * 2 + 1; }\n", 400_000)));
        using var parser = new TreeSitterParser(Grammar.C, new ParserOptions { Timeout = TimeSpan.FromMilliseconds(20) });

        var error = Assert.Throws<ParseTimeoutException>(() => parser.Parse(big));
        Assert.InRange(error.ReachedByte, 0, big.Length);
    }

    [Fact]
    public void Parse_TenThousandNestingLevels_ParsesAndWalksWithoutStackOverflow()
    {
        var code = "int f() { return " + new string('(', 10_000) + "1" + new string(')', 10_000) + "; }";
        using var parser = new TreeSitterParser(Grammar.C);
        using var tree = parser.Parse(SourceText.FromString(code));

        using var cursor = tree.Walk();
        var maxDepth = 0;
        var visited = 0;
        var descending = true;
        while (true)
        {
            if (descending && cursor.GotoFirstChild()) { visited++; maxDepth = Math.Max(maxDepth, cursor.Depth); continue; }
            if (cursor.GotoNextSibling()) { visited++; descending = true; continue; }
            if (!cursor.GotoParent()) { break; }
            descending = false;
        }
        Assert.True(maxDepth > 10_000);
        Assert.False(tree.Root.HasError);
    }

    [Fact]
    public void Node_AfterTreeDisposed_ThrowsObjectDisposed()
    {
        using var parser = new TreeSitterParser(Grammar.C);
        var tree = parser.Parse(SourceText.FromString("int x;"));
        var root = tree.Root;
        tree.Dispose();

        Assert.Throws<ObjectDisposedException>(() => root.Type);
    }

    [Fact]
    public void Cursor_OutlivingDisposeOfTree_KeepsTreeAliveUntilCursorDisposed()
    {
        using var parser = new TreeSitterParser(Grammar.C);
        var tree = parser.Parse(SourceText.FromString("int x; int y;"));
        using var cursor = tree.Walk();
        tree.Dispose();

        Assert.True(cursor.GotoFirstChild());
        Assert.Equal(0, cursor.Current.StartByte);
    }
}
