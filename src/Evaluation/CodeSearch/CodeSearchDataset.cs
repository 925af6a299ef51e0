namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>A retrieval benchmark: a corpus to index and queries with their relevant documents.</summary>
public sealed record CodeSearchDataset(string Name, IReadOnlyList<CorpusDocument> Corpus, IReadOnlyList<SearchQuery> Queries);
