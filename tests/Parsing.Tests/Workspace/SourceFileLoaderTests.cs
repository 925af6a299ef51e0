using System.Text;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class SourceFileLoaderTests
{
    [Fact]
    public void Load_Utf8SourceFile_ReturnsTextLanguageAndNoWarnings()
    {
        using var temp = new TempDirectory();
        var file = Scanned(temp, "src/greet.py", "def greet(name):\n    return 'héllo ' + name\n");

        var document = new SourceFileLoader().Load(file, out var skipped);

        Assert.Null(skipped);
        Assert.NotNull(document);
        Assert.Equal("src/greet.py", document.RelativePath);
        Assert.Same(Language.Python, document.Language);
        Assert.Equal("def greet(name):\n    return 'héllo ' + name\n", document.Text.Text);
        Assert.Equal(2, document.Text.LineCount);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Load_Utf8Bom_KeepsTheBytesExactlyAsOnDisk()
    {
        using var temp = new TempDirectory();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "class A {}"u8];
        var file = ScannedBytes(temp, "A.cs", bytes);

        var document = new SourceFileLoader().Load(file, out _);

        Assert.NotNull(document);
        Assert.Equal(bytes, document.Text.Utf8.ToArray());
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Load_UnknownExtension_HasNullLanguage()
    {
        using var temp = new TempDirectory();
        var file = Scanned(temp, "Makefile", "all:\n\tcc main.c\n");

        var document = new SourceFileLoader().Load(file, out _);

        Assert.NotNull(document);
        Assert.Null(document.Language);
    }

    [Fact]
    public void Load_EmptyFile_ReturnsEmptyDocument()
    {
        using var temp = new TempDirectory();
        var document = new SourceFileLoader().Load(Scanned(temp, "empty.cs", ""), out var skipped);

        Assert.Null(skipped);
        Assert.Equal(0, document?.Text.Length);
    }

    [Fact]
    public void Load_NulByteInTheFirst8KB_IsSkippedAsBinaryWithItsOffset()
    {
        using var temp = new TempDirectory();
        var file = ScannedBytes(temp, "data.txt", [.. "header line\n"u8, 0x00, 0x01]);

        Assert.Null(new SourceFileLoader().Load(file, out var skipped));
        Assert.Equal(new SkippedFile("data.txt", "binary file (NUL byte at offset 12)"), skipped);
    }

    [Fact]
    public void Load_NulByteAfterThe8KBWindow_IsLoaded()
    {
        using var temp = new TempDirectory();
        var lines = string.Concat(Enumerable.Repeat(new string('a', 79) + "\n", 120));
        var file = ScannedBytes(temp, "late.txt", [.. Encoding.ASCII.GetBytes(lines), 0x00]);

        Assert.NotNull(new SourceFileLoader().Load(file, out _));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "UTF-16 encoded (not supported)")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 }, "UTF-16 encoded (not supported)")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00 }, "UTF-32 encoded (not supported)")]
    public void Load_Utf16Or32Bom_IsSkippedAsUnsupportedEncoding(byte[] bytes, string reason)
    {
        using var temp = new TempDirectory();
        Assert.Null(new SourceFileLoader().Load(ScannedBytes(temp, "wide.cs", bytes), out var skipped));
        Assert.Equal(reason, skipped?.Reason);
    }

    [Theory]
    [InlineData("logo.png", ".png")]
    [InlineData("lib/native.SO", ".SO")]
    [InlineData("app.jar", ".jar")]
    [InlineData("fonts/inter.woff2", ".woff2")]
    public void Load_BinaryExtension_IsSkippedWithoutOpeningTheFile(string path, string extension)
    {
        using var temp = new TempDirectory();
        var file = Scanned(temp, path, "looks like text but the extension decides");
        using var locked = new FileStream(file.FullPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        Assert.Null(new SourceFileLoader().Load(file, out var skipped));
        Assert.Equal($"binary file type ({extension})", skipped?.Reason);
    }

    [Fact]
    public void Load_InvalidUtf8_ReturnsDocumentWithWarningAndReplacementCharacter()
    {
        using var temp = new TempDirectory();
        var file = ScannedBytes(temp, "legacy.c", [.. "/* caf"u8, 0xE9, .. " */\n"u8]);

        var document = new SourceFileLoader().Load(file, out var skipped);

        Assert.Null(skipped);
        Assert.NotNull(document);
        Assert.Equal(["invalid UTF-8 at byte 6; decoded with U+FFFD replacement"], document.Warnings);
        Assert.Equal("/* caf\uFFFD */\n", document.Text.Text);
        Assert.Equal(11, document.Text.Length);
    }

    [Fact]
    public void Load_TokenCancelled_Throws()
    {
        using var temp = new TempDirectory();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => new SourceFileLoader().Load(Scanned(temp, "a.cs", "class A {}"), out _, cancellation.Token));
    }

    internal static WorkspaceFile Scanned(TempDirectory temp, string relativePath, string content) =>
        ScannedBytes(temp, relativePath, Encoding.UTF8.GetBytes(content));

    internal static WorkspaceFile ScannedBytes(TempDirectory temp, string relativePath, byte[] content) =>
        new(temp.WriteBytes(relativePath, content), relativePath, content.Length);
}
