namespace CodeIntel.Translation.Fortran.Syntax;

/// <summary>
/// One dimension of an array declaration: <c>lo:hi</c>, <c>hi</c> (lower bound 1), <c>:</c> (deferred or assumed
/// shape: both null) or <c>*</c> (assumed size: <see cref="AssumedSize"/>).
/// </summary>
public sealed record DimSpec(Expr? Lo, Expr? Hi, bool AssumedSize = false)
{
    public bool Deferred => Hi is null && !AssumedSize;
}
