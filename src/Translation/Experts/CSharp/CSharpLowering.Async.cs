using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// <c>async</c>/<c>await</c> as asyncio: an async method is an <c>async def</c>, <c>await</c> is <c>await</c>,
/// <c>Task.Delay(ms)</c> is <c>asyncio.sleep(ms / 1000)</c>, <c>Task.WhenAll</c> is <c>asyncio.gather</c>, and
/// an async <c>Main</c> runs under <c>asyncio.run</c>. A C# async method runs synchronously up to its first
/// <c>await</c> when called; a Python coroutine runs only when awaited. The two agree when the call is awaited at
/// once or handed to <c>Task.WhenAll</c>, so a call kept for later is reported.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression LowerAwait(AwaitExpressionSyntax await)
    {
        if (_function is null)
        {
            throw Unsupported(await, "await in top-level statements is not translated (put the code in an async Main)");
        }
        var operand = await.Expression;
        // x.ConfigureAwait(false): which thread resumes does not change what the program computes.
        if (operand is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configure })
        {
            operand = configure.Expression;
        }
        return new PyAwait(Lower(operand));
    }

    /// <summary>A call of an async method of the source: translated when awaited at once or passed to Task.WhenAll.</summary>
    private void CheckAsyncCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        if (!method.IsAsync)
        {
            return;
        }
        SyntaxNode node = invocation;
        while (node.Parent is ParenthesizedExpressionSyntax || node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } && node.Parent.Parent is InvocationExpressionSyntax)
        {
            node = node.Parent is MemberAccessExpressionSyntax ? node.Parent.Parent! : node.Parent;
        }
        var awaited = node.Parent is AwaitExpressionSyntax
            || node.Ancestors().OfType<InvocationExpressionSyntax>().Any(call => SymbolOf(call) is IMethodSymbol { Name: "WhenAll", ContainingType.Name: "Task" });
        if (!awaited)
        {
            throw Unsupported(invocation, "an async call that is not awaited at once is not translated (C# runs it up to its first await before going on; Python would not start it)");
        }
    }

    private PyExpression? LowerTaskStatic(LibraryCall call) => (call.Name, call.Count) switch
    {
        ("Delay", 1) => new PyCall(new PyMember(ModuleName("asyncio"), "sleep"),
            [Py.Literal(Arg(call, 0)) is { } ms ? new PyNumber((ms / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture)) : Py.Binary(Arg(call, 0), PyBinaryOperator.Divide, Py.Number(1000))]),
        ("Yield", 0) => new PyCall(new PyMember(ModuleName("asyncio"), "sleep"), [Py.Number(0)]),
        ("WhenAll", 1) when KindOf(call.Arguments[0]) is not CsKind.Other || TypeOf(call.Arguments[0]) is IArrayTypeSymbol =>
            new PyCall(new PyMember(ModuleName("asyncio"), "gather"), [new PyName("*" + PythonExpressionText(Arg(call, 0)))]),
        ("WhenAll", _) => new PyCall(new PyMember(ModuleName("asyncio"), "gather"), [.. call.Arguments.Select(Lower)]),
        ("FromResult", 1) => new PyCall(Helper(CSharpHelpers.Completed), [Arg(call, 0)]),
        _ => null,
    };

    private static string PythonExpressionText(PyExpression e) => Python.Printing.PythonExpressionPrinter.Print(e) is var text && e is PyName or PyMember or PySubscript or PyCall or PyList or PyComprehension ? text : "(" + text + ")";
}
