using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeIntel.CloneDetection.Units;

namespace CodeIntel.CloneDetection.Sarif;

/// <summary>
/// Writes findings as SARIF 2.1.0 the way GitHub code scanning reads it: the rules in tool.driver.rules, one result
/// per copy with its location (paths relative to %SRCROOT%, the analysed root), the other copies as
/// relatedLocations, and partialFingerprints that do not depend on line numbers, so an alert survives edits above
/// it and stays the same alert between runs.
/// </summary>
public static class SarifReport
{
    public const string FingerprintKey = "codeintelClone/v1";

    public static SarifLevel DefaultLevel(CloneRule rule) => rule == CloneRule.Semantic ? SarifLevel.Note : SarifLevel.Warning;

    public static async Task WriteAsync(Stream stream, IReadOnlyList<CloneFinding> findings, string toolVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, toolVersion);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var finding in findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteResult(json, finding);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The line-independent identity of a finding: rule, the copy's file and symbol, and the other copies'. Stable
    /// between runs and across edits that only move the code.
    /// </summary>
    public static string Fingerprint(CloneFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var others = finding.Others.Select(o => o.Path + "#" + o.Symbol).Order(StringComparer.Ordinal);
        var identity = string.Join("\n", [finding.Rule.Id, finding.Unit.Path + "#" + finding.Unit.Symbol, .. others]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }

    private static void WriteTool(Utf8JsonWriter json, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "CodeIntel");
        json.WriteString("semanticVersion", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in CloneRule.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", LevelName(DefaultLevel(rule)));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue("maintainability");
            json.WriteStringValue("duplicate-code");
            json.WriteEndArray();
            json.WriteString("precision", rule == CloneRule.Semantic ? "medium" : "high");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, CloneFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", CloneRule.All.ToList().IndexOf(finding.Rule));
        json.WriteString("level", LevelName(DefaultLevel(finding.Rule)));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, finding.Unit, null, null);
        json.WriteEndArray();
        json.WriteStartArray("relatedLocations");
        for (var i = 0; i < finding.Others.Count; i++)
        {
            WriteLocation(json, finding.Others[i], i + 1, $"copy: '{finding.Others[i].Symbol}'");
        }
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, Fingerprint(finding));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("cloneKind", finding.Kind);
        json.WriteNumber("similarity", Math.Round(finding.Similarity, 4));
        json.WriteString("language", finding.Unit.Language);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, CodeUnit unit, int? id, string? message)
    {
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(unit.Path).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", unit.StartLine);
        json.WriteNumber("endLine", unit.EndLine);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", unit.Symbol);
        json.WriteEndObject();
        json.WriteEndArray();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    public static string LevelName(SarifLevel level) => level switch
    {
        SarifLevel.Error => "error",
        SarifLevel.Warning => "warning",
        SarifLevel.Note => "note",
        _ => "none",
    };
}
