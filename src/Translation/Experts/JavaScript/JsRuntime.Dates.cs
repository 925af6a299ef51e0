using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// JavaScript's <c>Date</c> in UTC: a count of milliseconds since 1970 read and written by the <c>getUTC*</c> and
/// <c>setUTC*</c> methods. The local-time methods, and a Date made text (<c>String(d)</c>, which is local time), depend
/// on the machine's time zone; the lowering reports those, and <c>__str__</c> raises where the kind was not seen.
/// </summary>
internal static partial class JsRuntime
{
    public const string Date = "JsDate";

    /// <summary>The UTC fields in the order <c>js_fields</c> lists them, each with its getter and setter suffix.</summary>
    private static readonly string[] DateFields = ["FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"];

    /// <summary>
    /// <code>
    /// class JsDate:
    ///     def __init__(self, ms):
    ///         if isinstance(ms, str): raise NotImplementedError("new Date(text) with text made at run time is not translated")
    ///         self.ms = int(ms.ms if isinstance(ms, JsDate) else ms)
    ///     @staticmethod
    ///     def js_ms(y, m, d, h, mi, s, ms):
    ///         y += m // 12
    ///         days = (datetime.date(y, m % 12 + 1, 1) - datetime.date(1970, 1, 1)).days + d - 1
    ///         return ((days * 24 + h) * 60 + mi) * 60000 + s * 1000 + ms
    ///     @staticmethod
    ///     def UTC(y, m=0, d=1, h=0, mi=0, s=0, ms=0):
    ///         return JsDate.js_ms(y + 1900 if 0 &lt;= y &lt;= 99 else y, m, d, h, mi, s, ms)
    ///     def js_fields(self):
    ///         t = datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=self.ms)
    ///         return [t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.microsecond // 1000]
    ///     def js_set(self, i, v):
    ///         f = self.js_fields()
    ///         f[i] = v
    ///         self.ms = JsDate.js_ms(*f)
    ///         return self.ms
    ///     def getTime(self): return self.ms
    ///     def valueOf(self): return self.ms
    ///     def getUTCDay(self): return (self.ms // 86400000 + 4) % 7
    ///     def getUTCFullYear(self): return self.js_fields()[0]       # Month, Date, Hours, ... Milliseconds likewise
    ///     def setUTCFullYear(self, v): return self.js_set(0, v)      # likewise
    ///     def toISOString(self):
    ///         f = self.js_fields()
    ///         return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (f[0], f[1] + 1, f[2], f[3], f[4], f[5], f[6])
    ///     def toJSON(self): return self.toISOString()
    ///     def __sub__(self, o): return self.ms - (o.ms if isinstance(o, JsDate) else o)
    ///     def __lt__(self, o): return self.ms &lt; JsDate(o).ms                # __le__, __gt__, __ge__ likewise
    ///     def __str__(self): raise NotImplementedError("a Date made text is local time in JavaScript; not translated")
    /// </code>
    /// Days come from the proleptic Gregorian calendar, as JavaScript's do; a month past 11 carries into the year
    /// and a day past the month's end into the next month, as in <c>Date.UTC</c>. Years outside 1..9999 raise
    /// (Python's datetime), where JavaScript goes on; an invalid date (NaN) raises at construction.
    /// </summary>
    private static PyClassDef JsDateClass()
    {
        var self = N("self");
        var ms = new PyMember(self, "ms");
        var (y, m, d, f, o) = (N("y"), N("m"), N("d"), N("f"), N("o"));
        PyExpression Num(int n) => new PyNumber(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        PyExpression Bin(PyExpression l, PyBinaryOperator op, PyExpression r) => new PyBinary(l, op, r);
        PyFunctionDef Method(string name, PyExpression result, params string[] parameters) =>
            new(name, [new("self"), .. parameters.Select(p => new PyParameter(p))], [new PyReturn(result)]);
        PyExpression Fields() => PyCall.Method(self, "js_fields");
        PyExpression MsOf(PyExpression value) => new PyConditional(IsInstance(value, Date), new PyMember(value, "ms"), value);
        var epochDate = PyCall.Of("datetime.date", Num(1970), Num(1), Num(1));
        var body = new List<PyStatement>
        {
            new PyFunctionDef("__init__", [new("self"), new("ms")],
            [
                new PyIf(IsInstance(N("ms"), "str"), [Py.NotImplemented("new Date(text) with text made at run time is not translated")], []),
                new PyAssign([ms], PyCall.Of("int", MsOf(N("ms")))),
            ]),
            new PyFunctionDef("js_ms", [new("y"), new("m"), new("d"), new("h"), new("mi"), new("s"), new("ms")],
            [
                new PyAugmentedAssign(y, PyBinaryOperator.Add, Bin(m, PyBinaryOperator.FloorDivide, Num(12))),
                new PyAssign([N("days")], Bin(Bin(new PyMember(Bin(PyCall.Of("datetime.date", y, Bin(Bin(m, PyBinaryOperator.Modulo, Num(12)), PyBinaryOperator.Add, Num(1)), Num(1)), PyBinaryOperator.Subtract, epochDate), "days"),
                    PyBinaryOperator.Add, d), PyBinaryOperator.Subtract, Num(1))),
                new PyReturn(Bin(Bin(Bin(Bin(Bin(Bin(N("days"), PyBinaryOperator.Multiply, Num(24)), PyBinaryOperator.Add, N("h")), PyBinaryOperator.Multiply, Num(60)), PyBinaryOperator.Add, N("mi")),
                    PyBinaryOperator.Multiply, Num(60000)), PyBinaryOperator.Add, Bin(Bin(N("s"), PyBinaryOperator.Multiply, Num(1000)), PyBinaryOperator.Add, N("ms")))),
            ], ["staticmethod"]),
            new PyFunctionDef("UTC", [new("y"), new("m", Num(0)), new("d", Num(1)), new("h", Num(0)), new("mi", Num(0)), new("s", Num(0)), new("ms", Num(0))],
            [
                new PyReturn(PyCall.Method(N(Date), "js_ms",
                    new PyConditional(new PyBoolean(new PyCompare(Num(0), PyCompareOperator.LessOrEqual, y), PyBooleanOperator.And, new PyCompare(y, PyCompareOperator.LessOrEqual, Num(99))), Bin(y, PyBinaryOperator.Add, Num(1900)), y),
                    m, d, N("h"), N("mi"), N("s"), N("ms"))),
            ], ["staticmethod"]),
            new PyFunctionDef("js_fields", [new("self")],
            [
                new PyAssign([N("t")], Bin(PyCall.Of("datetime.datetime", Num(1970), Num(1), Num(1)), PyBinaryOperator.Add,
                    new PyCall(N("datetime.timedelta"), [], [new PyKeyword("milliseconds", ms)]))),
                new PyReturn(new PyList([
                    new PyMember(N("t"), "year"), Bin(new PyMember(N("t"), "month"), PyBinaryOperator.Subtract, Num(1)), new PyMember(N("t"), "day"),
                    new PyMember(N("t"), "hour"), new PyMember(N("t"), "minute"), new PyMember(N("t"), "second"),
                    Bin(new PyMember(N("t"), "microsecond"), PyBinaryOperator.FloorDivide, Num(1000))])),
            ]),
            new PyFunctionDef("js_set", [new("self"), new("i"), new("v")],
            [
                new PyAssign([f], Fields()),
                new PyAssign([new PySubscript(f, N("i"))], N("v")),
                new PyAssign([ms], PyCall.Method(N(Date), "js_ms", N("*f"))),
                new PyReturn(ms),
            ]),
            Method("getTime", ms),
            Method("valueOf", ms),
            Method("getUTCDay", Bin(Bin(Bin(ms, PyBinaryOperator.FloorDivide, Num(86400000)), PyBinaryOperator.Add, Num(4)), PyBinaryOperator.Modulo, Num(7))),
        };
        for (var i = 0; i < DateFields.Length; i++)
        {
            body.Add(Method("getUTC" + DateFields[i], new PySubscript(Fields(), Num(i))));
            body.Add(Method("setUTC" + DateFields[i], PyCall.Method(self, "js_set", Num(i), N("v")), "v"));
        }
        PyExpression Field(int i) => new PySubscript(f, Num(i));
        body.Add(new PyFunctionDef("toISOString", [new("self")],
        [
            new PyAssign([f], Fields()),
            new PyReturn(Bin(S("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ"), PyBinaryOperator.Modulo,
                new PyTuple([Field(0), Bin(Field(1), PyBinaryOperator.Add, Num(1)), Field(2), Field(3), Field(4), Field(5), Field(6)]))),
        ]));
        body.Add(Method("toJSON", PyCall.Method(self, "toISOString")));
        body.Add(Method("__sub__", Bin(ms, PyBinaryOperator.Subtract, MsOf(o)), "o"));
        foreach (var (name, op) in new[] { ("__lt__", PyCompareOperator.Less), ("__le__", PyCompareOperator.LessOrEqual), ("__gt__", PyCompareOperator.Greater), ("__ge__", PyCompareOperator.GreaterOrEqual) })
        {
            body.Add(Method(name, new PyCompare(ms, op, new PyMember(PyCall.Of(Date, o), "ms")), "o"));
        }
        body.Add(new PyFunctionDef("__str__", [new("self")], [Py.NotImplemented("a Date made text is local time in JavaScript; not translated")]));
        return new PyClassDef(Date, [], body);
    }
}
