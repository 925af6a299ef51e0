namespace CodeIntel.Translation.Fortran.Lexing;

/// <summary>
/// One Fortran statement after continuation lines are joined and comments removed. <see cref="Line"/> is the
/// zero-based physical line it starts on; <see cref="EndLine"/> the last one. <see cref="IsDirective"/> marks an
/// <c>!$omp</c> directive, whose <see cref="Text"/> is the part after the sentinel.
/// </summary>
public sealed record LogicalLine(string Text, int Line, int EndLine, string? Label, bool IsDirective, string? Comment = null);
