using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>A lowered PHP expression: its Python form and what is known of its type.</summary>
internal readonly record struct Lowered(PyExpression Expression, PhpType Type);
