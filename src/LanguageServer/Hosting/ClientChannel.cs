using StreamJsonRpc;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>
/// What the server sends to the client: notifications and its own requests. A send after the client went away is
/// logged once here, at the boundary, and dropped: a vanished client is not an error of the operation that was
/// reporting to it.
/// </summary>
internal sealed class ClientChannel(JsonRpc rpc, ServerLog log)
{
    public async Task NotifyAsync(string method, object? parameters)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // A lost trace line is not worth a log line, which would itself be traced: that would never end.
            if (method != "$/logTrace")
            {
                log.Info($"not sent ({method}): the client has disconnected");
            }
        }
    }

    public async Task<T?> RequestAsync<T>(string method, object? parameters, CancellationToken cancellationToken = default)
    {
        try
        {
            return await rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            log.Info($"not sent ({method}): the client has disconnected");
            return default;
        }
    }

    /// <summary>A message for the user (<c>window/showMessage</c>): 1 error, 2 warning, 3 info.</summary>
    public Task ShowMessageAsync(int type, string message) => NotifyAsync("window/showMessage", new { type, message });
}
