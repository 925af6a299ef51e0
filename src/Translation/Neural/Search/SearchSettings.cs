namespace CodeIntel.Translation.Neural.Search;

/// <summary>One search's settings, resolved from the options and the model's generation config.</summary>
internal sealed record SearchSettings(int StartToken, int EosToken, int Beams, double LengthPenalty, bool EarlyStopping, int MaxLength)
{
    /// <summary>With constraints on, how many ranked candidates a step may check before giving up on filling the beam.</summary>
    public int CandidateBudget => Math.Max(8, Beams * 6);
}
