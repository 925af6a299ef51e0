namespace CodeIntel.Parsing.TreeSitter;

/// <summary>Options of a <see cref="TreeSitterParser"/>.</summary>
public sealed class ParserOptions
{
    /// <summary>
    /// Longest a single parse may run before it is abandoned with <see cref="ParseTimeoutException"/>.
    /// Default 10 seconds: tree-sitter parses megabytes a second, so only pathological input reaches it.
    /// <see langword="null"/> disables the limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Clock used for <see cref="Timeout"/>; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
