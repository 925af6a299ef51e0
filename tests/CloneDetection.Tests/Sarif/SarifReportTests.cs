using System.Text.Json;
using CodeIntel.CloneDetection.Sarif;
using CodeIntel.CloneDetection.Units;

namespace CodeIntel.CloneDetection.Tests.Sarif;

public sealed class SarifReportTests
{
    private static CodeUnit Unit(string path, string symbol, int line) =>
        new(path, "java", symbol, line, line + 9, line * 100, line * 100 + 300, 80, "code");

    private static CloneFinding[] Findings(int lineShift) =>
    [
        new(CloneRule.Duplicate, "exact", Unit("src/A.java", "A.run", 3 + lineShift), [Unit("src/dir name/B.java", "B.run", 10)], 1.0),
        new(CloneRule.Duplicate, "exact", Unit("src/dir name/B.java", "B.run", 10), [Unit("src/A.java", "A.run", 3 + lineShift)], 1.0),
        new(CloneRule.Semantic, "semantic", Unit("src/C.cs", "C.Run", 5), [Unit("src/A.java", "A.run", 3 + lineShift)], 0.97),
    ];

    private static async Task<JsonDocument> WriteAsync(IReadOnlyList<CloneFinding> findings)
    {
        using var stream = new MemoryStream();
        await SarifReport.WriteAsync(stream, findings, "0.1.0");
        return JsonDocument.Parse(stream.ToArray());
    }

    [Fact]
    public async Task WriteAsync_Findings_ProduceSarif210WithRulesLocationsAndRelatedLocations()
    {
        using var sarif = await WriteAsync(Findings(0));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["CI0001", "CI0002", "CI0101"], rules);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        var first = results[0];
        Assert.Equal("CI0001", first.GetProperty("ruleId").GetString());
        Assert.Equal("warning", first.GetProperty("level").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/A.java", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        var related = first.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("src/dir%20name/B.java", related.GetProperty("uri").GetString());
        Assert.Equal("note", results[2].GetProperty("level").GetString());
        Assert.Contains("'C.Run'", results[2].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_CodeMovedDownTheFile_KeepsEveryPartialFingerprint()
    {
        static List<string> Fingerprints(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReport.FingerprintKey).GetString()!).ToList();
        using var before = await WriteAsync(Findings(0));
        using var again = await WriteAsync(Findings(0));
        using var moved = await WriteAsync(Findings(40));

        Assert.Equal(Fingerprints(before), Fingerprints(again));
        Assert.Equal(Fingerprints(before), Fingerprints(moved));
        Assert.Equal(3, Fingerprints(before).Distinct().Count());
    }
}
