namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>The score of one system on one data set.</summary>
public sealed record CodeSearchResult(string Dataset, string System, int Queries, double Mrr, double RecallAt10, TimeSpan IndexTime, TimeSpan MedianQueryTime);
