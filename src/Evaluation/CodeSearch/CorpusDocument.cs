namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>A code snippet of a retrieval corpus, with the file name a search system should give it (it carries the language).</summary>
public sealed record CorpusDocument(string Id, string FileName, string Code);
