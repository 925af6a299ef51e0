namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A numeric literal, already in Python spelling (<c>42</c>, <c>0x1F</c>, <c>1e9</c>, <c>2.5</c>).</summary>
public sealed record PyNumber(string Text) : PyExpression
{
    public static PyNumber Of(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
