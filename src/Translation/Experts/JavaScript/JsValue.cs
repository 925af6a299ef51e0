using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>A lowered expression with what is known of its JavaScript kind.</summary>
internal sealed record JsValue(PyExpression Py, JsType Type)
{
    public static JsValue Of(PyExpression py, JsType type) => new(py, type);
}
