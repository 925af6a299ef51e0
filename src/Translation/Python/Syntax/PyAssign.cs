namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>t1 = t2 = value</c>; a tuple target unpacks.</summary>
public sealed record PyAssign(IReadOnlyList<PyExpression> Targets, PyExpression Value) : PyStatement
{
    public PyAssign(PyExpression target, PyExpression value) : this([target], value)
    {
    }
}
