using System.Globalization;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>Expressions: names, literals, members, subscripts, conditionals, <c>new</c>, <c>match</c>.</summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerExpression(SyntaxNode node)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (node.Type)
        {
            case "parenthesized_expression":
                return LowerExpression(Named(node).First());
            case "variable_name":
            {
                var name = VariableOf(node);
                if (_scope.Aliases.TryGetValue(name, out var place))
                {
                    return LowerExpression(place);
                }
                if (_scope.Boxed.Contains(name))
                {
                    return new Lowered(new PyMember(new PyName(VariableName(name)), "v"), _scope.TypeOf(name));
                }
                return new Lowered(new PyName(VariableName(name)), name == "this" ? PhpType.Object : _scope.TypeOf(name));
            }
            case "integer":
                return new Lowered(new PyNumber(IntegerText(node)), PhpType.Int);
            case "float":
                return new Lowered(new PyNumber(FloatText(node.Text)), PhpType.Float);
            case "boolean":
                return new Lowered(PyConstant.Of(node.Text.Equals("true", StringComparison.OrdinalIgnoreCase)), PhpType.Bool);
            case "null":
                return new Lowered(PyConstant.None, PhpType.Null);
            case "string" or "encapsed_string" or "heredoc" or "nowdoc":
                return LowerStringLiteral(node);
            case "name" or "qualified_name":
                return LowerConstant(node);
            case "array_creation_expression":
                return LowerArrayLiteral(node);
            case "binary_expression":
                return LowerBinary(node);
            case "unary_op_expression":
                return LowerUnary(node);
            case "assignment_expression" or "augmented_assignment_expression" or "update_expression":
                return LowerEmbeddedAssignment(node);
            case "conditional_expression":
                return LowerConditional(node);
            case "subscript_expression":
                return LowerSubscript(node);
            case "nullsafe_member_access_expression":
                return Nullsafe(node, o => new PyMember(o, PropertyName(MemberName(Field(node, "name")))));
            case "member_access_expression" when Field(node, "name").Type != "name" && IsPlainRead(node):
                return new Lowered(DynamicMember(LowerExpression(Field(node, "object")).Expression, Field(node, "name")), PhpType.Unknown);
            case "member_access_expression":
                return new Lowered(new PyMember(LowerExpression(Field(node, "object")).Expression, PropertyName(MemberName(Field(node, "name")))), PropertyType(node));
            case "scoped_property_access_expression":
            {
                var property = VariableOf(Field(node, "name"));
                var owner = StaticPropertyOwner(Field(node, "scope"), property) ?? ScopeTarget(Field(node, "scope"));
                return new Lowered(new PyMember(owner, PropertyName(AttributeName(property))), PhpType.Unknown);
            }
            case "class_constant_access_expression":
                return LowerClassConstant(node);
            case "function_call_expression":
                return LowerCall(node);
            case "nullsafe_member_call_expression":
                return Nullsafe(node, o => NullsafeCall(node, o));
            case "member_call_expression":
                return LowerMethodCall(node);
            case "scoped_call_expression":
                return LowerScopedCall(node);
            case "object_creation_expression":
                return LowerNew(node);
            case "cast_expression":
                return LowerCast(node);
            case "anonymous_function":
                return LowerClosure(node);
            case "arrow_function":
                return LowerArrowFunction(node);
            case "match_expression":
                return LowerMatch(node);
            case "print_intrinsic":
                _before!.AddRange(LowerEcho([node.NamedChildren[0]]));
                return new Lowered(new PyNumber("1"), PhpType.Int);
            case "throw_expression":
                return new Lowered(Helper("php_throw", LowerExpression(node.NamedChildren[0]).Expression), PhpType.Unknown);
            case "error_suppression_expression":
                return LowerExpression(node.NamedChildren[0]);
            case "clone_expression":
                Imports.Add("copy");
                return new Lowered(PyCall.Method(new PyName("copy"), "copy", LowerExpression(node.NamedChildren[0]).Expression), PhpType.Object);
            case "dynamic_variable_name":
                throw Unsupported(node, "variable variables ($$name) have no Python form; not translated");
            case "include_expression" or "include_once_expression" or "require_expression" or "require_once_expression":
                throw Unsupported(node, "include/require of other PHP files is not translated");
            case "shell_command_expression":
                throw Unsupported(node, "shell commands are not translated");
            case "yield_expression":
                return LowerYield(node);
            default:
                throw Unsupported(node, $"PHP {node.Type.Replace('_', ' ')} is not translated");
        }
    }

    private static string IntegerText(SyntaxNode node)
    {
        var text = node.Text.Replace("_", "", StringComparison.Ordinal);
        if (text.Length > 1 && text[0] == '0' && char.IsDigit(text[1]))
        {
            return "0o" + text[1..];
        }
        return text.StartsWith("0O", StringComparison.Ordinal) ? "0o" + text[2..] : text;
    }

    private static string FloatText(string text)
    {
        text = text.Replace("_", "", StringComparison.Ordinal);
        return text.StartsWith('.') ? "0" + text : text.EndsWith('.') ? text + "0" : text;
    }

    private Lowered LowerConstant(SyntaxNode node)
    {
        var name = ShortName(node.Text);
        return name.ToUpperInvariant() switch
        {
            "PHP_EOL" => new Lowered(new PyString("\n"), PhpType.String),
            "__CLASS__" => _scope.ClassName is { } className ? new Lowered(new PyString(className), PhpType.String) : throw Unsupported(node, "__CLASS__ outside a class is not translated"),
            "__FUNCTION__" or "__METHOD__" or "__LINE__" or "__FILE__" or "__DIR__" or "__NAMESPACE__" or "__TRAIT__" => throw Unsupported(node, $"the magic constant {name} is not translated"),
            "PHP_INT_MAX" => new Lowered(new PyNumber("9223372036854775807"), PhpType.Int),
            "PHP_INT_MIN" => new Lowered(new PyUnary(PyUnaryOperator.Negate, new PyNumber("9223372036854775808")), PhpType.Int),
            "PHP_INT_SIZE" => new Lowered(new PyNumber("8"), PhpType.Int),
            "PHP_FLOAT_EPSILON" => new Lowered(new PyNumber("2.220446049250313e-16"), PhpType.Float),
            "PHP_FLOAT_MAX" => new Lowered(new PyNumber("1.7976931348623157e308"), PhpType.Float),
            "M_PI" => Math("pi"),
            "M_E" => Math("e"),
            "M_SQRT2" => new Lowered(PyCall.Method(new PyName("math"), "sqrt", new PyNumber("2")), PhpType.Float),
            "INF" => Math("inf"),
            "NAN" => Math("nan"),
            "TRUE" => new Lowered(PyConstant.True, PhpType.Bool),
            "FALSE" => new Lowered(PyConstant.False, PhpType.Bool),
            "NULL" => new Lowered(PyConstant.None, PhpType.Null),
            "STR_PAD_LEFT" => new Lowered(new PyNumber("0"), PhpType.Int),
            "STR_PAD_RIGHT" => new Lowered(new PyNumber("1"), PhpType.Int),
            "STR_PAD_BOTH" => new Lowered(new PyNumber("2"), PhpType.Int),
            "PREG_SPLIT_NO_EMPTY" or "PREG_PATTERN_ORDER" => new Lowered(new PyNumber("1"), PhpType.Int),
            "ARRAY_FILTER_USE_BOTH" => new Lowered(new PyNumber("1"), PhpType.Int),
            "ARRAY_FILTER_USE_KEY" => new Lowered(new PyNumber("2"), PhpType.Int),
            "PREG_SPLIT_DELIM_CAPTURE" or "PREG_SET_ORDER" => new Lowered(new PyNumber("2"), PhpType.Int),
            "PREG_OFFSET_CAPTURE" => new Lowered(new PyNumber("256"), PhpType.Int),
            "PREG_UNMATCHED_AS_NULL" => new Lowered(new PyNumber("512"), PhpType.Int),
            "PREG_SPLIT_OFFSET_CAPTURE" => new Lowered(new PyNumber("4"), PhpType.Int),
            "JSON_FORCE_OBJECT" => new Lowered(new PyNumber("16"), PhpType.Int),
            "JSON_UNESCAPED_SLASHES" => new Lowered(new PyNumber("64"), PhpType.Int),
            "JSON_PRETTY_PRINT" => new Lowered(new PyNumber("128"), PhpType.Int),
            "JSON_UNESCAPED_UNICODE" => new Lowered(new PyNumber("256"), PhpType.Int),
            "JSON_PRESERVE_ZERO_FRACTION" => new Lowered(new PyNumber("1024"), PhpType.Int),
            "JSON_THROW_ON_ERROR" => new Lowered(new PyNumber("4194304"), PhpType.Int),
            "SORT_REGULAR" or "SORT_NUMERIC" or "SORT_STRING" => new Lowered(new PyNumber("0"), PhpType.Int),
            "SORT_DESC" => new Lowered(new PyNumber("3"), PhpType.Int),
            "SORT_ASC" => new Lowered(new PyNumber("4"), PhpType.Int),
            _ when name.StartsWith("FILTER_", StringComparison.Ordinal) => FilterConstant(node, name),
            _ when name.StartsWith("ENT_", StringComparison.Ordinal) => EntityConstant(node, name),
            _ when WebConstant(name) is { } web => web,
            _ => new Lowered(new PyName(AttributeName(name)), PhpType.Unknown),
        };
    }

    private Lowered Math(string member)
    {
        Imports.Add("math");
        return new Lowered(new PyMember(new PyName("math"), member), PhpType.Float);
    }

    /// <summary>
    /// <c>$a?-&gt;b</c>: null when <c>$a</c> is null. Only the end of a chain is translated: PHP skips the rest of a
    /// chain after a null, which a conditional around one link does not.
    /// </summary>
    private Lowered Nullsafe(SyntaxNode node, Func<PyExpression, PyExpression> access)
    {
        var receiver = LowerExpression(Field(node, "object")).Expression;
        if (node.Parent is { Type: "member_access_expression" or "member_call_expression" })
        {
            // $a?->b->c: PHP skips the rest of the chain after a null; a ?-> after it (a?->b?->c) gives null alike.
            throw Unsupported(node, "?-> followed by -> in a longer chain is not translated");
        }
        if (!IsPlainValue(receiver))
        {
            // A computed receiver is evaluated once, into a name.
            var held = Temporary("receiver");
            return new Lowered(new PyConditional(new PyCompare(new PyNamedExpression(held, receiver), PyCompareOperator.Is, PyConstant.None), PyConstant.None, access(new PyName(held))), PhpType.Unknown);
        }
        return new Lowered(new PyConditional(new PyCompare(receiver, PyCompareOperator.Is, PyConstant.None), PyConstant.None, access(receiver)), PhpType.Unknown);
    }

    private static string MemberName(SyntaxNode name) =>
        name.Type == "name" ? (name.Text == "__construct" ? "__init__" : AttributeName(name.Text)) : throw Unsupported(name, "dynamic member names are not translated");

    /// <summary>A method or property name usable after a dot: Python keywords get a trailing underscore.</summary>
    private static string AttributeName(string name) => System.Text.RegularExpressions.Regex.IsMatch(name, "^(False|None|True|and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield)$") ? name + "_" : name;

    /// <summary>The type of <c>$this-&gt;name</c> where the class's array properties are known (see <see cref="ClassArrayProperties"/>).</summary>
    private PhpType PropertyType(SyntaxNode access) =>
        access.ChildByField("object") is { Type: "variable_name" } o && o.Text == "$this" && access.ChildByField("name") is { } n
        && _properties.TryGetValue(n.Text, out var t) ? t : PhpType.Unknown;

    /// <summary><c>self::</c>, <c>static::</c> and <c>ClassName::</c> as the class object.</summary>
    private PyExpression ScopeTarget(SyntaxNode scope)
    {
        var text = scope.Text;
        if (text is "self" or "static")
        {
            if (_scope.ClassName is null)
            {
                throw Unsupported(scope, $"{text}:: outside a class is not translated");
            }
            if (text == "static" && _scope.IsStatic)
            {
                return _scope.BindsStatic ? new PyName("cls") : throw Unsupported(scope, "static:: here (late static binding) is not translated");
            }
            return text == "static" ? PyCall.Of("type", new PyName("self")) : new PyName(_scope.ClassName);
        }
        if (text == "parent")
        {
            return PyCall.Of("super");
        }
        if (scope.Type is not ("name" or "qualified_name" or "relative_scope"))
        {
            // $object::CONST is the object's class; a class named by a string ($name::create()) is not known here.
            var value = LowerExpression(scope);
            return value.Type is PhpType.Unknown or PhpType.Object
                ? PyCall.Of("type", value.Expression)
                : throw Unsupported(scope, $"{text}:: (a class named at run time) is not translated");
        }
        RequireKnownClass(scope, text);
        return new PyName(LibraryClassName(ShortName(text)) ?? PythonNames.Safe(ShortName(text)));
    }

    private Lowered LowerClassConstant(SyntaxNode node)
    {
        var scope = node.NamedChildren[0];
        var member = node.NamedChildren[^1].Text;
        if (member == "class" && scope.Type is not ("name" or "qualified_name" or "relative_scope"))
        {
            // $object::class (PHP 8) names the object's class, as get_class($object) does.
            return new Lowered(Helper("php_get_class", LowerExpression(scope).Expression), PhpType.String);
        }
        if (member == "class")
        {
            return scope.Text == "static"
                ? new Lowered(new PyMember(ScopeTarget(scope), "__name__"), PhpType.String)
                : new Lowered(new PyString(scope.Text is "self" ? _scope.ClassName ?? scope.Text : scope.Text), PhpType.String);
        }
        return new Lowered(new PyMember(ScopeTarget(scope), AttributeName(member)), PhpType.Unknown);
    }

    private Lowered LowerConditional(SyntaxNode node)
    {
        var value = LowerExpression(Field(node, "condition"));
        var condition = value with { Expression = AsCondition(value) };
        var alternative = LowerExpression(Field(node, "alternative"));
        if (node.ChildByField("body") is not { } bodyNode)
        {
            // $a ?: $b gives $a itself when it is truthy in PHP's sense.
            if (ReferenceEquals(condition.Expression, value.Expression))
            {
                return new Lowered(new PyBoolean(condition.Expression, PyBooleanOperator.Or, alternative.Expression), PhpTypes.Join(condition.Type, alternative.Type));
            }
            var held = IsPlainValue(value.Expression) ? value : value with { Expression = new PyNamedExpression(Temporary("value"), value.Expression) };
            var test = AsCondition(held);
            var result = held.Expression is PyNamedExpression named ? new PyName(named.Target) : value.Expression;
            return new Lowered(new PyConditional(test, result, alternative.Expression), PhpTypes.Join(value.Type, alternative.Type));
        }
        var body = LowerExpression(bodyNode);
        return new Lowered(new PyConditional(condition.Expression, body.Expression, alternative.Expression), PhpTypes.Join(body.Type, alternative.Type));
    }

    private Lowered LowerNew(SyntaxNode node)
    {
        var type = node.NamedChildren[0];
        if (type.Type == "anonymous_class")
        {
            throw Unsupported(node, "anonymous classes are not translated");
        }
        if (type.Type is not ("name" or "qualified_name"))
        {
            // new $class(...): the class named by a string (Foo::class) or the class of an object, found at run time.
            var named = node.NamedChildren.Where(c => c.Type == "arguments").Select(a => Arguments(a, named: true)).FirstOrDefault() ?? [];
            return new Lowered(Helper("php_new", [LowerExpression(type).Expression, .. named.Select(x => x.Expression)]), PhpType.Object);
        }
        var name = ShortName(type.Text);
        var args = node.NamedChildren.Where(c => c.Type == "arguments").Select(a => Arguments(a, (_classes.ContainsKey(name) && !TakesExceptionArguments(name)) || name is "self" or "static")).FirstOrDefault() ?? [];
        if (name is "self" or "static" or "parent")
        {
            // new self is the class the code is written in, new static the class it was called on.
            var classObject = name == "parent" ? throw Unsupported(node, "new parent is not translated") : ScopeTarget(type);
            return new Lowered(new PyCall(classObject, args.Select(x => x.Expression).ToArray()), PhpType.Object);
        }
        RequireKnownClass(node, name);
        CheckDateArguments(node, name);
        var python = _classes.ContainsKey(name) ? PythonNames.Safe(name) : LibraryClassName(name) ?? ExceptionName(name);
        return new Lowered(TakesExceptionArguments(name) ? NewException(python, args) : PyCall.Of(python, [.. args.Select(x => x.Expression)]), PhpType.Object);
    }

    private Lowered LowerCast(SyntaxNode node)
    {
        var value = LowerExpression(Field(node, "value"));
        switch (Field(node, "type").Text.ToLowerInvariant())
        {
            case "int" or "integer":
                return value.Type == PhpType.Int ? value
                    : value.Type.IsNumeric() ? new Lowered(PyCall.Of("int", value.Expression), PhpType.Int)
                    : new Lowered(Helper("php_intval", value.Expression), PhpType.Int);
            case "float" or "double":
                return value.Type.IsNumeric() ? new Lowered(PyCall.Of("float", value.Expression), PhpType.Float) : new Lowered(Helper("php_floatval", value.Expression), PhpType.Float);
            case "string":
                return new Lowered(ToStr(value), PhpType.String);
            case "bool" or "boolean":
                return new Lowered(PyCall.Of("bool", value.Expression), PhpType.Bool);
            case "array":
                return LowerArrayCast(node, value);
            case "object":
                return LowerObjectCast(value);
            default:
                throw Unsupported(node, $"the ({Field(node, "type").Text}) cast is not translated");
        }
    }

    private Lowered LowerSubscript(SyntaxNode node)
    {
        if (node.NamedChildCount < 2)
        {
            throw Unsupported(node, "$a[] can only be written to");
        }
        var array = LowerExpression(node.NamedChildren[0]);
        var index = LowerExpression(node.NamedChildren[1]);
        var key = Key(node.NamedChildren[1], index);
        var isText = array.Type == PhpType.String || (node.NamedChildren[0].Type == "variable_name" && _scope.TextArrays.Contains(VariableOf(node.NamedChildren[0])));
        return array.Type == PhpType.String || array.Type == PhpType.Unknown && index.Type == PhpType.Int && MayIndexText(node.NamedChildren[0])
            ? new Lowered(StringIndex(array.Expression, key), PhpType.String)
            : new Lowered(new PySubscript(array.Expression, key), isText ? PhpType.String : PhpType.Unknown);
    }

    /// <summary>
    /// A call's arguments. <paramref name="named"/>: the callee is the program's own function, method or closure,
    /// whose Python parameters carry the PHP names, so <c>f(x: 1)</c> is <c>f(x=1)</c>; PHP's library functions are
    /// lowered by position and keep reporting named arguments.
    /// </summary>
    private IReadOnlyList<Lowered> Arguments(SyntaxNode arguments, bool named = false)
    {
        var result = new List<Lowered>();
        foreach (var argument in Named(arguments))
        {
            if (argument.ChildByField("name") is { } name)
            {
                if (!named)
                {
                    throw Unsupported(argument, "named arguments to PHP's library functions are not translated");
                }
                var keywordValue = LowerExpression(argument.NamedChildren[^1]);
                result.Add(new Lowered(new PyName($"{VariableName(name.Text)}={PythonExpressionText(keywordValue.Expression)}"), keywordValue.Type));
                continue;
            }
            var value = argument.NamedChildren[^1];
            if (value.Type == "variadic_unpacking")
            {
                // A keyed array spreads its values (a Python dict would spread its keys).
                var inner = LowerExpression(value.NamedChildren[0]);
                var spread = inner.Type == PhpType.List ? inner.Expression : Helper("php_values", inner.Expression);
                result.Add(new Lowered(new PyName("*" + PythonExpressionText(spread)), PhpType.Unknown));
                continue;
            }
            result.Add(LowerExpression(value));
        }
        return result;
    }

    private static string PythonExpressionText(PyExpression e) => Python.Printing.PythonExpressionPrinter.Print(e);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
