namespace CodeIntel.Translation.Fortran.Lexing;

/// <summary>Fortran's two source layouts: fixed form (FORTRAN 77 columns) and free form (Fortran 90 on).</summary>
public enum SourceForm
{
    Free,
    Fixed,
}
