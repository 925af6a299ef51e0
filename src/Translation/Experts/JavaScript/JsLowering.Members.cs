using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private JsValue LowerMember(SyntaxNode node)
    {
        var objectNode = node.ChildByField("object")!.Value;
        var property = node.ChildByField("property")!.Value.Text;
        if (objectNode.Type == "identifier" && ctx.Lookup(objectNode.Text) is null && GlobalConstant(objectNode.Text, property) is { } constant)
        {
            return constant;
        }
        if (property == "value" && objectNode.Type == "call_expression" && Arguments(objectNode).Count == 0
            && objectNode.ChildByField("function") is { Type: "member_expression" } next && next.ChildByField("property")?.Text == "next"
            && IsCollectionIterator(next.ChildByField("object")!.Value))
        {
            // m.keys().next().value: the first key, undefined when there is none.
            return JsValue.Of(PyCall.Of("next", PyCall.Of("iter", Lower(next.ChildByField("object")!.Value).Py), PyConstant.None), JsType.Unknown);
        }
        if (property == "name" && objectNode.Type == "member_expression" && objectNode.ChildByField("property")?.Text == "constructor")
        {
            // this.constructor.name: the class's name.
            return JsValue.Of(new PyMember(PyCall.Of("type", Lower(objectNode.ChildByField("object")!.Value).Py), "__name__"), JsType.String);
        }
        if (property == "constructor" && objectNode.Type == "this" && ctx.Class is not null)
        {
            // this.constructor.prefix: a static member of the class the instance was made of, perhaps a subclass.
            return JsValue.Of(PyCall.Of("type", new PyName("self")), JsType.Function);
        }
        var receiver = Lower(objectNode);
        if (receiver.Py is PyConditional { Body: PyConstant { Keyword: "None" } } earlier && IsPure(earlier.OrElse))
        {
            // a?.b.c and a?.b?.c: the whole chain is undefined once one link is.
            var inner = JsValue.Of(earlier.OrElse, receiver.Type);
            var link = Property(inner, property);
            var test = node.Children.Any(c => c.Type == "optional_chain")
                ? new PyBoolean(earlier.Test, PyBooleanOperator.Or, new PyCompare(inner.Py, PyCompareOperator.Is, PyConstant.None))
                : earlier.Test;
            return JsValue.Of(new PyConditional(test, PyConstant.None, link.Py), MaybeUndefined(link.Type));
        }
        var value = Property(receiver, property);
        // A key no object literal of the program writes came from a computed key or JSON: it may be missing.
        if (value.Py is PySubscript { Index: PyString } && (IsProbed(node) || IsCompared(node) || !ctx.Facts.ObjectKeys.Contains(property)))
        {
            // Read to see whether it is there (t.deps ?? [], if (o.x)): a missing key is undefined, not an error.
            value = JsValue.Of(OrUndefined(value.Py), value.Type);
        }
        if (node.Children.Any(c => c.Type == "optional_chain"))
        {
            var (tested, owner) = TestedOnce(receiver.Py);
            var read = ReferenceEquals(owner, receiver.Py) ? value : Property(JsValue.Of(owner, receiver.Type), property);
            return JsValue.Of(new PyConditional(new PyCompare(tested, PyCompareOperator.Is, PyConstant.None), PyConstant.None, read.Py), MaybeUndefined(read.Type));
        }
        return value;
    }

    private JsValue? GlobalConstant(string owner, string property)
    {
        PyExpression Math(string name)
        {
            ctx.Require("math");
            return new PyMember(new PyName("math"), name);
        }
        PyExpression SysFloat(string name)
        {
            ctx.Require("sys");
            return new PyMember(new PyMember(new PyName("sys"), "float_info"), name);
        }
        return (owner, property) switch
        {
            ("Math", "PI") => JsValue.Of(Math("pi"), JsType.Float),
            ("Math", "E") => JsValue.Of(Math("e"), JsType.Float),
            ("Math", "SQRT2") => JsValue.Of(new PyCall(Math("sqrt"), [new PyNumber("2")]), JsType.Float),
            ("Number", "MAX_SAFE_INTEGER") => JsValue.Of(new PyNumber("9007199254740991"), JsType.Int),
            ("Number", "MIN_SAFE_INTEGER") => JsValue.Of(new PyNumber("-9007199254740991"), JsType.Int),
            ("Number", "MAX_VALUE") => JsValue.Of(SysFloat("max"), JsType.Float),
            ("Number", "EPSILON") => JsValue.Of(SysFloat("epsilon"), JsType.Float),
            ("Number", "POSITIVE_INFINITY") => JsValue.Of(PyCall.Of("float", new PyString("inf")), JsType.Float),
            ("Number", "NEGATIVE_INFINITY") => JsValue.Of(PyCall.Of("float", new PyString("-inf")), JsType.Float),
            ("Math", "abs" or "max" or "min") => JsValue.Of(new PyName(property), JsType.Function),
            ("Math", "floor" or "ceil" or "trunc" or "sqrt" or "log" or "log2" or "log10" or "exp" or "sin" or "cos" or "tan" or "hypot")
                => JsValue.Of(Math(property), JsType.Function),
            // Halves round up, as Math.round(x) does when called.
            ("Math", "round") => JsValue.Of(new PyLambda(["x"], new PyCall(Math("floor"), [new PyBinary(new PyName("x"), PyBinaryOperator.Add, new PyNumber("0.5"))])), JsType.Function),
            _ => null,
        };
    }

    /// <summary><c>receiver.name</c>: len() for length and size, a dict subscript on plain objects, an attribute on instances.</summary>
    private JsValue Property(JsValue receiver, string name)
    {
        var kind = receiver.Type.Kind;
        var userMember = ctx.Facts.ClassMembers.Contains(name);
        switch (name)
        {
            case "length" when kind == JsKind.Unknown && !userMember && ctx.Facts.ObjectKeys.Contains(name):
                // An object literal has a length key too: which one the value is shows only at run time.
                var (tested, value) = TestedOnce(receiver.Py);
                return JsValue.Of(new PyConditional(PyCall.Of("isinstance", tested, new PyName("dict")), PyCall.Method(value, "get", new PyString(name)), PyCall.Of("len", value)), JsType.Unknown);
            case "length" when kind is not (JsKind.Instance or JsKind.Object) && !(kind == JsKind.Unknown && userMember):
                return JsValue.Of(PyCall.Of("len", receiver.Py), JsType.Int);
            case "size" when kind is JsKind.Map or JsKind.Set or JsKind.OrderedSet || kind == JsKind.Unknown && !userMember && !ctx.Facts.ObjectKeys.Contains(name):
                return JsValue.Of(PyCall.Of("len", receiver.Py), JsType.Int);
            case "size" or "length" when kind == JsKind.Unknown && userMember && !ctx.Facts.ObjectKeys.Contains(name):
            {
                // A class of the program has this member too: a collection's count or the instance's member, seen at run time.
                var (isCollection, counted) = TestedOnce(receiver.Py);
                var collections = new PyTuple([new PyName("dict"), new PyName("set"), new PyName("list"), new PyName("str")]);
                return JsValue.Of(new PyConditional(PyCall.Of("isinstance", isCollection, collections), PyCall.Of("len", counted), new PyMember(counted, JsContext.SafeName(name))), JsType.Unknown);
            }
            case "message" when receiver.Type.Class == "Error":
                return JsValue.Of(PyCall.Of("str", receiver.Py), JsType.String);
            case "message" when kind == JsKind.Unknown || ctx.Facts.ErrorClasses.Count > 0 && (receiver.Type.Class is not { } owner || ctx.Facts.ErrorClasses.Contains(owner)):
                // An error, an instance with a message member, or an object with that key: seen only at run time.
                return JsValue.Of(ctx.Helper(JsRuntime.Message, receiver.Py), JsType.Unknown);
            case "lastIndex" when kind == JsKind.Regex && receiver.Type.Class is not null
                || kind is JsKind.Unknown or JsKind.MaybeString && !userMember && !ctx.Facts.ObjectKeys.Contains(name):
                // Only a regex kept for its g or y flag (a JsRegExp) has a lastIndex.
                return JsValue.Of(new PyMember(receiver.Py, name), JsType.Int);
            case "source" when kind == JsKind.Regex:
                return JsValue.Of(new PyMember(receiver.Py, "pattern"), JsType.String);
            case "groups" when receiver.Type.Class == "Match":
                return JsValue.Of(new PyMember(receiver.Py, "groups"), JsType.Object);
            case "index" when receiver.Type.Class == "Match":
                return JsValue.Of(new PyMember(receiver.Py, "position"), JsType.Int);
            case "name" when receiver.Type.Class == "Error":
                return JsValue.Of(ctx.Helper(JsRuntime.ErrorName, receiver.Py), JsType.String);
            case not ("stack" or "cause") when receiver.Type.Class == "Error":
                // A caught error may be of a class without this field: undefined in JavaScript.
                return JsValue.Of(PyCall.Of("getattr", receiver.Py, new PyString(JsContext.SafeName(name)), PyConstant.None), JsType.Unknown);
        }
        if (kind == JsKind.Unknown && userMember && ctx.Facts.ObjectKeys.Contains(name) && !name.StartsWith('#'))
        {
            // Both a class member and an object literal key: which one the value is shows only at run time.
            var safe = JsContext.SafeName(name);
            if (safe == name)
            {
                return JsValue.Of(ctx.Helper(JsRuntime.Get, receiver.Py, new PyString(name)), JsType.Unknown);
            }
            var (isDict, owner) = TestedOnce(receiver.Py);
            return JsValue.Of(new PyConditional(PyCall.Of("isinstance", isDict, new PyName("dict")), PyCall.Method(owner, "get", new PyString(name)), new PyMember(owner, safe)), JsType.Unknown);
        }
        var attribute = kind switch
        {
            JsKind.Object => false,
            JsKind.Instance or JsKind.Function => true,
            // A name no class of the program has can only be a plain object's key (Object.fromEntries, JSON).
            _ => userMember,
        };
        // Account.prefix, and this.constructor.prefix (type(self): the instance's own class, perhaps a subclass).
        if (kind == JsKind.Function && ctx.Facts.StaticGetters.Contains(name)
            && (receiver.Py is PyName { Id: var type } && ctx.Facts.Classes.Any(c => JsContext.SafeName(c) == type) || receiver.Py is PyCall { Function: PyName { Id: "type" } }))
        {
            return JsValue.Of(PyCall.Method(receiver.Py, JsContext.SafeName(name)), ctx.Returns.GetValueOrDefault(name, JsType.Unknown));
        }
        var fieldType = kind switch
        {
            // A receiver of unknown kind whose property is some class's field: that field's kind, joined over the classes.
            JsKind.Instance or JsKind.Unknown => ctx.FieldType(name),
            JsKind.Function when receiver.Py is PyName { Id: var owner } && ctx.Facts.Classes.Contains(owner) => ctx.FieldType(StaticField(name)),
            _ => JsType.Unknown,
        };
        return attribute
            ? JsValue.Of(new PyMember(receiver.Py, JsContext.SafeName(name)), fieldType)
            : JsValue.Of(new PySubscript(receiver.Py, new PyString(name)), JsType.Unknown);
    }

    /// <summary>
    /// A property read that gives None (undefined) where the key or attribute is missing: <c>o.get(k)</c> for a
    /// dict subscript, <c>getattr(o, name, None)</c> for an attribute, the read itself otherwise.
    /// </summary>
    private static PyExpression OrUndefined(PyExpression read) => read switch
    {
        PySubscript s => PyCall.Method(s.Value, "get", s.Index),
        PyMember m => PyCall.Of("getattr", m.Value, new PyString(m.Name), PyConstant.None),
        _ => read,
    };

    /// <summary>
    /// An array read JavaScript makes undefined past the end, where the program expects that: the last element
    /// (<c>a[a.length - 1]</c> of an empty array) and a literal index read to see whether it is there
    /// (<c>args[1] ? … : …</c>) or of a rest array, whose length the program does not fix. Null where a plain
    /// subscript is faithful.
    /// </summary>
    private static PyConditional? ElementOrUndefined(PyExpression array, SyntaxNode indexNode, PyExpression index, bool mayBeMissing)
    {
        var length = PyCall.Of("len", array);
        if (index is PyBinary { Operator: PyBinaryOperator.Subtract, Left: PyCall { Function: PyName { Id: "len" } } l, Right: PyNumber { Text: var back } }
            && l.Arguments is [var measured] && measured == array && int.TryParse(back, out var k) && k > 0)
        {
            return new PyConditional(new PyCompare(length, PyCompareOperator.GreaterOrEqual, new PyNumber(back)),
                new PySubscript(array, new PyNumber("-" + back)), PyConstant.None);
        }
        if (mayBeMissing && indexNode.Type == "number" && int.TryParse(indexNode.Text, out var i) && i >= 0)
        {
            return new PyConditional(new PyCompare(length, PyCompareOperator.Greater, index), new PySubscript(array, index), PyConstant.None);
        }
        if (mayBeMissing && indexNode.Type is "identifier" or "member_expression" && IsPure(index))
        {
            // grid[r]?.[c] with r off the board: 0 <= r < len(grid), else undefined.
            var inRange = new PyBoolean(new PyCompare(new PyNumber("0"), PyCompareOperator.LessOrEqual, index), PyBooleanOperator.And, new PyCompare(index, PyCompareOperator.Less, length));
            return new PyConditional(inRange, new PySubscript(array, index), PyConstant.None);
        }
        return null;
    }

    /// <summary>Whether the program reads this value to see whether it is there: a condition, the left of ?? || &amp;&amp;, a comparison with undefined or null.</summary>
    private static bool IsProbed(SyntaxNode node) => IsProbed(node, followDeclaration: true);

    /// <summary>
    /// Whether <paramref name="node"/> is read to see whether it is there; a property or element read into a
    /// variable counts when the program tests that variable (<c>const t = exits[dir]; if (!t) …</c>).
    /// </summary>
    private static bool IsProbed(SyntaxNode node, bool followDeclaration)
    {
        if (Unparenthesized(node, out var child) is not { } owner)
        {
            return false;
        }
        return owner.Type switch
        {
            "if_statement" or "while_statement" => true,
            // return xs[i]: the caller may test what comes back (undefined past the end).
            "return_statement" => node.Type == "subscript_expression",
            "arrow_function" => node.Type == "subscript_expression" && owner.ChildByField("body") == child,
            "variable_declarator" => followDeclaration && node.Type is "member_expression" or "subscript_expression" or "call_expression" && owner.ChildByField("value") == child
                && owner.ChildByField("name") is { Type: "identifier" } name && IsTestedLater(name),
            // A branch of ?: or the right of ?? and || is what the whole expression gives: probed when that is.
            "ternary_expression" => owner.ChildByField("condition") == child || IsProbed(owner, followDeclaration),
            "unary_expression" => owner.ChildByField("operator")?.Text == "!",
            // The receiver of ?. may be missing: that is what the ?. is for.
            "member_expression" or "subscript_expression" => owner.ChildByField("object") == child && owner.Children.Any(c => c.Type == "optional_chain"),
            "binary_expression" => owner.ChildByField("operator")?.Text switch
            {
                "??" or "||" or "&&" => owner.ChildByField("left") == child || IsProbed(owner, followDeclaration),
                "===" or "!==" or "==" or "!=" => owner.NamedChildren.Any(c => c != child && c.Type is "undefined" or "null"),
                _ => false,
            },
            _ => false,
        };
    }

    /// <summary>A key compared with <c>===</c> or <c>!==</c>: a missing one is undefined there, unequal to any value.</summary>
    private static bool IsCompared(SyntaxNode node) =>
        Unparenthesized(node, out _) is { Type: "binary_expression" } owner && owner.ChildByField("operator")?.Text is "===" or "!==" or "==" or "!=";

    /// <summary>The parent of <paramref name="node"/> past any parentheses around it, and the child of it that holds the node.</summary>
    private static SyntaxNode? Unparenthesized(SyntaxNode node, out SyntaxNode child)
    {
        child = node;
        while (child.Parent is { Type: "parenthesized_expression" } p)
        {
            child = p;
        }
        return child.Parent;
    }

    /// <summary>Whether the variable <paramref name="name"/> declares is tested for presence in the block that declares it.</summary>
    private static bool IsTestedLater(SyntaxNode name)
    {
        var scope = name.Parent;
        while (scope is { } inner && inner.Type is not ("statement_block" or "program" or "switch_case"))
        {
            scope = inner.Parent;
        }
        return scope is { } found && Descendants(found).Any(n => n.Type == "identifier" && n.Text == name.Text && n.StartByte > name.StartByte && IsProbed(n, followDeclaration: false));
    }

    private JsValue LowerSubscript(SyntaxNode node)
    {
        var receiver = Lower(node.ChildByField("object")!.Value);
        var indexNode = node.ChildByField("index")!.Value;
        var index = Lower(indexNode);
        if (index.Type.Kind == JsKind.Float && receiver.Type.Kind is JsKind.Array or JsKind.String or JsKind.Unknown)
        {
            // xs[(n - 1) / 2]: a whole number that Python's / made a float indexes as an int.
            index = JsValue.Of(ctx.Helper(JsRuntime.Index, index.Py), JsType.Int);
        }
        if (node.Children.Any(c => c.Type == "optional_chain"))
        {
            // a?.[i]: undefined when a is; the receiver is evaluated once.
            var (tested, owner) = TestedOnce(receiver.Py);
            var test = new PyCompare(tested, PyCompareOperator.Is, PyConstant.None);
            PyExpression item = receiver.Type.Kind is JsKind.Object or JsKind.Map || index.Type.Kind == JsKind.String ? PyCall.Method(owner, "get", index.Py)
                : receiver.Type.Kind is JsKind.Array or JsKind.String ? new PySubscript(owner, index.Py)
                : ctx.Helper(JsRuntime.Item, owner, index.Py);
            return JsValue.Of(new PyConditional(test, PyConstant.None, item), receiver.Type.Kind == JsKind.Array ? receiver.Type.Element ?? JsType.Unknown : JsType.Unknown);
        }
        return receiver.Type.Kind switch
        {
            // s[i + 1] past the end is undefined: a one-character slice, empty there, or None.
            JsKind.String when indexNode.Type == "binary_expression" && indexNode.ChildByField("operator")?.Text == "+"
                && indexNode.ChildByField("right") is { Type: "number" } offset && int.TryParse(offset.Text, out var k) && k > 0
                && index.Py is PyBinary { Operator: PyBinaryOperator.Add, Left: var start } =>
                JsValue.Of(new PyBoolean(new PySubscript(receiver.Py, new PySlice(index.Py, new PyBinary(start, PyBinaryOperator.Add, new PyNumber((k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))))), PyBooleanOperator.Or, PyConstant.None), JsType.String),
            // Read to see whether it is there (s[i] ?? '', if (xs[i - 1])), or compared (while (src[pos] === ' ')): undefined past either end.
            JsKind.String when IsProbed(node) || IsCompared(node) => JsValue.Of(ctx.Helper(JsRuntime.Item, receiver.Py, index.Py), JsType.MaybeString),
            JsKind.String => JsValue.Of(new PySubscript(receiver.Py, index.Py), JsType.String),
            JsKind.Array or JsKind.Unknown when IsPure(receiver.Py) && ElementOrUndefined(receiver.Py, indexNode, index.Py, receiver.Type.Kind == JsKind.Array && (IsProbed(node) || receiver.Type.Class == "Rest")) is { } guarded =>
                JsValue.Of(guarded, receiver.Type.Element ?? JsType.Unknown),
            // xs.sort(…)[0] read to see whether it is there: the first element, or undefined when there is none.
            JsKind.Array when index.Py is PyNumber { Text: "0" } && IsProbed(node) =>
                JsValue.Of(PyCall.Of("next", PyCall.Of("iter", receiver.Py), PyConstant.None), receiver.Type.Element ?? JsType.Unknown),
            JsKind.Array when IsProbed(node) && indexNode.Type != "number" => JsValue.Of(ctx.Helper(JsRuntime.Item, receiver.Py, index.Py), receiver.Type.Element ?? JsType.Unknown),
            JsKind.Array => JsValue.Of(new PySubscript(receiver.Py, index.Py), receiver.Type.Element ?? JsType.Unknown),
            // An array, a string or an object, read to see whether the entry is there, or compared with a value (a
            // string key may be an array's index made text, as a JSON pointer's segments are).
            JsKind.Unknown when IsProbed(node) || IsCompared(node) => JsValue.Of(ctx.Helper(JsRuntime.Item, receiver.Py, index.Py), JsType.Unknown),
            // An instance read by a computed name.
            JsKind.Instance when index.Type.Kind is not (JsKind.Int or JsKind.Float) && index.Py is not PyNumber =>
                JsValue.Of(PyCall.Of("getattr", receiver.Py, index.Py, PyConstant.None), JsType.Unknown),
            // A plain object (or an instance, in a program with classes) read by a computed name: a missing key is undefined.
            JsKind.Unknown when index.Type.Kind is JsKind.String or JsKind.Unknown && index.Py is PyName or PyMember or PySubscript =>
                JsValue.Of(ctx.Helper(JsRuntime.Item, receiver.Py, index.Py), JsType.Unknown),
            // A missing key reads as undefined in JavaScript.
            JsKind.Object when index.Py is not PyString || IsProbed(node) => JsValue.Of(PyCall.Method(receiver.Py, "get", index.Py), JsType.Unknown),
            _ => JsValue.Of(new PySubscript(receiver.Py, index.Py), JsType.Unknown),
        };
    }

    /// <summary>An assignment target: names, attributes of self, dict keys and list elements.</summary>
    private PyExpression LowerTarget(SyntaxNode node)
    {
        switch (node.Type)
        {
            case "identifier":
                return new PyName(JsContext.SafeName(node.Text));
            case "member_expression":
                var receiver = Lower(node.ChildByField("object")!.Value);
                var name = node.ChildByField("property")!.Value.Text;
                var value = Property(receiver, name);
                return value.Py is PyCall ? throw Unsupported(node, $"assigning '{name}'") : value.Py;
            case "subscript_expression":
                return new PySubscript(Lower(node.ChildByField("object")!.Value).Py, Lower(node.ChildByField("index")!.Value).Py);
            case "parenthesized_expression":
                return LowerTarget(node.NamedChildren[0]);
            default:
                throw Unsupported(node, "this assignment target");
        }
    }
}
