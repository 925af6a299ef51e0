using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Python helpers for JavaScript semantics Python lacks, added to the output only when used: <c>js_str</c>
/// (JavaScript's String(): 2.0 prints as "2", true as "true", null as "null", arrays joined by commas),
/// <c>js_inspect</c>/<c>js_print</c> (console.log's layout of arrays and objects on one line) and the
/// remainder with the dividend's sign (<c>trunc_mod</c>, shared with the C-family experts).
/// </summary>
internal static partial class JsRuntime
{
    public const string Str = "js_str";
    public const string Inspect = "js_inspect";
    public const string Print = "js_print";
    public const string Add = "js_add";

    /// <summary><c>js_or_undefined(v)</c>: the text "undefined" for None, else v, where None stands for undefined and is printed or made text.</summary>
    public const string OrUndefined = "js_or_undefined";

    public static IReadOnlyList<PyFunctionDef> Definitions(string name) => name switch
    {
        Str => [JsStr()],
        Inspect => [JsStr(), JsInspect()],
        Print => [JsStr(), JsInspect(), JsPrint()],
        Add => [JsStr(), JsAdd()],
        OrUndefined => [JsOrUndefined()],
        Match => [JsMatchFunction()],
        UpdateAttribute => [JsUpdateAttribute()],
        UpdateItem => [JsUpdateItem()],
        Get => [JsGet()],
        IndexOf => [JsIndexOf()],
        Flat => [JsFlat()],
        ErrorName => [JsErrorName()],
        Entries => [JsEntries()],
        Item => [JsItem()],
        ParseInt => [JsParseInt()],
        ParseFloat => [JsParseFloat()],
        IsInteger => [JsIsInteger()],
        ToNumber => [JsNumber()],
        Radix => [JsRadix()],
        Truthy => [JsTruthy()],
        RegExp => [],
        Date => [],
        FromEntries => [JsFromEntries()],
        Exec => [JsExec()],
        Power => [JsPow()],
        TypeOf => [JsTypeOf()],
        Next => [JsNext()],
        MapSet => [JsMapSet()],
        SetAdd => [JsSetAdd()],
        Delete => [JsDelete()],
        Push => [JsPush()],
        Set => [JsSet()],
        Splice => [JsSplice()],
        LiveKeys => [JsLiveKeys()],
        Sign => [JsSign()],
        Int32 => [JsInt32()],
        JsonValue => [JsJsonValue()],
        Message => [JsMessage()],
        Pad => [JsPad()],
        CharCode => [JsCharCode()],
        Index => [JsIndex()],
        SetIndex => [JsSetIndex()],
        ToFixed => [JsStr(), JsToFixed()],
        Collate => [JsCollate()],
        LocaleCompare => [JsCollate(), JsLocaleCompare()],
        _ when ErrorClasses.Contains(name) => [],
        _ => PythonHelpers.Definitions(name),
    };

    private static PyName N(string id) => new(id);

    private static PyString S(string text) => new(text);

    private static PyCall IsInstance(PyExpression value, string type) => PyCall.Of("isinstance", value, N(type));

    private static PyFunctionDef JsStr()
    {
        var v = N("v");
        var infinity = PyCall.Of("float", S("inf"));
        return new PyFunctionDef(Str, [new("v")],
        [
            new PyIf(new PyCompare(v, PyCompareOperator.Is, PyConstant.None), [new PyReturn(S("null"))], []),
            new PyIf(IsInstance(v, "bool"), [new PyReturn(new PyConditional(v, S("true"), S("false")))], []),
            new PyIf(IsInstance(v, "float"),
            [
                new PyIf(new PyCompare(v, PyCompareOperator.NotEqual, v), [new PyReturn(S("NaN"))], []),
                new PyIf(new PyCompare(PyCall.Of("abs", v), PyCompareOperator.Equal, infinity),
                    [new PyReturn(new PyConditional(new PyCompare(v, PyCompareOperator.Greater, new PyNumber("0")), S("Infinity"), S("-Infinity")))], []),
                new PyIf(new PyBoolean(PyCall.Method(v, "is_integer"), PyBooleanOperator.And, new PyCompare(PyCall.Of("abs", v), PyCompareOperator.Less, new PyNumber("1e21"))),
                    [new PyReturn(PyCall.Of("str", PyCall.Of("int", v)))], []),
                new PyReturn(PyCall.Of("repr", v)),
            ], []),
            new PyIf(PyCall.Of("isinstance", v, new PyTuple([N("list"), N("tuple"), N("bytearray")])),
                [new PyReturn(PyCall.Method(S(","), "join", new PyComprehension(
                    new PyConditional(new PyCompare(N("x"), PyCompareOperator.Is, PyConstant.None), S(string.Empty), PyCall.Of(Str, N("x"))),
                    N("x"), v, Generator: true)))], []),
            new PyIf(IsInstance(v, "dict"), [new PyReturn(S("[object Object]"))], []),
            new PyReturn(PyCall.Of("str", v)),
        ]);
    }

    private static PyFunctionDef JsInspect()
    {
        var v = N("v");
        var nested = N("nested");
        var k = N("k");
        var x = N("x");
        var quotedKey = new PyConditional(
            new PyBoolean(IsInstance(k, "str"), PyBooleanOperator.And, PyCall.Method(k, "isidentifier")),
            k,
            new PyBinary(new PyBinary(S("'"), PyBinaryOperator.Add, PyCall.Of("str", k)), PyBinaryOperator.Add, S("'")));
        return new PyFunctionDef(Inspect, [new("v"), new("nested", PyConstant.False)],
        [
            new PyIf(IsInstance(v, "str"),
                [new PyReturn(new PyConditional(nested, new PyBinary(new PyBinary(S("'"), PyBinaryOperator.Add, v), PyBinaryOperator.Add, S("'")), v))], []),
            // A Uint8Array (a bytearray): node names the type and the length.
            new PyIf(IsInstance(v, "bytearray"),
            [
                new PyReturn(new PyBinary(new PyBinary(new PyBinary(S("Uint8Array("), PyBinaryOperator.Add, PyCall.Of("str", PyCall.Of("len", v))), PyBinaryOperator.Add, S(") ")),
                    PyBinaryOperator.Add, PyCall.Of(Inspect, PyCall.Of("list", v)))),
            ], []),
            new PyIf(PyCall.Of("isinstance", v, new PyTuple([N("list"), N("tuple")])),
            [
                new PyReturn(new PyConditional(v,
                    new PyBinary(new PyBinary(S("[ "), PyBinaryOperator.Add,
                        PyCall.Method(S(", "), "join", new PyComprehension(PyCall.Of(Inspect, x, PyConstant.True), x, v, Generator: true))),
                        PyBinaryOperator.Add, S(" ]")),
                    S("[]"))),
            ], []),
            new PyIf(IsInstance(v, "dict"),
            [
                new PyReturn(new PyConditional(v,
                    new PyBinary(new PyBinary(S("{ "), PyBinaryOperator.Add,
                        PyCall.Method(S(", "), "join", new PyComprehension(
                            new PyBinary(new PyBinary(quotedKey, PyBinaryOperator.Add, S(": ")), PyBinaryOperator.Add, PyCall.Of(Inspect, x, PyConstant.True)),
                            new PyTuple([k, x]), PyCall.Method(v, "items"), Generator: true))),
                        PyBinaryOperator.Add, S(" }")),
                    S("{}"))),
            ], []),
            new PyReturn(PyCall.Of(Str, v)),
        ]);
    }

    private static PyFunctionDef JsAdd()
    {
        // JavaScript's +: concatenation once either side is a string, addition otherwise.
        var a = N("a");
        var b = N("b");
        return new PyFunctionDef(Add, [new("a"), new("b")],
        [
            new PyIf(new PyBoolean(IsInstance(a, "str"), PyBooleanOperator.Or, IsInstance(b, "str")),
                [new PyReturn(new PyBinary(PyCall.Of(Str, a), PyBinaryOperator.Add, PyCall.Of(Str, b)))], []),
            new PyReturn(new PyBinary(a, PyBinaryOperator.Add, b)),
        ]);
    }

    private static PyFunctionDef JsOrUndefined() =>
        new(OrUndefined, [new("v")],
        [
            new PyReturn(new PyConditional(new PyCompare(N("v"), PyCompareOperator.Is, PyConstant.None), S("undefined"), N("v"))),
        ]);

    private static PyFunctionDef JsPrint() =>
        new(Print, [new("*values")],
        [
            new PyExpressionStatement(PyCall.Of("print", PyCall.Of("*map", N(Inspect), N("values")))),
        ]);
}
