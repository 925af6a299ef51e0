namespace CodeIntel.Translation.Verification;

/// <summary>
/// One differential check. <see cref="FortranCompiles"/> and <see cref="Deterministic"/> are null where the check stopped
/// before that step; <see cref="Equal"/> is meaningful only for a deterministic original.
/// </summary>
public sealed record DifferentialResult(
    string Name,
    bool CppCompiles,
    string? CppErrors,
    bool? FortranCompiles,
    bool? Deterministic,
    string? FortranOutput,
    string? CppOutput)
{
    public bool Equal => Deterministic == true && FortranOutput == CppOutput;
}
