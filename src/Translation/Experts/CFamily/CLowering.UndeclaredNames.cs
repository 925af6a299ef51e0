using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java resolves a name that no block, parameter or field of the source declares to a field of the class around
/// the code: a method cut from a class (what a right-click hands over) uses fields the snippet does not show. In
/// an instance method such a name is read as <c>self.name</c>; in a static one as a module variable, declared
/// <c>global</c> where assigned. Either way the result warns, once per name, since the field's type is not known.
/// Only names written like fields (lower case or underscore first) are read so; an upper-case constant stays a
/// module name, with a warning, and any other capitalised name is a class.
/// </summary>
internal sealed partial class CLowering
{
    private readonly HashSet<string> _undeclaredWarned = new(StringComparer.Ordinal);

    private LoweredExpression? UndeclaredJavaField(SyntaxNode node, string name)
    {
        if (!IsJava || name.Length == 0 || _functionBody is null)
        {
            return null;
        }
        if (name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_'))
        {
            // A constant (static final) of a class the source does not show: kept as a module name.
            WarnUndeclared(node, name, $"'{name}' is declared nowhere in the source: read as a module constant, which the translation does not define");
            return null;
        }
        if (!(char.IsLower(name[0]) || name[0] == '_'))
        {
            return null;
        }
        if (_ctx.Class is { InStaticMethod: false } cls)
        {
            cls.Fields[name] = (CType.Unknown, false);
            WarnUndeclared(node, name, $"'{name}' is declared nowhere in the source: read as a field of the class (self.{name}), of unknown type");
            return new(new PyMember(Py.Name("self"), _ctx.FieldName(name)), CType.Unknown);
        }
        var safe = LoweringContext.SafeName(name);
        _ctx.Globals.Add(name);
        // The assignment that met the name first checked for a global before this read made it one.
        _ctx.AssignedGlobals.Add(safe);
        WarnUndeclared(node, name, $"'{name}' is declared nowhere in the source: read as a static field, a module variable '{safe}' of unknown type");
        return new(Py.Name(safe), CType.Unknown);
    }

    /// <summary>
    /// A call of a method the source does not declare: in an instance method Java finds it on the class (or a base
    /// class), so it is called on <c>self</c>; elsewhere it stays a call of a module function. Both warn.
    /// </summary>
    private LoweredExpression? UndeclaredJavaMethod(SyntaxNode node, string name, PyExpression[] arguments)
    {
        if (!IsJava || _functionBody is null || _ctx.Functions.ContainsKey(name))
        {
            return null;
        }
        if (_ctx.Class is { InStaticMethod: false })
        {
            WarnUndeclared(node, name, $"'{name}' is declared nowhere in the source: called as a method of the object (self.{name}), of unknown result");
            return new(new PyCall(new PyMember(Py.Name("self"), LoweringContext.SafeName(name)), arguments), CType.Unknown);
        }
        WarnUndeclared(node, name, $"'{name}' is declared nowhere in the source: called as a module function, which the translation does not define");
        return null;
    }

    private void WarnUndeclared(SyntaxNode node, string name, string message)
    {
        if (_undeclaredWarned.Add(name))
        {
            _ctx.Warnings.Add(new TranslationWarning(message, node.Start, node.End));
        }
    }
}
