namespace CodeIntel.LanguageServer.Indexing;

/// <summary>
/// Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts to a captured context and could
/// deliver a stale report after the run's final status.
/// </summary>
internal sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
