using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Tests.Languages;

public sealed class GrammarCheckTests : IDisposable
{
    private readonly ParserPool _pool = new();

    public void Dispose() => _pool.Dispose();

    [Fact]
    public void ErrorShare_OwnGrammar_IsZero()
    {
        var check = new GrammarCheck(_pool);
        var python = SourceText.FromString("def area(r):\n    return 3.14159 * r * r\n");

        Assert.Equal(0, check.ErrorShare(Language.Python, python, CancellationToken.None));
    }

    [Fact]
    public void ErrorShare_ForeignGrammar_IsLarge()
    {
        var check = new GrammarCheck(_pool);
        var python = SourceText.FromString("def area(r):\n    return 3.14159 * r * r\n");

        Assert.True(check.ErrorShare(Language.Java, python, CancellationToken.None) > 0.2);
    }

    [Fact]
    public void ErrorShare_PhpWithoutOpenTag_IsStillParsedAsPhp()
    {
        // The PHP grammar reads text before `<?php` as inline HTML; the check adds the tag so errors show.
        var check = new GrammarCheck(_pool);

        Assert.Equal(0, check.ErrorShare(Language.Php, SourceText.FromString("$x = [1, 2];\necho $x[0];\n"), CancellationToken.None));
        Assert.True(check.ErrorShare(Language.Php, SourceText.FromString("def f(x):\n    return x\n"), CancellationToken.None) > 0);
    }

    [Fact]
    public void ErrorShare_TypeAnnotations_SeparateTypeScriptFromJavaScript()
    {
        var check = new GrammarCheck(_pool);
        var typed = SourceText.FromString("function twice(n: number): number {\n  return n * 2;\n}\n");

        Assert.Equal(0, check.ErrorShare(Language.TypeScript, typed, CancellationToken.None));
        Assert.True(check.ErrorShare(Language.JavaScript, typed, CancellationToken.None) > 0);
    }
}
