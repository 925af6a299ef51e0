using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>
/// A place python3 would refuse to compile, with the SyntaxError it would give. <paramref name="NeedsEnclosingCode"/>
/// marks the refusals a fragment earns (<c>return</c>, <c>yield</c> or <c>await</c>
/// outside any function at the top level; <c>break</c> or <c>continue</c> outside any loop): the translation of a
/// selection cut from a function or loop body, which runs once pasted back into one.
/// </summary>
internal readonly record struct PythonCompileError(SyntaxNode Node, string Message, bool NeedsEnclosingCode = false);
