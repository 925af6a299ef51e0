namespace CodeIntel.Parsing.Languages;

/// <summary>The tree-sitter grammars compiled into libtreesitter.</summary>
public enum Grammar
{
    None,
    C,
    Cpp,
    CSharp,
    Java,
    JavaScript,
    TypeScript,
    Tsx,
    Php,
    Python,
}
