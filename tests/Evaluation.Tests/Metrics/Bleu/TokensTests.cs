using CodeIntel.Evaluation.Metrics.Bleu;

namespace CodeIntel.Evaluation.Tests.Metrics.Bleu;

public sealed class TokensTests
{
    [Fact]
    public void Code_RawCode_IsLaidOutLikeTheCodeXglueFiles()
    {
        Assert.Equal("int total = a [ i ] + 1.5 ;", Tokens.Code("int total=a[i]+1.5;"));
    }

    [Fact]
    public void Code_SameCodeWithOtherLayout_ScoresAsAnExactMatch()
    {
        var reference = Tokens.Code("if (x > 0)\n{\n    return x;\n}");
        var hypothesis = Tokens.Code("if(x>0){ return x; }");

        Assert.Equal(100.0, CodeXglueBleu.Corpus([reference], [hypothesis]).Bleu, 6);
    }
}
