namespace CodeIntel.Retrieval.Tests.Embedding;

/// <summary>Calls back on the reporting thread, in order (Progress&lt;T&gt; posts to the thread pool, late and unordered).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
