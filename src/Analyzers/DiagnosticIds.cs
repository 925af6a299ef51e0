namespace CodeIntel.Analyzers;

/// <summary>The rule IDs this package reports, one constant per rule.</summary>
public static class DiagnosticIds
{
    /// <summary>Duplicated code: exact and renamed clones.</summary>
    public const string CI0001 = nameof(CI0001);

    /// <summary>Near-duplicate code: clones with small edits.</summary>
    public const string CI0002 = nameof(CI0002);

    /// <summary>Documentation drift: an XML doc comment that no longer matches its member.</summary>
    public const string CI0003 = nameof(CI0003);
}
