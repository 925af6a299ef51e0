namespace CodeIntel.LanguageServer.Protocol;

/// <summary>A watched file changed: <see cref="Type"/> is 1 created, 2 changed, 3 deleted.</summary>
internal sealed record FileEvent(string Uri, int Type);
