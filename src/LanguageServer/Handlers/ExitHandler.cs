using CodeIntel.LanguageServer.Hosting;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>exit</c>: ends the process, with code 0 after <c>shutdown</c> and 1 without, as LSP prescribes.</summary>
internal sealed class ExitHandler(ServerContext context)
{
    public const string Method = "exit";

    public void Handle() => context.Session.Exit();
}
