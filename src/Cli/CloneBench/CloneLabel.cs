namespace CodeIntel.Cli.CloneBench;

/// <summary>One injected clone: the file it was written to, the unit it copies, and its type.</summary>
internal sealed record CloneLabel(string InjectedPath, string SourceKey, string Type);
