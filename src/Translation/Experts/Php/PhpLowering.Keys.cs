using System.Globalization;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Array keys. PHP stores a key that is a decimal integer string (<c>"1"</c>, <c>"-7"</c>, not <c>"01"</c> or
/// <c>"1.5"</c>) as that integer, a bool or float as an int and null as <c>""</c>, on every write, read,
/// <c>isset</c> and <c>array_key_exists</c>. A literal key is converted here; a key whose kind is not known to be
/// an int or a non-numeric string goes through <c>php_key</c> at run time.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>The key <paramref name="node"/> as PHP stores it.</summary>
    private PyExpression LowerKey(SyntaxNode node) => Key(node, LowerExpression(node));

    private PyExpression Key(SyntaxNode node, Lowered key)
    {
        switch (key.Type)
        {
            case PhpType.Int:
                return key.Expression;
            case PhpType.Number or PhpType.Float:
                return PyCall.Of("int", key.Expression);
        }
        if (key.Expression is PyString { Value: var text })
        {
            return IntegerKey(text) is { } number ? PyNumber.Of(number) : key.Expression;
        }
        if (key.Expression is PyNumber || CannotBeNumeric(key.Expression) || IsKeyOnlyVariable(Unwrap(node)))
        {
            return key.Expression;
        }
        return Helper("php_key", key.Expression);
    }

    /// <summary>Values that become keys (<c>array_flip</c>, <c>array_combine</c>): each as PHP stores it.</summary>
    private PyExpression AsKeys(PyExpression values)
    {
        Helpers.Add("php_key");
        return PyCall.Of("map", new PyName("php_key"), values);
    }

    /// <summary>The integer PHP reads a string key as, or null when it stays a string.</summary>
    internal static long? IntegerKey(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        if (digits.Length == 0 || digits.Any(c => c is < '0' or > '9') || (digits[0] == '0' && text != "0"))
        {
            return null;
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>An interpolated string that starts with text no integer starts with (<c>"user_$id"</c>).</summary>
    private static bool CannotBeNumeric(PyExpression e) =>
        e is PyFormattedString { Parts: [PyString { Value: [var first, ..] }, ..] } && first is not ('-' or (>= '0' and <= '9'));

    private readonly Dictionary<string, bool> _keyOnlyVariables = new(StringComparer.Ordinal);

    /// <summary>
    /// A variable assigned nothing but the keys of a <c>foreach</c>: it holds a key PHP has already converted.
    /// </summary>
    private bool IsKeyOnlyVariable(SyntaxNode node)
    {
        if (node.Type != "variable_name" || _scopeBody.IsNull || _parameters.Contains(VariableOf(node)))
        {
            return false;
        }
        var name = VariableOf(node);
        var cacheKey = $"{_scopeBody.StartByte}:{name}";
        if (_keyOnlyVariables.TryGetValue(cacheKey, out var known))
        {
            return known;
        }
        var asKey = false;
        var otherwise = false;
        foreach (var n in Descendants(_scopeBody))
        {
            if (n.Type == "foreach_statement" && n.NamedChildren.Where(c => c.Type == "pair").ToArray() is [var pair])
            {
                asKey |= pair.NamedChildren[0].Type == "variable_name" && VariableOf(pair.NamedChildren[0]) == name;
                otherwise |= pair.NamedChildren.Skip(1).SelectMany(c => Descendants(c).Append(c)).Any(v => v.Type == "variable_name" && VariableOf(v) == name);
            }
            else if (n.Type == "foreach_statement")
            {
                otherwise |= n.NamedChildren.Skip(1).Where(c => c.Type != "compound_statement").SelectMany(c => Descendants(c).Append(c))
                    .Any(v => v.Type == "variable_name" && VariableOf(v) == name);
            }
            else if (n.Type is "assignment_expression" or "augmented_assignment_expression" or "reference_assignment_expression" or "update_expression"
                or "global_declaration" or "static_variable_declaration" or "anonymous_function_use_clause" or "list_literal" or "by_ref")
            {
                var target = n.ChildByField("left") ?? n.ChildByField("argument") ?? n.ChildByField("name") ?? n;
                otherwise |= (target.Type == "variable_name" ? [target] : Descendants(target)).Any(v => v.Type == "variable_name" && VariableOf(v) == name);
            }
            else if (n.Type == "function_call_expression" && n.ChildByField("function")?.Text is "extract" or "preg_match" or "preg_match_all" or "parse_str")
            {
                otherwise = true;
            }
        }
        return _keyOnlyVariables[cacheKey] = asKey && !otherwise;
    }
}
