using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

/// <summary>A finished scan split into what tests assert on: results in order, files and skips.</summary>
public sealed class ScanOutput
{
    private ScanOutput(IReadOnlyList<ScanResult> results) => Results = results;

    public IReadOnlyList<ScanResult> Results { get; }

    /// <summary>Every result's relative path, in the order it was yielded.</summary>
    public IReadOnlyList<string> Paths => [.. Results.Select(r => r.File?.RelativePath ?? r.Skipped!.RelativePath)];

    public IReadOnlyList<WorkspaceFile> Files => [.. Results.Where(r => r.File is not null).Select(r => r.File!)];

    public IReadOnlyList<string> FilePaths => [.. Files.Select(f => f.RelativePath)];

    public IReadOnlyList<SkippedFile> Skipped => [.. Results.Where(r => r.Skipped is not null).Select(r => r.Skipped!)];

    public static ScanOutput Of(string root, WorkspaceOptions? options = null) =>
        new([.. new WorkspaceScanner(options).Scan(root)]);

    /// <summary>The reason the path was skipped; fails the test when it was not.</summary>
    public string ReasonFor(string relativePath) =>
        Skipped.SingleOrDefault(s => s.RelativePath == relativePath)?.Reason
        ?? throw new Xunit.Sdk.XunitException(
            $"Expected '{relativePath}' to be skipped; results were: {string.Join(", ", Paths)}");
}
