using System.Globalization;
using System.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>Lowers an expression node; throws <see cref="UntranslatableException"/> for what has no faithful Python form.</summary>
    public LoweredExpression Lower(SyntaxNode node)
    {
        switch (node.Type)
        {
            case "parenthesized_expression":
                // Parentheses around more than one node hold a syntax error.
                return Unwrap(node) is { Type: not "parenthesized_expression" } inner ? Lower(inner) : throw Unsupported(node);
            case "identifier":
                return LowerIdentifier(node);
            case "decimal_integer_literal":
            case "hex_integer_literal":
            case "octal_integer_literal":
            case "binary_integer_literal":
            case "decimal_floating_point_literal":
            case "number_literal":
                return LowerNumber(node);
            case "character_literal":
            case "char_literal":
                return new(new PyString(Unescape(node.Text[1..^1], node)), CType.Char);
            case "string_literal":
                return new(new PyString(Unescape(StringBody(node), node)), CType.String);
            case "concatenated_string":
                return new(new PyString(string.Concat(node.NamedChildren.Select(c => Unescape(StringBody(c), c)))), CType.String);
            case "true":
                return new(PyConstant.True, CType.Bool);
            case "false":
                return new(PyConstant.False, CType.Bool);
            case "null_literal":
            case "null":
            case "nullptr":
                return new(PyConstant.None, CType.Unknown);
            case "this":
                return new(Py.Name("self"), _ctx.Class is { } current ? new CType(CKind.Object, Name: current.Name) : CType.Unknown);
            case "binary_expression":
                return LowerBinary(node);
            case "unary_expression":
                return LowerUnary(node);
            case "update_expression":
                return LowerUpdateValue(node);
            case "assignment_expression":
                return LowerAssignmentValue(node);
            case "ternary_expression":
            case "conditional_expression":
                return LowerConditional(node);
            case "switch_expression":
                return LowerSwitchValue(node);
            case "method_invocation":
                return LowerJavaCall(node);
            case "call_expression":
                return LowerCppCall(node);
            case "array_access":
                return LowerSubscript(node, Field(node, "array"), Field(node, "index"));
            case "subscript_expression":
                var indices = Field(node, "indices").NamedChildren;
                if (indices.Count != 1)
                {
                    throw Unsupported(node, "a multi-index subscript");
                }
                return LowerSubscript(node, Field(node, "argument"), indices[0]);
            case "field_access":
                return LowerJavaField(node);
            case "field_expression":
                return LowerCppField(node);
            case "cast_expression":
                return LowerCast(node);
            case "array_creation_expression":
                return LowerJavaArrayCreation(node);
            case "array_initializer":
            case "initializer_list":
                return LowerInitializerList(node, CType.Unknown);
            case "object_creation_expression":
                return LowerJavaNew(node);
            case "new_expression":
                return LowerCppNew(node);
            case "lambda_expression":
                return LowerLambda(node);
            case "method_reference":
                return LowerMethodReference(node);
            case "pointer_expression":
                return LowerPointer(node);
            case "qualified_identifier":
                return LowerQualifiedName(node);
            case "instanceof_expression":
                return LowerInstanceof(node);
            case "sizeof_expression":
                throw Unsupported(node, "sizeof outside 'sizeof(a) / sizeof(a[0])'");
            default:
                throw Unsupported(node);
        }
    }

    /// <summary>Lowers and converts to <paramref name="target"/>: chars to code points and back, floats truncated into ints, ints made floats.</summary>
    public PyExpression LowerAs(SyntaxNode node, CType target) => Coerce(Lower(node), target);

    private static PyExpression Coerce(LoweredExpression value, CType target)
    {
        var from = value.Type;
        return (from.Kind, target.Kind) switch
        {
            (CKind.Char, CKind.Int or CKind.Float) => Ord(value.Python),
            (CKind.Int, CKind.Char) => Chr(value.Python),
            (CKind.Float, CKind.Int) => Py.Call("int", value.Python),
            (CKind.Float, CKind.Char) => Chr(Py.Call("int", value.Python)),
            // A double holding an int still prints as one (Java 4.0, C++ to_string 4.000000) and divides as one.
            (CKind.Int, CKind.Float) => value.Python switch
            {
                PyNumber { Text: var digits } when digits.All(char.IsAsciiDigit) => new PyNumber(digits + ".0"),
                PyUnary { Operator: PyUnaryOperator.Negate, Operand: PyNumber { Text: var digits } } when digits.All(char.IsAsciiDigit) =>
                    new PyUnary(PyUnaryOperator.Negate, new PyNumber(digits + ".0")),
                _ => Py.Call("float", value.Python),
            },
            _ => value.Python,
        };
    }

    /// <summary>The arguments of a call of a user function, each converted to its parameter's type where that is known.</summary>
    private PyExpression[] ArgumentsFor(string pythonName, LoweredExpression[] arguments)
    {
        if (_ctx.Definitions.TryGetValue(pythonName, out var definition)
            && ParametersOf(definition.ChildByField("parameters")).ToArray() is [.., { Type: "spread_parameter" }] all
            && arguments.Length == all.Length && arguments[^1] is { Type.Kind: CKind.List, Python: PyName array })
        {
            // An array handed to a varargs parameter is spread into the Python *parameter.
            return [.. arguments[..^1].Select(a => a.Python), Py.Name("*" + array.Id)];
        }
        return _ctx.Parameters.TryGetValue(pythonName, out var parameters) && parameters.Count == arguments.Length
            ? arguments.Select((a, i) => Coerce(a, parameters[i])).ToArray()
            : arguments.Select(a => a.Python).ToArray();
    }

    /// <summary>The value as an integer: a char becomes its code point, anything else stays.</summary>
    private static PyExpression AsNumber(LoweredExpression value) => value.Type.Kind == CKind.Char ? Ord(value.Python) : value.Python;

    private static PyExpression Ord(PyExpression e) => e is PyCall { Function: PyName { Id: "chr" }, Arguments: [var inner] } ? inner : Py.Call("ord", e);

    private static PyExpression Chr(PyExpression e) => e is PyCall { Function: PyName { Id: "ord" }, Arguments: [var inner] } ? inner : Py.Call("chr", e);

    private LoweredExpression LowerIdentifier(SyntaxNode node)
    {
        var name = node.Text;
        if (_ctx.Aliases.TryGetValue(name, out var alias))
        {
            return alias.Value;
        }
        if (_ctx.Lookup(name) is { } type)
        {
            return new(Py.Name(LoweringContext.SafeName(name)), type);
        }
        if (_ctx.Class is { } cls && cls.Fields.TryGetValue(name, out var field))
        {
            var owner = field.Static || cls.InStaticMethod ? Py.Name(IsJava ? cls.Name : LoweringContext.SafeName(cls.Name)) : Py.Name("self");
            return new(new PyMember(owner, _ctx.FieldName(name)), field.Type);
        }
        if (Constant(name) is { } constant)
        {
            return constant;
        }
        if (IsJava && _ctx.SourceClasses.Contains(name))
        {
            // A class of the source named as a value (Counter.instances): the Python class keeps the Java name.
            return new(Py.Name(name), new CType(CKind.Object, Name: name));
        }
        return UndeclaredJavaField(node, name) ?? new(Py.Name(LoweringContext.SafeName(name)), CType.Unknown);
    }

    /// <summary>The limits macros and constants of both libraries, as literals.</summary>
    private static LoweredExpression? Constant(string name) => name switch
    {
        "INT_MAX" or "MAX_VALUE_INT" => new(Py.Number(int.MaxValue), CType.Int),
        "INT_MIN" => new(Py.Number(int.MinValue), CType.Int),
        "LLONG_MAX" or "LONG_MAX" => new(Py.Number(long.MaxValue), CType.Int),
        "LLONG_MIN" or "LONG_MIN" => new(Py.Number(long.MinValue), CType.Int),
        "UINT_MAX" => new(Py.Number(uint.MaxValue), CType.Int),
        "NULL" => new(PyConstant.None, CType.Unknown),
        "INT32_MAX" => new(Py.Number(int.MaxValue), CType.Int),
        "INT32_MIN" => new(Py.Number(int.MinValue), CType.Int),
        "INT64_MAX" => new(Py.Number(long.MaxValue), CType.Int),
        "INT64_MIN" => new(Py.Number(long.MinValue), CType.Int),
        "SHRT_MAX" => new(Py.Number(short.MaxValue), CType.Int),
        "CHAR_BIT" => new(Py.Number(8), CType.Int),
        "M_PI" => new(new PyNumber("3.141592653589793"), CType.Float),
        "M_E" => new(new PyNumber("2.718281828459045"), CType.Float),
        "DBL_MAX" => new(new PyNumber("1.7976931348623157e308"), CType.Float),
        "FLT_MAX" => new(new PyNumber("3.4028234663852886e38"), CType.Float),
        _ => null,
    };

    private static LoweredExpression LowerQualifiedName(SyntaxNode node)
    {
        var text = node.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        return text switch
        {
            "string::npos" or "std::string::npos" => new(Py.Number(-1), CType.Int),
            _ when text.StartsWith("std::", StringComparison.Ordinal) && Constant(text[5..]) is { } c => c,
            _ => throw Unsupported(node, "the qualified name"),
        };
    }

    private LoweredExpression LowerConditional(SyntaxNode node)
    {
        var test = Condition(Field(node, "condition"));
        var (yes, no) = _ctx.WithoutBuffers(() => (Lower(Field(node, "consequence")), Lower(Field(node, "alternative"))));
        var type = Join(yes.Type, no.Type);
        return new(new PyConditional(test, Coerce(yes, type), Coerce(no, type)), type);
    }

    /// <summary>The common type of two branches: int wins over char (C-family promotion), float over int.</summary>
    private static CType Join(CType a, CType b)
    {
        if (a.Kind == b.Kind)
        {
            return a;
        }
        if (a.Kind == CKind.Unknown)
        {
            return b;
        }
        if (b.Kind == CKind.Unknown)
        {
            return a;
        }
        if (a.IsNumeric && b.IsNumeric || a.IsIntegral && b.IsIntegral)
        {
            return a.Kind == CKind.Float || b.Kind == CKind.Float ? CType.Float : CType.Int;
        }
        return a;
    }

    /// <summary>A condition: C-family truthiness matches Python's for numbers, and a walrus replaces statements it would need.</summary>
    private PyExpression Condition(SyntaxNode node) => _ctx.WithoutBuffers(() =>
        CStringEnd(Unwrap(node)) is var (text, index) && text is not null
            ? Py.Compare(index!, PyCompareOperator.Less, Py.Length(text))
            : Lower(Unwrap(node)).Python);

    /// <summary>
    /// A C++ <c>s[i]</c> on a string or char array used as a truth value or compared with <c>'\0'</c>: the C
    /// idiom for "before the terminator", which in Python is <c>i &lt; len(s)</c> (Python strings end at their length).
    /// </summary>
    private (PyExpression? Text, PyExpression? Index) CStringEnd(SyntaxNode node)
    {
        if (IsJava || node.Type != "subscript_expression" || Field(node, "indices").NamedChildren is not [var indexNode])
        {
            return (null, null);
        }
        var text = Lower(Field(node, "argument"));
        return text.Type.Kind == CKind.String || text.Type is { Kind: CKind.List, Element.Kind: CKind.Char }
            ? (text.Python, AsNumber(Lower(indexNode)))
            : (null, null);
    }

    private LoweredExpression LowerSubscript(SyntaxNode node, SyntaxNode target, SyntaxNode index)
    {
        var value = Lower(target);
        var key = Lower(index);
        var type = value.Type;
        return type.Kind switch
        {
            CKind.String or CKind.StringBuilder => new(new PySubscript(value.Python, AsNumber(key)), CType.Char),
            CKind.Map => new(new PySubscript(value.Python, Coerce(key, type.Key ?? CType.Unknown)), type.ElementType),
            _ => new(new PySubscript(value.Python, AsNumber(key)), type.ElementType),
        };
    }

    private LoweredExpression LowerCast(SyntaxNode node)
    {
        var target = ReadType(Field(node, "type"));
        var value = Lower(Field(node, "value"));
        if (value.Type.Kind is CKind.Int or CKind.Float or CKind.Unknown && Narrowing(Field(node, "type").Text.Replace(" ", "", StringComparison.Ordinal)) is var (bits, signed))
        {
            // (byte) 200 is -56: keep the low bits, then read them as two's complement.
            var integer = value.Type.Kind == CKind.Int ? value.Python : Py.Call("int", value.Python);
            var mask = new PyNumber(((1L << bits) - 1).ToString(CultureInfo.InvariantCulture));
            var half = Py.Number(1L << (bits - 1));
            return new(signed
                ? Py.Binary(Py.Binary(Py.Binary(integer, PyBinaryOperator.Add, half), PyBinaryOperator.BitAnd, mask), PyBinaryOperator.Subtract, half)
                : Py.Binary(integer, PyBinaryOperator.BitAnd, mask), CType.Int);
        }
        return (value.Type.Kind, target.Kind) switch
        {
            (CKind.Float, CKind.Int) => new(Py.Call("int", value.Python), CType.Int),
            (CKind.Char, CKind.Int) => new(Ord(value.Python), CType.Int),
            (CKind.Int or CKind.Unknown, CKind.Char) => new(Chr(value.Python), CType.Char),
            (CKind.Int or CKind.Bool, CKind.Float) => new(Py.Call("float", value.Python), CType.Float),
            (CKind.Unknown, CKind.Int) => new(Py.Call("int", value.Python), CType.Int),
            (CKind.Bool, CKind.Int) => new(Py.Call("int", value.Python), CType.Int),
            (_, CKind.Bool) when value.Type.Kind != CKind.Bool => new(Py.Call("bool", value.Python), CType.Bool),
            _ => new(value.Python, target.Kind == CKind.Unknown || target.Kind == CKind.Object ? value.Type : target),
        };
    }

    /// <summary>Integer types narrower than Python's ints that a cast truncates to: their width and signedness.</summary>
    private (int Bits, bool Signed)? Narrowing(string type) => type switch
    {
        "byte" when IsJava => (8, true),
        "short" or "int16_t" => (16, true),
        "int8_t" or "signedchar" => (8, true),
        "uint8_t" or "unsignedchar" => (8, false),
        "uint16_t" or "unsignedshort" => (16, false),
        _ => null,
    };

    private LoweredExpression LowerInitializerList(SyntaxNode node, CType type)
    {
        if (!IsJava && StructFromList(node, type) is { } made)
        {
            return made;
        }
        var element = type.Kind == CKind.List ? type.ElementType : CType.Unknown;
        var items = node.NamedChildren.Where(c => c.Type != "comment").Select(c =>
            c.Type is "initializer_list" or "array_initializer" ? LowerInitializerList(c, element) : CopiedIfLvalue(c, new LoweredExpression(LowerAs(c, element), element))).ToArray();
        var elementType = element.Kind != CKind.Unknown ? element : items.Length > 0 ? items[0].Type : CType.Unknown;
        return new(new PyList(items.Select(i => i.Python).ToArray()), CType.ListOf(elementType));
    }

    private LoweredExpression LowerPointer(SyntaxNode node)
    {
        var op = OperatorOf(node);
        var argument = Field(node, "argument");
        if (op == "*" && Unwrap(argument) is { Type: "call_expression" } call && CallName(call) is "max_element" or "min_element")
        {
            return LowerCppCall(call, dereferenced: true);
        }
        if (op == "*" && Unwrap(argument) is { Type: "identifier" } iterator && _ctx.Iterators.Contains(iterator.Text))
        {
            return Lower(iterator);
        }
        if (op == "*" && IteratorElement(argument) is { } element)
        {
            return element;
        }
        if (op == "&" && Lower(argument) is { Type.Kind: CKind.List } array)
        {
            return array;
        }
        throw Unsupported(node, $"the pointer operation '{op}'");
    }
}
