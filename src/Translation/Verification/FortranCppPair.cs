namespace CodeIntel.Translation.Verification;

/// <summary>One record of the HPC Fortran/C++ pairs: the Fortran program and the reference C++ translation.</summary>
public sealed record FortranCppPair(int Line, string Fortran, string Cpp);
