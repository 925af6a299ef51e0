namespace CodeIntel.Parsing.Workspace;

/// <summary>One item of a scan: either a file to load or something skipped, never both.</summary>
public readonly record struct ScanResult(WorkspaceFile? File, SkippedFile? Skipped)
{
    public WorkspaceFile? File { get; init; } = (File is null) != (Skipped is null)
        ? File
        : throw new ArgumentException("A scan result holds exactly one of File and Skipped; pass one and leave the other null.");
}
