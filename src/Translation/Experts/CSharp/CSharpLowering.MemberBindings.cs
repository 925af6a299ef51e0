using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Members read after <c>?.</c>: of the receiver the enclosing conditional access tested once.</summary>
internal sealed partial class CSharpLowering
{
    /// <summary><c>.B</c> after <c>a?</c>: a member of the receiver the enclosing ?. tested.</summary>
    private PyExpression LowerMemberBinding(MemberBindingExpressionSyntax binding)
    {
        var (receiver, type) = _conditionalReceivers.Peek();
        var symbol = SymbolOf(binding);
        if (symbol is not null && IsFromSource(symbol) && !symbol.IsStatic)
        {
            return new PyMember(receiver, NameOf(symbol));
        }
        if (symbol is IPropertySymbol && LinkedListMember(type, symbol.Name, receiver) is { } linked && UsesLinkedListNodes)
        {
            return linked;
        }
        if (symbol is IPropertySymbol { Name: "Length" or "Count" } && Classify(type) is not CsKind.Other)
        {
            return Py.Length(receiver);
        }
        if (symbol is IPropertySymbol { Name: "Message" } && type is not null && CSharpLibrary.PythonException(type) is not null)
        {
            return ExceptionMessage(receiver, type); // e.InnerException?.Message
        }
        if (IsDateOnly(NonNullable(type)) && DateMember(binding.Name.Identifier.ValueText, receiver) is { } dateMember)
        {
            return dateMember; // due?.DayNumber
        }
        throw Unsupported(binding, $"?.{binding.Name} is not translated");
    }
}
