using CodeIntel.Evaluation.Reports;

namespace CodeIntel.Evaluation.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly RunRecord[] Runs =
    [
        new("code-to-code-trans", "copy", "java-cs/valid", "abcdef0123456789", 499, new Dictionary<string, double> { ["BLEU"] = 19.35, ["EM"] = 0.2 }, 2, DateTimeOffset.UnixEpoch, null),
        new("code-to-code-trans", "ast", "java-cs/valid", "abcdef0123456789", 0, new Dictionary<string, double>(), 0, DateTimeOffset.UnixEpoch, "no AST translator <installed>"),
    ];

    [Fact]
    public void Render_Runs_OneInlineChartPerMetricAndNoExternalAssets()
    {
        var html = HtmlReport.Render(Runs);

        Assert.Equal(2, html.Split("<svg").Length - 1);
        Assert.Contains("19.35", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
    }

    [Fact]
    public void Render_UnavailableSystem_ShowsTheReasonEscaped()
    {
        var html = HtmlReport.Render(Runs);

        Assert.Contains("not available: no AST translator &lt;installed&gt;", html);
    }

    [Fact]
    public void Markdown_Runs_RowPerRunWithTwoDecimalPercentages()
    {
        var table = MarkdownReport.Render(Runs);

        Assert.Contains("| code-to-code-trans | java-cs/valid | copy | 499 | 19.35 | 0.20 | 2.0 |", table);
        Assert.Contains("not available: no AST translator <installed>", table);
    }

    [Fact]
    public void Markdown_OnlyUnavailableRuns_HeaderHasNoEmptyColumn()
    {
        var table = MarkdownReport.Render([Runs[1]]);

        Assert.StartsWith("| task | dataset | system | items | seconds |", table);
    }
}
