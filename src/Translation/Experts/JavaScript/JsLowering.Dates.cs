using System.Globalization;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>The kind of a <c>Date</c>: an instance of the runtime's <c>JsDate</c>.</summary>
    private static readonly JsType DateType = JsType.InstanceOf(JsRuntime.Date);

    /// <summary>What <c>JsDate</c> answers: time in UTC (milliseconds since 1970), the same on every machine.</summary>
    private static readonly HashSet<string> UtcDateMethods = new(StringComparer.Ordinal)
    {
        "getTime", "valueOf", "getUTCDay", "toISOString", "toJSON",
        "getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCHours", "getUTCMinutes", "getUTCSeconds", "getUTCMilliseconds",
        "setUTCFullYear", "setUTCMonth", "setUTCDate", "setUTCHours", "setUTCMinutes", "setUTCSeconds", "setUTCMilliseconds",
    };

    /// <summary>Methods of a Date that read or write local time (or the machine's locale), which differs between machines.</summary>
    private static readonly HashSet<string> LocalDateMethods = new(StringComparer.Ordinal)
    {
        "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "getMilliseconds", "getTimezoneOffset",
        "setFullYear", "setMonth", "setDate", "setHours", "setMinutes", "setSeconds", "setMilliseconds", "setTime", "getYear",
        "toDateString", "toTimeString", "toLocaleDateString", "toLocaleTimeString", "toLocaleString", "toUTCString", "toGMTString",
    };

    // An ISO text JavaScript reads as UTC: a date alone, or a date and time with Z or an offset.
    private static readonly System.Text.RegularExpressions.Regex UtcIsoText = new(
        @"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private PyName DateClass()
    {
        ctx.Helpers.Add(JsRuntime.Date);
        ctx.Require("datetime");
        return new PyName(JsRuntime.Date);
    }

    /// <summary>
    /// <c>new Date(ms)</c>, <c>new Date(otherDate)</c> and <c>new Date("2024-03-01T10:00Z")</c> (read here) are a
    /// <c>JsDate</c>; the current time and the local-time forms (<c>new Date(y, m, d)</c>, a time without a zone) are reported.
    /// </summary>
    private JsValue NewDate(List<SyntaxNode> arguments, SyntaxNode node)
    {
        if (arguments.Count == 0)
        {
            throw Unsupported(node, "new Date() (the current time)");
        }
        if (arguments.Count > 1)
        {
            throw Unsupported(node, "new Date(year, month, …) (local time)");
        }
        var argument = arguments[0];
        if (argument.Type == "string" && argument.NamedChildren.All(c => c.Type == "string_fragment"))
        {
            var text = argument.Text[1..^1];
            if (!UtcIsoText.IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw Unsupported(node, "new Date(text) with text other than an ISO date or a date and time with its zone");
            }
            return JsValue.Of(new PyCall(DateClass(), [new PyNumber(parsed.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))]), DateType);
        }
        var value = Lower(argument);
        if (value.Type.Kind is JsKind.String or JsKind.MaybeString || argument.Type is "template_string" or "spread_element")
        {
            throw Unsupported(node, "new Date(text) with text made at run time");
        }
        return JsValue.Of(new PyCall(DateClass(), [value.Py]), DateType);
    }

    /// <summary>
    /// A method call on a Date: on a value of its kind, or of unknown kind when no class of the program has a method
    /// of that name. The UTC methods are <c>JsDate</c>'s; local-time ones are reported. Null when it is no Date call.
    /// </summary>
    private JsValue? DateMethodCall(JsValue receiver, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var isDate = receiver.Type.Class == JsRuntime.Date;
        if (!isDate && (receiver.Type.Kind != JsKind.Unknown || ctx.Facts.ClassMembers.Contains(method)))
        {
            return null;
        }
        if (UtcDateMethods.Contains(method) && (isDate || method != "valueOf"))
        {
            DateClass();
            var type = method is "toISOString" or "toJSON" ? JsType.String : JsType.Int;
            return JsValue.Of(new PyCall(new PyMember(receiver.Py, method), LowerArguments(arguments)), type);
        }
        // toLocaleString is a number's method too.
        if (LocalDateMethods.Contains(method) && method != "toLocaleString" || isDate)
        {
            throw Unsupported(node, $"the Date method '{method}' (local time, or not translated)");
        }
        return null;
    }
}
