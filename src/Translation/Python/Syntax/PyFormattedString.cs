namespace CodeIntel.Translation.Python.Syntax;

/// <summary>
/// An f-string: <see cref="PyString"/> parts are literal text, any other part is an interpolated expression.
/// The printer falls back to <c>"...{}...".format(...)</c> where Python 3.11's f-string rules would reject the
/// expression text (a backslash, or both quote characters).
/// </summary>
public sealed record PyFormattedString(IReadOnlyList<PyExpression> Parts) : PyExpression;
