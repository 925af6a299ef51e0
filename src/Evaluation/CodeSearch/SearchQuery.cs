namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>A natural-language query and the ids of the documents that answer it.</summary>
public sealed record SearchQuery(string Text, IReadOnlySet<string> Relevant);
