namespace CodeIntel.Translation.Neural.Search;

/// <summary>The chosen output tokens (end-of-sequence included when it was generated), their score (summed
/// log-probability; for beam search divided by length^penalty), whether the target grammar accepted them (null: not
/// checked), and the work done: decoder steps and tokens scored.</summary>
internal sealed record SearchOutcome(IReadOnlyList<int> Tokens, double Score, bool? Parses, int Steps, long TokensDecoded);
