using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>
/// The LSP lifecycle: created, initialized (after the <c>initialize</c> answer), shut down, exited. Every handler
/// asks <see cref="RequireRunning"/> first, so requests before <c>initialize</c> or after <c>shutdown</c> get the
/// errors LSP prescribes.
/// </summary>
internal sealed class ServerSession
{
    private const int Created = 0;
    private const int Running = 1;
    private const int ShutDown = 2;
    private int _state;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ClientCapabilities Capabilities { get; private set; } = ClientCapabilities.None;

    public bool IsRunning => Volatile.Read(ref _state) == Running;

    public bool ShutdownRequested => Volatile.Read(ref _state) == ShutDown;

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exited => _exit.Task;

    /// <summary>Moves to running; throws when <c>initialize</c> was already answered.</summary>
    public void Initialize(ClientCapabilities capabilities)
    {
        if (Interlocked.CompareExchange(ref _state, Running, Created) != Created)
        {
            throw new StreamJsonRpc.LocalRpcException("'initialize' may be sent only once per session.") { ErrorCode = LspErrors.InvalidRequest };
        }
        Capabilities = capabilities;
    }

    public void RequireRunning(string method)
    {
        switch (Volatile.Read(ref _state))
        {
            case Created:
                throw LspErrors.NotInitialized(method);
            case ShutDown:
                throw LspErrors.AfterShutdown(method);
        }
    }

    public void Shutdown() => Volatile.Write(ref _state, ShutDown);

    /// <summary>LSP: exit code 0 after <c>shutdown</c>, 1 without it.</summary>
    public void Exit() => _exit.TrySetResult(ShutdownRequested ? 0 : 1);
}
