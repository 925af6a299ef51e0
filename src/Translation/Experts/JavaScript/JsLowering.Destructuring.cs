using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// <c>[a, , b = 1, ...rest] = value</c> and <c>{ a, b: c, d = 1, e: { f }, ...rest } = value</c>, nested to any
    /// depth. A default applies where the value is missing (undefined, which Python's None also stands for).
    /// </summary>
    private List<PyStatement> Destructure(SyntaxNode pattern, JsValue value, bool declare) => pattern.Type switch
    {
        "array_pattern" => DestructureArray(pattern, value, declare),
        "object_pattern" => DestructureObject(pattern, value, declare),
        _ => throw Unsupported(pattern, "this destructuring pattern"),
    };

    private List<PyStatement> DestructureArray(SyntaxNode pattern, JsValue value, bool declare)
    {
        var element = value.Type.Kind == JsKind.String ? JsType.String : value.Type.Element ?? JsType.Unknown;
        var targets = new List<PyExpression>();
        var after = new List<PyStatement>();
        var (rest, defaults, filled) = (false, false, false);
        foreach (var child in pattern.Children)
        {
            if (child.Type is "[" or "]" or "comment")
            {
                continue;
            }
            if (child.Type == ",")
            {
                // A hole skips an element.
                if (!filled)
                {
                    targets.Add(new PyName("_"));
                }
                filled = false;
                continue;
            }
            filled = true;
            switch (child.Type)
            {
                case "identifier":
                    Bind(child, element, declare);
                    targets.Add(Name(child.Text));
                    break;
                case "rest_pattern" when child.NamedChildren[0] is { Type: "identifier" } name:
                    Bind(name, JsType.RestOf(element), declare);
                    targets.Add(new PyName("*" + JsContext.SafeName(name.Text)));
                    rest = true;
                    break;
                case "member_expression" or "subscript_expression" when !declare:
                    targets.Add(LowerTarget(child));
                    break;
                case "assignment_pattern":
                    defaults = true;
                    var slot = new PyName(ctx.Temporary("item"));
                    targets.Add(slot);
                    var fallback = Lower(child.ChildByField("right")!.Value);
                    after.AddRange(AssignDefaulted(child.ChildByField("left")!.Value, element,
                        new PyConditional(new PyCompare(slot, PyCompareOperator.Is, PyConstant.None), fallback.Py, slot), slot, fallback, declare));
                    break;
                case "array_pattern" or "object_pattern":
                    var nested = new PyName(ctx.Temporary("item"));
                    targets.Add(nested);
                    after.AddRange(Destructure(child, JsValue.Of(nested, element), declare));
                    break;
                default:
                    throw Unsupported(child, "this destructuring element");
            }
        }
        var source = value.Py;
        var statements = new List<PyStatement>();
        // A split gives as many parts as the text has: fewer than the pattern names leaves the rest undefined.
        var split = FromSplit(value.Py);
        var named = targets.Count - (rest ? 1 : 0);
        var shortRows = pattern.Parent is { Type: "for_in_statement" } loop && loop.ChildByField("right") is { } rows
            && (RowLengths(rows) is { } lengths ? lengths.Any(n => n < named) : ctx.Facts.MayHaveShortRows(named))
            || pattern.Parent?.Type == "formal_parameters" && ctx.Facts.MayHaveShortRows(named);
        if (defaults || !rest && (split || shortRows || TestsForUndefined(pattern)))
        {
            // Missing elements are undefined in JavaScript: pad with None up to the pattern's length.
            if (!IsPure(source))
            {
                var temporary = new PyName(ctx.Temporary("items"));
                statements.Add(new PyAssign([temporary], source));
                source = temporary;
            }
            var count = new PyNumber((targets.Count - (rest ? 1 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var missing = new PyBinary(count, PyBinaryOperator.Subtract, PyCall.Of("len", source));
            source = new PyBinary(PyCall.Of("list", source), PyBinaryOperator.Add, new PyBinary(new PyList([PyConstant.None]), PyBinaryOperator.Multiply, missing));
        }
        if (!rest && !(source is PyList l && l.Items.Count == targets.Count || source is PyTuple t && t.Items.Count == targets.Count))
        {
            // JavaScript ignores elements past the pattern; Python unpacking needs them absorbed.
            targets.Add(new PyName("*_"));
        }
        return [.. statements, new PyAssign([new PyTuple(targets)], source), .. after];
    }

    /// <summary>Whether the value is a split's parts, or made from them (mapped, filtered, one branch of a conditional).</summary>
    private static bool FromSplit(PyExpression value) => value switch
    {
        PyCall { Function: PyMember { Name: "split" } or PyName { Id: "re.split" } } => true,
        PyConditional conditional => FromSplit(conditional.Body) || FromSplit(conditional.OrElse),
        PyComprehension comprehension => FromSplit(comprehension.Iterable),
        PyCall { Function: PyName { Id: "list" or "map" or "filter" }, Arguments: [.., var last] } => FromSplit(last),
        _ => false,
    };

    /// <summary>
    /// Whether the program tests a name this array pattern binds for undefined (<c>day ?? '-'</c>,
    /// <c>x === undefined</c>, <c>typeof x</c>) in the scope the pattern opens: the value may then be shorter
    /// than the pattern.
    /// </summary>
    private static bool TestsForUndefined(SyntaxNode pattern)
    {
        var names = pattern.NamedChildren.Where(c => c.Type == "identifier").Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var scope = pattern.Parent;
        while (scope is { } inner && inner.Type is not ("for_in_statement" or "statement_block" or "program"))
        {
            scope = inner.Parent;
        }
        return scope is { } found && Descendants(found).Any(n => n.Type == "identifier" && names.Contains(n.Text) && n.Parent is { } owner && (IsProbed(n, followDeclaration: false) || owner.Type switch
        {
            "unary_expression" => owner.ChildByField("operator")?.Text == "typeof",
            "binary_expression" => owner.ChildByField("operator")?.Text switch
            {
                "??" => owner.ChildByField("left") == n,
                "===" or "!==" or "==" or "!=" => owner.NamedChildren.Any(c => c.Type is "undefined" or "null"),
                _ => false,
            },
            _ => false,
        }));
    }

    /// <summary>
    /// The lengths of the rows a for..of walks when the program shows them: an array literal of array literals, in
    /// place or bound to a name by a declaration of the file. Null when any row is not a literal (or has a spread).
    /// </summary>
    private static List<int>? RowLengths(SyntaxNode iterable)
    {
        var literal = iterable.Type == "array" ? iterable : iterable.Type == "identifier" ? Declaration(iterable) : null;
        if (literal is not { } rows || rows.NamedChildren.Where(r => r.Type != "comment").ToList() is not { Count: > 0 } items
            || items.Any(r => r.Type != "array" || r.NamedChildren.Any(e => e.Type == "spread_element")))
        {
            return null;
        }
        return items.Select(r => r.NamedChildren.Count(e => e.Type != "comment")).ToList();
    }

    /// <summary>The array literal a <c>const</c> declaration of the file binds to this name, if any.</summary>
    private static SyntaxNode? Declaration(SyntaxNode name)
    {
        var declarators = Descendants(Root(name)).Where(n => n.Type == "variable_declarator" && n.ChildByField("name")?.Text == name.Text).ToList();
        return declarators is [var only] && only.Parent is { Children: [{ Type: "const" }, ..] } && only.ChildByField("value") is { Type: "array" } value ? value : null;
    }

    /// <summary>The file's root node, above <paramref name="node"/>.</summary>
    private static SyntaxNode Root(SyntaxNode node)
    {
        while (node.Parent is { } parent)
        {
            node = parent;
        }
        return node;
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) => node.NamedChildren.SelectMany(c => Descendants(c).Prepend(c));

    private List<PyStatement> DestructureObject(SyntaxNode pattern, JsValue value, bool declare)
    {
        var result = new List<PyStatement>();
        var source = value.Py;
        if (source is not PyName)
        {
            var temporary = ctx.Temporary("obj");
            result.Add(new PyAssign([new PyName(temporary)], source));
            source = new PyName(temporary);
        }
        var receiver = JsValue.Of(source, value.Type);
        var keys = new List<string>();
        foreach (var element in pattern.NamedChildren.Where(c => c.Type != "comment"))
        {
            switch (element.Type)
            {
                case "shorthand_property_identifier_pattern":
                    keys.Add(element.Text);
                    result.AddRange(AssignProperty(element, receiver, element.Text, declare));
                    break;
                case "object_assignment_pattern":
                    var left = element.ChildByField("left")!.Value;
                    keys.Add(left.Text);
                    result.AddRange(AssignProperty(left, receiver, left.Text, declare, element.ChildByField("right")));
                    break;
                case "pair_pattern":
                    var key = PatternKey(element.ChildByField("key")!.Value);
                    keys.Add(key);
                    var target = element.ChildByField("value")!.Value;
                    result.AddRange(target.Type == "assignment_pattern"
                        ? AssignProperty(target.ChildByField("left")!.Value, receiver, key, declare, target.ChildByField("right"))
                        : AssignProperty(target, receiver, key, declare));
                    break;
                case "rest_pattern" when element.NamedChildren[0] is { Type: "identifier" } name && value.Type.Kind is JsKind.Object or JsKind.Unknown:
                    // { a, ...others }: the keys not named before, in their order.
                    Bind(name, JsType.Object, declare);
                    var (k, v) = (new PyName("k"), new PyName("v"));
                    var others = PyCall.Of("dict", new PyComprehension(new PyTuple([k, v]), new PyTuple([k, v]), PyCall.Method(source, "items"),
                        new PyCompare(k, PyCompareOperator.NotIn, new PyTuple(keys.Select(x => (PyExpression)new PyString(x)).ToList())), Generator: true));
                    result.Add(new PyAssign([Name(name.Text)], others));
                    break;
                default:
                    throw Unsupported(element, "this object destructuring element");
            }
        }
        return result;
    }

    private static string PatternKey(SyntaxNode key) => key.Type switch
    {
        "property_identifier" or "number" => key.Text,
        "string" => key.Text[1..^1],
        _ => throw new UntranslatableException(key, "a computed key in a destructuring pattern has no faithful Python translation here"),
    };

    /// <summary>One property into <paramref name="target"/> (a name, a nested pattern, or a member when assigning), with its default.</summary>
    private List<PyStatement> AssignProperty(SyntaxNode target, JsValue receiver, string key, bool declare, SyntaxNode? defaultNode = null)
    {
        var property = Property(receiver, key);
        if (defaultNode is null)
        {
            if (target.Type is "array_pattern" or "object_pattern")
            {
                return Destructure(target, property, declare);
            }
            if (target.Type is "member_expression" or "subscript_expression" && !declare)
            {
                return [new PyAssign([LowerTarget(target)], property.Py)];
            }
            Bind(target, property.Type, declare);
            // A missing key destructures as undefined.
            return [new PyAssign([Name(target.Text)], property.Py is PySubscript { Index: PyString } ? OrUndefined(property.Py) : property.Py)];
        }
        var fallback = Lower(defaultNode.Value);
        // A missing key or attribute reads as None; a cheap default is given to get() or getattr() directly.
        var read = OrUndefined(property.Py);
        PyExpression? eager = !IsCheapDefault(fallback.Py) ? null : property.Py switch
        {
            PySubscript s => PyCall.Method(s.Value, "get", s.Index, fallback.Py),
            PyMember m => PyCall.Of("getattr", m.Value, new PyString(m.Name), fallback.Py),
            _ => null,
        };
        return AssignDefaulted(target, property.Type, eager, read, fallback, declare);
    }

    /// <summary>
    /// <paramref name="target"/> = the value with its default: <paramref name="eager"/> where one expression says it,
    /// else <paramref name="read"/> followed by <c>if x is None: x = default</c>.
    /// </summary>
    private List<PyStatement> AssignDefaulted(SyntaxNode target, JsType type, PyExpression? eager, PyExpression read, JsValue fallback, bool declare)
    {
        var pattern = target.Type is "array_pattern" or "object_pattern";
        if (!pattern && target.Type is not ("identifier" or "shorthand_property_identifier_pattern"))
        {
            throw Unsupported(target, "a default on this destructuring target");
        }
        var name = pattern ? new PyName(ctx.Temporary("item")) : Name(target.Text);
        var type2 = type.Kind == JsKind.Unknown ? fallback.Type : JsType.Join(type, fallback.Type);
        if (!pattern)
        {
            Bind(target, type2, declare);
        }
        List<PyStatement> result = eager is not null
            ? [new PyAssign([name], eager)]
            : [new PyAssign([name], read), new PyIf(new PyCompare(name, PyCompareOperator.Is, PyConstant.None), [new PyAssign([name], fallback.Py)], [])];
        return pattern ? [.. result, .. Destructure(target, JsValue.Of(name, type2), declare)] : result;
    }

    private static bool IsCheapDefault(PyExpression e) => e switch
    {
        PyNumber or PyString or PyConstant or PyName => true,
        PyUnary { Operand: PyNumber } => true,
        PyList { Items.Count: 0 } or PyDict { Entries.Count: 0 } => true,
        _ => false,
    };

    private void Bind(SyntaxNode name, JsType type, bool declare)
    {
        if (declare)
        {
            ctx.Declare(name.Text, name.StartByte, type);
        }
        else
        {
            ctx.Assign(name.Text, type);
        }
    }
}
