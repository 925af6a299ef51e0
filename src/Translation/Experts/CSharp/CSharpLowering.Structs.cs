using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Structs are Python classes, so where C# copies a struct value the translation copies the object
/// (<c>copy.copy</c>): a stored struct read into a variable, a field, an argument, a return value, a collection or
/// a tuple; and the receiver of a method call when C# calls it on a temporary copy (a List or Dictionary
/// element, a property's value). Only mutable structs are copied: an immutable one (readonly, or no field or
/// setter that code outside its constructors can change) cannot tell a copy from a share.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly Dictionary<ITypeSymbol, bool> _mutableStructs = new(SymbolEqualityComparer.Default);

    private bool IsMutableStruct(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named || !IsFromSource(named) || named.IsReadOnly)
        {
            return false;
        }
        if (!_mutableStructs.TryGetValue(named, out var mutable))
        {
            mutable = named.GetMembers().Any(m => m switch
            {
                IFieldSymbol { IsStatic: false, IsReadOnly: false, IsConst: false, AssociatedSymbol: null } => true,
                IPropertySymbol { IsStatic: false, SetMethod: { IsInitOnly: false } } => true,
                _ => false,
            });
            _mutableStructs[named] = mutable;
        }
        return mutable;
    }

    /// <summary>A stored mutable struct read where C# copies it, as <c>copy.copy(value)</c>; anything else unchanged.</summary>
    private PyExpression CopiedIfStruct(ExpressionSyntax e, PyExpression value)
    {
        if (!IsMutableStruct(TypeOf(e)) || !IsStoredValue(e) || !CopiesValue(e))
        {
            return value;
        }
        return ShallowCopy(value);
    }

    /// <summary><c>copy.copy(value)</c>: what C# does to a struct it copies, and what <c>with</c> starts from.</summary>
    private PyCall ShallowCopy(PyExpression value) => new(new PyMember(ModuleName("copy"), "copy"), [value]);

    /// <summary>A variable, field, property, element or this: a struct that lives somewhere (a new one or a call's result is a fresh value).</summary>
    private bool IsStoredValue(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax or ElementAccessExpressionSyntax or ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax => SymbolOf(e) is IFieldSymbol or IPropertySymbol,
        _ => false,
    };

    /// <summary>Whether the place <paramref name="e"/> stands copies its value: an initializer, the right of an assignment, a by-value argument, a return, an element of a collection or tuple.</summary>
    private bool CopiesValue(ExpressionSyntax e)
    {
        SyntaxNode node = e;
        while (node.Parent is ParenthesizedExpressionSyntax or ConditionalExpressionSyntax && (node.Parent is not ConditionalExpressionSyntax c || c.Condition != node))
        {
            node = node.Parent;
        }
        return node.Parent switch
        {
            EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ReturnStatementSyntax or InitializerExpressionSyntax or CollectionElementSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.Right == node && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression),
            ArgumentSyntax argument => argument.RefKindKeyword.RawKind == 0 && argument.Parent?.Parent is { } call && SymbolOf(call) is IMethodSymbol method
                && (IsFromSource(method) || method.Name is "Add" or "Push" or "Enqueue" or "Insert" or "AddFirst" or "AddLast" or "TryAdd" or "Fill"),
            _ => false,
        };
    }

    /// <summary>
    /// The receiver of a call on a mutable struct: C# calls a method on a copy when the struct is a List or
    /// Dictionary element or a property's value (the change is lost there), on the struct itself when it is a
    /// variable, a field or an array element.
    /// </summary>
    private PyExpression ReceiverOfStructCall(ExpressionSyntax receiver, PyExpression lowered)
    {
        if (!IsMutableStruct(TypeOf(receiver)))
        {
            return lowered;
        }
        var temporary = receiver switch
        {
            ElementAccessExpressionSyntax element => KindOf(element.Expression) is not CsKind.Array,
            MemberAccessExpressionSyntax or IdentifierNameSyntax => SymbolOf(receiver) is IPropertySymbol,
            _ => false,
        };
        return temporary ? ShallowCopy(lowered) : lowered;
    }
}
