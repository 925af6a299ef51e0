using CodeIntel.LanguageServer.Documents;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Tests.Documents;

public sealed class OpenDocumentTests
{
    private static OpenDocument Doc(string text) => new("file:///w/a.cs", "/w/a.cs", "csharp", 1, text);

    private static LspRange Range(int l1, int c1, int l2, int c2) => new(new Position(l1, c1), new Position(l2, c2));

    [Fact]
    public void Apply_IncrementalEditsInOrder_TextAsTheEditorHasIt()
    {
        var doc = Doc("int a = 1;\r\nint b = 2;\nint c = 3;\n");

        doc.Apply(2, [new TextDocumentContentChange("x", Range(1, 4, 1, 5)), new TextDocumentContentChange("// new\n", Range(0, 0, 0, 0))]);

        Assert.Equal("// new\nint a = 1;\r\nint x = 2;\nint c = 3;\n", doc.Text);
        Assert.Equal(2, doc.Version);
    }

    [Fact]
    public void Apply_DeletionAcrossLines_Joined()
    {
        var doc = Doc("first\nsecond\nthird");

        doc.Apply(2, [new TextDocumentContentChange("", Range(0, 3, 2, 2))]);

        Assert.Equal("firird", doc.Text);
    }

    [Fact]
    public void Apply_PositionPastLineEnd_ClampedToTheLineEnd()
    {
        var doc = Doc("ab\r\ncd");

        doc.Apply(2, [new TextDocumentContentChange("!", Range(0, 99, 0, 99))]);

        Assert.Equal("ab!\r\ncd", doc.Text);
    }

    [Fact]
    public void Apply_FullChange_ReplacesEverything()
    {
        var doc = Doc("old");

        doc.Apply(5, [new TextDocumentContentChange("new text")]);

        Assert.Equal("new text", doc.Text);
    }

    [Fact]
    public void Slice_EmptyRange_WholeText_ElseTheSelection()
    {
        var doc = Doc("line one\nline two\n");

        Assert.Equal(doc.Text, doc.Slice(Range(1, 2, 1, 2)));
        Assert.Equal("one\nline", doc.Slice(Range(0, 5, 1, 4)));
    }
}
