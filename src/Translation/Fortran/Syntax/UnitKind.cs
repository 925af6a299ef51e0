namespace CodeIntel.Translation.Fortran.Syntax;

public enum UnitKind
{
    Program,
    Module,
    Subroutine,
    Function,
}
