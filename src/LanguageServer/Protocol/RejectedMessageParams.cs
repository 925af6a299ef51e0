namespace CodeIntel.LanguageServer.Protocol;

/// <summary>What <see cref="Hosting.FrameSanitizer"/> substitutes for a message it could not accept.</summary>
internal sealed record RejectedMessageParams(int Code, string Message);
