namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>The C-family source language being lowered; the grammars differ in node names, the semantics mostly not.</summary>
internal enum CDialect
{
    Java,
    Cpp,
}
