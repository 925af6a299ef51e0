namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>True</c>, <c>False</c> or <c>None</c>.</summary>
public sealed record PyConstant(string Keyword) : PyExpression
{
    public static readonly PyConstant True = new("True");
    public static readonly PyConstant False = new("False");
    public static readonly PyConstant None = new("None");

    public static PyConstant Of(bool value) => value ? True : False;
}
