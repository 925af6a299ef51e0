using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// A global or sticky regex kept in a variable carries state in JavaScript: <c>exec</c> and <c>test</c> start at
/// its <c>lastIndex</c> and move it past the match (back to 0 when none is found); a sticky one matches only
/// there. <c>JsRegExp</c> holds the compiled pattern and that index, and hands every other attribute (<c>sub</c>,
/// <c>finditer</c>, <c>split</c>, ...) to the pattern, so the rest of the translation uses it as it would
/// <c>re.compile</c>'s result.
/// </summary>
internal static partial class JsRuntime
{
    public const string RegExp = "JsRegExp";
    public const string Exec = "js_exec";

    /// <summary><c>def js_exec(r, s): return r.exec(s) if hasattr(r, "exec") else js_match(r.search(s))</c>: a stateful or a plain regex.</summary>
    private static PyFunctionDef JsExec() =>
        new(Exec, [new("r"), new("s")],
        [
            new PyReturn(new PyConditional(PyCall.Of("hasattr", N("r"), S("exec")), PyCall.Method(N("r"), "exec", N("s")), PyCall.Of(Match, PyCall.Method(N("r"), "search", N("s"))))),
        ]);

    /// <summary>
    /// <code>
    /// class JsRegExp:
    ///     def __init__(self, compiled, sticky=False):
    ///         self.compiled = compiled
    ///         self.sticky = sticky
    ///         self.lastIndex = 0
    ///     def __getattr__(self, name):
    ///         return getattr(self.compiled, name)
    ///     def exec(self, s):
    ///         if self.lastIndex &gt; len(s):
    ///             self.lastIndex = 0
    ///             return None
    ///         m = self.compiled.match(s, self.lastIndex) if self.sticky else self.compiled.search(s, self.lastIndex)
    ///         self.lastIndex = 0 if m is None else m.end()
    ///         return js_match(m)
    ///     def test(self, s):
    ///         return self.exec(s) is not None
    /// </code>
    /// </summary>
    private static PyClassDef JsRegExpClass()
    {
        var self = N("self");
        var s = N("s");
        var m = N("m");
        var compiled = new PyMember(self, "compiled");
        var lastIndex = new PyMember(self, "lastIndex");
        return new PyClassDef(RegExp, [],
        [
            new PyFunctionDef("__init__", [new("self"), new("compiled"), new("sticky", PyConstant.False)],
            [
                new PyAssign([compiled], N("compiled")),
                new PyAssign([new PyMember(self, "sticky")], N("sticky")),
                new PyAssign([lastIndex], new PyNumber("0")),
            ]),
            new PyFunctionDef("__getattr__", [new("self"), new("name")], [new PyReturn(PyCall.Of("getattr", compiled, N("name")))]),
            new PyFunctionDef("exec", [new("self"), new("s")],
            [
                new PyIf(new PyCompare(lastIndex, PyCompareOperator.Greater, PyCall.Of("len", s)),
                    [new PyAssign([lastIndex], new PyNumber("0")), new PyReturn(PyConstant.None)], []),
                new PyAssign([m], new PyConditional(new PyMember(self, "sticky"), PyCall.Method(compiled, "match", s, lastIndex), PyCall.Method(compiled, "search", s, lastIndex))),
                new PyAssign([lastIndex], new PyConditional(new PyCompare(m, PyCompareOperator.Is, PyConstant.None), new PyNumber("0"), PyCall.Method(m, "end"))),
                new PyReturn(PyCall.Of(Match, m)),
            ]),
            new PyFunctionDef("test", [new("self"), new("s")],
                [new PyReturn(new PyCompare(PyCall.Method(self, "exec", s), PyCompareOperator.IsNot, PyConstant.None))]),
        ]);
    }
}
