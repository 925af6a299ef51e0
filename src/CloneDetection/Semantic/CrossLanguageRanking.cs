namespace CodeIntel.CloneDetection.Semantic;

/// <summary>
/// Per query: the counterpart's 1-based rank, its cosine, and the best cosine of any other candidate (how close the
/// nearest wrong answer is: what a semantic-clone threshold must stay above).
/// </summary>
public sealed record CrossLanguageRanking(int[] Ranks, float[] CounterpartCosines, float[] BestOtherCosines);
