using CodeIntel.Evaluation.Reports;

namespace CodeIntel.Evaluation.Tests.Reports;

public sealed class ThresholdTests
{
    private static RunRecord Run(string system, params (string Name, double Value)[] metrics) =>
        new("code-to-code-trans", system, "java-cs/valid", "00", 10, metrics.ToDictionary(m => m.Name, m => m.Value), 1, DateTimeOffset.UnixEpoch, null);

    [Fact]
    public void Check_OneRunBelow_ReportsThatRunOnly()
    {
        var failures = Threshold.Check([Threshold.Parse("BLEU=20")], [Run("copy", ("BLEU", 19.35)), Run("other", ("BLEU", 25))]);

        var failure = Assert.Single(failures);
        Assert.Contains("copy: BLEU 19.35 < 20", failure);
    }

    [Fact]
    public void Check_MetricNoRunReports_Fails()
    {
        var failures = Threshold.Check([Threshold.Parse("MRR=0.3")], [Run("copy", ("BLEU", 19.35))]);

        Assert.Contains("no run reported MRR", Assert.Single(failures));
    }

    [Fact]
    public void Check_CaseOfMetricName_DoesNotMatter()
    {
        Assert.Empty(Threshold.Check([Threshold.Parse("bleu=19")], [Run("copy", ("BLEU", 19.35))]));
    }

    [Theory]
    [InlineData("BLEU")]
    [InlineData("=3")]
    [InlineData("BLEU=high")]
    public void Parse_NotMetricEqualsNumber_Throws(string text)
    {
        Assert.Throws<FormatException>(() => Threshold.Parse(text));
    }
}
