namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// Which tree-sitter node types play which part in CodeBLEU's data-flow extraction for one language (the
/// GraphCodeBERT <c>DFG_*</c> functions): declarations, assignments, increments, branches and loops. Types of
/// both the grammars the official scripts were written against and today's grammars are listed where they differ.
/// </summary>
internal sealed record DataFlowRules(
    IReadOnlySet<string> Definitions,
    IReadOnlySet<string> Assignments,
    IReadOnlySet<string> Increments,
    IReadOnlySet<string> Branches,
    IReadOnlySet<string> ForLoops,
    string ForInitializer,
    IReadOnlySet<string> ForEachLoops,
    (string Name, string Value) ForEachFields,
    IReadOnlySet<string> WhileLoops,
    bool SplitTupleAssignments)
{
    /// <summary>Node types read as one token even when the grammar gives them children.</summary>
    public static IReadOnlySet<string> Literals { get; } = Set("string_literal", "string", "character_literal", "verbatim_string_literal", "raw_string_literal", "char_literal", "concatenated_string");

    public static DataFlowRules Java { get; } = new(
        Set("variable_declarator"), Set("assignment_expression"), Set("update_expression"), Set("if_statement", "else"),
        Set("for_statement"), "local_variable_declaration", Set("enhanced_for_statement"), ("name", "value"), Set("while_statement"), false);

    public static DataFlowRules CSharp { get; } = new(
        Set("variable_declarator"), Set("assignment_expression"), Set("postfix_unary_expression", "prefix_unary_expression"), Set("if_statement", "else"),
        Set("for_statement"), "variable_declaration", Set("for_each_statement", "foreach_statement"), ("left", "right"), Set("while_statement"), false);

    public static DataFlowRules Python { get; } = new(
        Set("default_parameter"), Set("assignment", "augmented_assignment"), Set(), Set("elif_clause", "else_clause"),
        Set(), "", Set("for_statement"), ("left", "right"), Set("while_statement"), true);

    private static HashSet<string> Set(params string[] types) => new(types, StringComparer.Ordinal);
}
