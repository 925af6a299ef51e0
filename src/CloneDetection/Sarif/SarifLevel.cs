namespace CodeIntel.CloneDetection.Sarif;

/// <summary>SARIF result levels, ordered so that a higher value is more severe (for --fail-on gating).</summary>
public enum SarifLevel
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}
