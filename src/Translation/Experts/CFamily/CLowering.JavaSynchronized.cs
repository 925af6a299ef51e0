using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private const string OneMonitor =
        "synchronized takes one lock for the whole program (Java locks each object): blocks on different objects no longer run at the same time";

    /// <summary>
    /// <c>synchronized (x) { ... }</c> and a synchronized method's body: run holding <c>java_monitor()</c>, released
    /// however the block ends. Python objects carry no monitor, so one reentrant lock stands for all of them: it
    /// excludes more than Java does, never less, and a thread may re-enter as in Java.
    /// </summary>
    private List<PyStatement> Synchronized(SyntaxNode node, IReadOnlyList<PyStatement> body)
    {
        _ctx.Require("threading");
        if (!_ctx.Helpers.Contains(PythonHelpers.JavaMonitor))
        {
            _ctx.Warnings.Add(new TranslationWarning(OneMonitor, node.Start, node.End)); // once: it holds for all of them
        }
        var monitor = _ctx.Helper(PythonHelpers.JavaMonitor);
        var scope = body.TakeWhile(s => s is PyScopeDeclaration).ToList();
        return
        [
            .. scope,
            new PyExpressionStatement(Py.Method(monitor, "acquire")),
            new PyTry([.. body.Skip(scope.Count)], [], [new PyExpressionStatement(Py.Method(monitor, "release"))]),
        ];
    }

    /// <summary>A method declared <c>synchronized</c>: its body holds the monitor.</summary>
    private PyFunctionDef SynchronizedIfDeclared(SyntaxNode method, PyFunctionDef lowered) =>
        method.NamedChildren.Any(c => c.Type == "modifiers" && c.Children.Any(m => m.Text == "synchronized"))
            ? lowered with { Body = Synchronized(method, lowered.Body) }
            : lowered;
}
