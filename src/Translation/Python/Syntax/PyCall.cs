namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A call <c>function(arguments, name=value)</c>.</summary>
public sealed record PyCall(PyExpression Function, IReadOnlyList<PyExpression> Arguments, IReadOnlyList<PyKeyword>? Keywords = null) : PyExpression
{
    public static PyCall Of(string function, params PyExpression[] arguments) => new(new PyName(function), arguments);

    public static PyCall Method(PyExpression receiver, string method, params PyExpression[] arguments) => new(new PyMember(receiver, method), arguments);
}
