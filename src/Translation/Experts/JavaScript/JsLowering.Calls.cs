using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private static List<SyntaxNode> Arguments(SyntaxNode call) =>
        call.ChildByField("arguments")?.NamedChildren.Where(c => c.Type != "comment").ToList() ?? [];

    /// <summary>Arguments as Python expressions; a spread argument becomes <c>*value</c>.</summary>
    private List<PyExpression> LowerArguments(List<SyntaxNode> arguments) =>
        arguments.Select(a => a.Type == "spread_element"
            ? new PyName("*" + Python.Printing.PythonExpressionPrinter.Print(Listed(Lower(a.NamedChildren[0]))))
            : Lower(a).Py).ToList();

    private JsValue LowerCall(SyntaxNode node)
    {
        var callee = node.ChildByField("function")!.Value;
        if (node.ChildByField("arguments") is { Type: "template_string" } template)
        {
            return TaggedTemplate(callee, template);
        }
        var arguments = Arguments(node);
        if (node.Children.Any(c => c.Type == "optional_chain"))
        {
            // f?.(x): undefined without calling when f is null or undefined; the arguments are not evaluated then.
            var (tested, function) = TestedOnce(Lower(callee).Py);
            return JsValue.Of(new PyConditional(new PyCompare(tested, PyCompareOperator.Is, PyConstant.None), PyConstant.None, new PyCall(function, LowerArguments(arguments))), JsType.Unknown);
        }
        switch (callee.Type)
        {
            case "identifier":
                return GlobalFunction(callee, arguments, node);
            case "super":
                return JsValue.Of(new PyCall(new PyMember(PyCall.Of("super"), "__init__"), LowerArguments(arguments)), JsType.Null);
            case "member_expression":
                var receiverNode = callee.ChildByField("object")!.Value;
                var method = callee.ChildByField("property")!.Value.Text;
                if (callee.Children.Any(c => c.Type == "optional_chain"))
                {
                    return OptionalMethodCall(receiverNode, method, arguments, node);
                }
                if (receiverNode.Type == "identifier" && ctx.Lookup(receiverNode.Text) is null && StaticCall(receiverNode.Text, method, arguments, node) is { } global)
                {
                    return global;
                }
                if (receiverNode.Type == "super")
                {
                    return JsValue.Of(new PyCall(new PyMember(PyCall.Of("super"), JsContext.SafeName(method)), LowerArguments(arguments)), JsType.Unknown);
                }
                return ChainedMethodCall(receiverNode, method, arguments, node);
            default:
                var function = Lower(callee);
                return JsValue.Of(new PyCall(function.Py, LowerArguments(arguments)), JsType.Unknown);
        }
    }

    /// <summary>A receiver lowered once, read back when the call on it is lowered (<see cref="OptionalMethodCall"/>).</summary>
    private (SyntaxNode Node, JsValue Value)? _lowered;

    /// <summary><c>a?.m(x)</c>: undefined without calling when a is null or undefined; a is evaluated once.</summary>
    private JsValue OptionalMethodCall(SyntaxNode receiverNode, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var receiver = Lower(receiverNode);
        var (tested, owner) = TestedOnce(receiver.Py);
        var call = MethodCallOn(receiverNode, JsValue.Of(owner, receiver.Type), method, arguments, node);
        return JsValue.Of(new PyConditional(new PyCompare(tested, PyCompareOperator.Is, PyConstant.None), PyConstant.None, call.Py), MaybeUndefined(call.Type));
    }

    /// <summary>The method call with its receiver already lowered to <paramref name="receiver"/>.</summary>
    private JsValue MethodCallOn(SyntaxNode receiverNode, JsValue receiver, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var outer = _lowered;
        _lowered = (receiverNode, receiver);
        try
        {
            return MethodCall(receiverNode, method, arguments, node);
        }
        finally
        {
            _lowered = outer;
        }
    }

    /// <summary>
    /// <c>a?.b.m(x)</c>: the call continues the optional chain, so it is skipped (undefined) when a link was; the
    /// receiver is lowered once either way.
    /// </summary>
    private JsValue ChainedMethodCall(SyntaxNode receiverNode, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var receiver = Lower(receiverNode);
        var chain = receiver.Py is PyConditional { Body: PyConstant { Keyword: "None" } } cut && HasOptionalLink(receiverNode) ? cut : null;
        var call = MethodCallOn(receiverNode, chain is null ? receiver : JsValue.Of(chain.OrElse, receiver.Type), method, arguments, node);
        return chain is null ? call : JsValue.Of(new PyConditional(chain.Test, PyConstant.None, call.Py), MaybeUndefined(call.Type));
    }

    /// <summary>Whether a link of the chain ending at <paramref name="node"/> is optional (<c>?.</c>); parentheses end a chain.</summary>
    private static bool HasOptionalLink(SyntaxNode node) => node.Type switch
    {
        "member_expression" or "subscript_expression" => node.Children.Any(c => c.Type == "optional_chain") || HasOptionalLink(node.ChildByField("object")!.Value),
        "call_expression" => node.Children.Any(c => c.Type == "optional_chain") || node.ChildByField("function") is { } f && HasOptionalLink(f),
        _ => false,
    };

    /// <summary>
    /// The kind of a value an optional chain may cut short: printing and concatenation must expect undefined too
    /// (arrays, instances and other kinds already go through the run-time helpers).
    /// </summary>
    private static JsType MaybeUndefined(JsType type) => type.Kind switch
    {
        JsKind.String => JsType.MaybeString,
        JsKind.Int or JsKind.Float or JsKind.Bool => JsType.Unknown,
        _ => type,
    };

    private JsValue GlobalFunction(SyntaxNode callee, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var name = callee.Text;
        if (ctx.Lookup(name) is null)
        {
            switch (name)
            {
                case "parseInt" when ctx.Facts.ChecksNaN:
                    // The program looks for NaN: parse a prefix of digits as JavaScript does, NaN when there is none.
                    return JsValue.Of(ctx.Helper(JsRuntime.ParseInt, [.. LowerArguments(arguments)]), JsType.Float);
                case "parseInt":
                    // parseInt reads the digits the text starts with ("5 mx0" is 5), which int() refuses; the program
                    // never tests for NaN, so int() of the helper's NaN fails loudly rather than printing "nan".
                    return JsValue.Of(PyCall.Of("int", ctx.Helper(JsRuntime.ParseInt, [.. LowerArguments(arguments)])), JsType.Int);
                case "parseFloat" when ctx.Facts.ChecksNaN:
                    // The program looks for NaN: read the number the text starts with, NaN when there is none.
                    ctx.Require("re");
                    return JsValue.Of(ctx.Helper(JsRuntime.ParseFloat, Lower(arguments[0]).Py), JsType.Float);
                case "parseFloat":
                    return JsValue.Of(PyCall.Of("float", Lower(arguments[0]).Py), JsType.Float);
                case "Number":
                    var number = Lower(arguments[0]);
                    return number.Type.IsNumber ? number
                        : number.Type.Kind == JsKind.Bool ? JsValue.Of(PyCall.Of("int", number.Py), JsType.Int)
                        : JsValue.Of(ctx.Helper(JsRuntime.ToNumber, number.Py), JsType.Float);
                case "String":
                    return JsValue.Of(Stringify(LowerForText(arguments[0])), JsType.String);
                case "Boolean":
                    return JsValue.Of(Truthy(Lower(arguments[0])) is var t && t is PyCompare ? t : PyCall.Of("bool", t), JsType.Bool);
                case "structuredClone" when arguments.Count == 1 && arguments[0].Type != "spread_element":
                    // A deep copy of data (objects, arrays, Maps, Sets, dates); an instance would lose its class in JavaScript.
                    var cloned = Lower(arguments[0]);
                    if (cloned.Type.Kind is JsKind.Instance or JsKind.Function && cloned.Type.Class != JsRuntime.Date)
                    {
                        throw Unsupported(node, "structuredClone of a class instance or a function");
                    }
                    ctx.Require("copy");
                    return JsValue.Of(PyCall.Of("copy.deepcopy", cloned.Py), cloned.Type);
                case "isNaN":
                    ctx.Require("math");
                    return JsValue.Of(PyCall.Of("math.isnan", Lower(arguments[0]).Py), JsType.Bool);
                case "isFinite":
                    ctx.Require("math");
                    return JsValue.Of(PyCall.Of("math.isfinite", Lower(arguments[0]).Py), JsType.Bool);
                case "Array":
                    return NewArray(arguments);
                case "require":
                    throw Unsupported(node, "require() of a module");
                case "decodeURIComponent" or "encodeURIComponent" when arguments.Count == 1:
                    // encodeURIComponent keeps letters, digits and - _ . ! ~ * ' ( ); decodeURIComponent reads UTF-8.
                    ctx.Require("urllib.parse");
                    var uri = Lower(arguments[0]).Py;
                    return JsValue.Of(name == "decodeURIComponent"
                        ? PyCall.Of("urllib.parse.unquote", uri)
                        : new PyCall(new PyName("urllib.parse.quote"), [uri], [new PyKeyword("safe", new PyString("-_.!~*'()"))]), JsType.String);
                case var global when !ctx.Facts.Declared.Contains(global):
                    // Not bound by the program and not one of JavaScript's globals translated above.
                    throw Unsupported(node, $"the global function '{global}'");
            }
        }
        var type = ctx.Lookup(name);
        var returns = ctx.Returns.TryGetValue(name, out var r) ? r : JsType.Unknown;
        if (type is null && ctx.Facts.Classes.Contains(name))
        {
            returns = JsType.InstanceOf(name);
        }
        if (ctx.Facts.CalledOnly.Contains(name) && arguments.All(a => a.Type != "spread_element"))
        {
            var values = arguments.Select(Lower).ToList();
            for (var i = 0; i < values.Count; i++)
            {
                // A recursive call passes what the parameters hold, unknown in the first run: it says nothing.
                if (!(ctx.FunctionName == name && values[i].Type.Kind == JsKind.Unknown))
                {
                    ctx.PassArgument(name, i, values[i].Type);
                }
            }
            return JsValue.Of(new PyCall(new PyName(JsContext.SafeName(name)), values.Select(v => v.Py).ToList()), returns);
        }
        return JsValue.Of(new PyCall(new PyName(JsContext.SafeName(name)), LowerArguments(arguments)), returns);
    }

    private JsValue LowerNew(SyntaxNode node)
    {
        var constructor = node.ChildByField("constructor")!.Value;
        var arguments = Arguments(node);
        var name = constructor.Text;
        if (constructor.Type == "identifier" && !ctx.Facts.Classes.Contains(name))
        {
            switch (name)
            {
                case "Array":
                    return NewArray(arguments);
                case "Map":
                    return arguments.Count == 0
                        ? JsValue.Of(new PyDict([]), JsType.Map)
                        : JsValue.Of(PyCall.Of("dict", Lower(arguments[0]).Py), JsType.Map);
                case "Set":
                    // Sets iterate in insertion order in JavaScript: an ordered dict of keys keeps that.
                    return arguments.Count == 0
                        ? JsValue.Of(PyCall.Of("dict"), JsType.OrderedSet)
                        : JsValue.Of(PyCall.Method(new PyName("dict"), "fromkeys", Lower(arguments[0]).Py), JsType.OrderedSet);
                case "Object":
                    return JsValue.Of(new PyDict([]), JsType.Object);
                case "Error" or "TypeError" or "RangeError" or "SyntaxError" or "ReferenceError" or "URIError" or "EvalError":
                    var type = ErrorType(name);
                    return JsValue.Of(new PyCall(new PyName(type), LowerArguments(arguments)), JsType.InstanceOf("Error"));
                case "RegExp" when arguments.Count is 1 or 2 && (arguments.Count == 1 || arguments[1].Type == "string"):
                    return NewRegExp(arguments, node);
                case "Float64Array" when arguments.Count == 1:
                    return NewFloat64Array(Lower(arguments[0]));
                case "Uint8Array" when arguments.Count == 1:
                    return NewUint8Array(arguments[0]);
                case "Date":
                    return NewDate(arguments, node);
                case "Date" or "Promise" or "RegExp" or "WeakMap" or "WeakSet" or "Proxy" or "Float64Array" or "Uint8Array" or "WeakRef"
                    or "Int8Array" or "Int16Array" or "Int32Array" or "Uint8ClampedArray" or "Uint16Array" or "Uint32Array" or "Float32Array"
                    or "BigInt64Array" or "BigUint64Array" or "ArrayBuffer" or "SharedArrayBuffer" or "DataView" or "FinalizationRegistry":
                    // Built-ins without a faithful Python counterpart here (typed arrays wrap or round on write).
                    throw Unsupported(node, $"new {name}");
            }
        }
        var target = Lower(constructor);
        return JsValue.Of(new PyCall(target.Py, LowerArguments(arguments)), JsType.InstanceOf(name));
    }

    private JsValue NewArray(List<SyntaxNode> arguments)
    {
        if (arguments.Count == 1)
        {
            var size = Lower(arguments[0]);
            if (size.Type.Kind == JsKind.String)
            {
                return JsValue.Of(new PyList([size.Py]), JsType.ArrayOf(JsType.String));
            }
            return JsValue.Of(new PyBinary(new PyList([PyConstant.None]), PyBinaryOperator.Multiply, Length(size)), JsType.ArrayOf(JsType.Null));
        }
        return JsValue.Of(new PyList(arguments.Select(a => Lower(a).Py).ToList()), JsType.ArrayOf(null));
    }

    /// <summary>
    /// <c>new Float64Array(n)</c> (n zeros) or <c>new Float64Array(items)</c>: a list of floats, which are doubles
    /// as the typed array's elements are. Integer typed arrays, whose writes wrap, are reported instead.
    /// </summary>
    private JsValue NewFloat64Array(JsValue argument)
    {
        var floats = JsType.ArrayOf(JsType.Float);
        return argument.Type.IsNumber
            ? JsValue.Of(new PyBinary(new PyList([new PyNumber("0.0")]), PyBinaryOperator.Multiply, Length(argument)), floats)
            : JsValue.Of(new PyComprehension(PyCall.Of("float", new PyName("x")), new PyName("x"), argument.Py), floats);
    }
}
