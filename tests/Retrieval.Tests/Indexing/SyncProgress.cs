namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>Calls the handler on the reporting thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
internal sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
