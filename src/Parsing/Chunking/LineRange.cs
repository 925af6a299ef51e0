namespace CodeIntel.Parsing.Chunking;

/// <summary>Zero-based, inclusive range of lines.</summary>
internal readonly record struct LineRange(int First, int Last);
