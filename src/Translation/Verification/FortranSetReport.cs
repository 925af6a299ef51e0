namespace CodeIntel.Translation.Verification;

/// <summary>
/// Figures for a Fortran set: <see cref="Standalone"/> programs gfortran accepts alone (others need modules that are
/// not in the set), how many of them translate and compile, how many have a main program whose gfortran output is
/// deterministic, and how many of those the translation reproduces. <see cref="Translations"/> holds each output
/// (null where translation failed), for scoring against references.
/// </summary>
public sealed record FortranSetReport(
    int Total,
    int Standalone,
    int Translated,
    int Compiled,
    int Runnable,
    int Deterministic,
    int RunEqual,
    int Warnings,
    IReadOnlyList<string?> Translations,
    IReadOnlyList<bool> IsStandalone,
    IReadOnlyList<string> Lines);
