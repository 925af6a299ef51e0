using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// <c>localeCompare</c> orders as a collator does, not by code point: letters first without case or accents
/// ("apple" before "Banana"), then accents, then lower case before upper. <c>js_collate</c> is that order as a
/// sort key; <c>js_locale_compare</c> the comparison (-1, 0 or 1).
/// </summary>
internal static partial class JsRuntime
{
    public const string Collate = "js_collate";
    public const string LocaleCompare = "js_locale_compare";

    /// <summary>
    /// <code>
    /// def js_collate(s):
    ///     d = unicodedata.normalize("NFD", s)
    ///     return ("".join(c for c in d if not unicodedata.combining(c)).casefold(), d.casefold(), s.swapcase())
    /// </code>
    /// </summary>
    private static PyFunctionDef JsCollate()
    {
        var d = N("d");
        var c = N("c");
        var letters = PyCall.Method(S(string.Empty), "join", new PyComprehension(c, c, d, PyUnary.Not(PyCall.Of("unicodedata.combining", c)), Generator: true));
        return new(Collate, [new("s")],
        [
            new PyAssign([d], PyCall.Of("unicodedata.normalize", S("NFD"), N("s"))),
            new PyReturn(new PyTuple([PyCall.Method(letters, "casefold"), PyCall.Method(d, "casefold"), PyCall.Method(N("s"), "swapcase")])),
        ]);
    }

    /// <summary><c>def js_locale_compare(a, b): return (js_collate(a) &gt; js_collate(b)) - (js_collate(a) &lt; js_collate(b))</c></summary>
    private static PyFunctionDef JsLocaleCompare()
    {
        var (a, b) = (PyCall.Of(Collate, N("a")), PyCall.Of(Collate, N("b")));
        return new(LocaleCompare, [new("a"), new("b")],
        [
            new PyAssign([N("ka")], a),
            new PyAssign([N("kb")], b),
            new PyReturn(new PyBinary(PyCall.Of("int", new PyCompare(N("ka"), PyCompareOperator.Greater, N("kb"))), PyBinaryOperator.Subtract,
                PyCall.Of("int", new PyCompare(N("ka"), PyCompareOperator.Less, N("kb"))))),
        ]);
    }
}
