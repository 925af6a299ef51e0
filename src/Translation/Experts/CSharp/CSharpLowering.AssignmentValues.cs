using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Assignments whose value is used (<c>yield return total += x</c>, <c>(_state = _state * a + c) &gt;&gt; 8</c>):
/// the assignment is lowered as a statement would be (so conversions, uint wrapping and string concatenation
/// stay as in a statement) and then turned into an expression: a walrus on a local, <c>cs_set(obj, "Name", v)</c>
/// on a field or property, which assigns and gives the value as C# does.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression LowerAssignmentExpression(AssignmentExpressionSyntax assignment)
    {
        var symbol = SymbolOf(assignment.Left);
        if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && symbol is ILocalSymbol or IParameterSymbol && CapturedName(symbol) is null)
        {
            NoteAssignment(symbol);
            return new PyNamedExpression(NameOf(symbol), Lower(assignment.Right));
        }
        var local = symbol is ILocalSymbol or IParameterSymbol && CapturedName(symbol) is null;
        var member = symbol is IFieldSymbol or IPropertySymbol or IEventSymbol || assignment.Left is ElementAccessExpressionSyntax;
        if ((local || member) && !assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)
            && LowerAssignment(assignment).ToList() is [var statement] && AsValue(statement) is { } value)
        {
            return value;
        }
        if ((local || member) && assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) && CoalesceValue(assignment, symbol) is { } coalesced)
        {
            return coalesced;
        }
        throw Unsupported(assignment, "an assignment used as a value is translated only on a local variable, a field, a property, an event or an element");
    }

    /// <summary>
    /// <c>node.Dot ??= new Node()</c> as a value: the target where it is not null, else the assignment's value
    /// (<c>node.Dot if node.Dot is not None else cs_set(node, "Dot", Node())</c>); null where the target is not
    /// a plain name, a member of one or an element of one at a plain key, which would be read twice.
    /// </summary>
    private PyExpression? CoalesceValue(AssignmentExpressionSyntax assignment, ISymbol? symbol)
    {
        var current = Lower(assignment.Left);
        if (current is not (PyName or PyMember { Value: PyName } or PySubscript { Value: PyName, Index: PyName or PyNumber or PyString }))
        {
            return null;
        }
        if (symbol is ILocalSymbol or IParameterSymbol)
        {
            NoteAssignment(symbol);
        }
        return AsValue(new PyAssign([current], Lower(assignment.Right))) is { } assigned
            ? new PyConditional(Py.Compare(current, PyCompareOperator.IsNot, PyConstant.None), current, assigned)
            : null;
    }

    /// <summary>A one-target assignment statement as an expression giving the assigned value, or null when its target is not a name or a member of a name.</summary>
    private PyExpression? AsValue(PyStatement statement)
    {
        var (target, value) = statement switch
        {
            PyAssign { Targets: [var only], Value: var v } => (only, v),
            PyAugmentedAssign augmented => (augmented.Target, Py.Binary(augmented.Target, augmented.Operator, augmented.Value)),
            _ => (null, null),
        };
        return target switch
        {
            PyName name => new PyNamedExpression(name.Id, value!),
            PyMember { Value: PyName owner, Name: var attribute } => new PyCall(Helper(CSharpHelpers.SetMember), [owner, new PyString(attribute), value!]),
            // The collection and key are read before the value, as C# evaluates them.
            PySubscript { Value: var collection, Index: var key } when statement is PyAssign && IsPlainBuilder(collection) =>
                new PyCall(Helper(CSharpHelpers.SetItem), [collection, key, value!]),
            _ => null,
        };
    }
}
