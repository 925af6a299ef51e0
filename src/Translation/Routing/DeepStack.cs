namespace CodeIntel.Translation.Routing;

/// <summary>
/// Runs an expert on a thread of its own with a large stack. The experts walk syntax trees recursively, and a
/// long operator chain (<c>a + b + ... </c>, thousands of terms, no brackets) makes a tree as deep as it is long:
/// on a thread pool thread's stack that would end the process (a stack overflow cannot be caught), taking the
/// language server with it. 256 MB of reserved address space costs only the pages the walk touches.
/// </summary>
internal static class DeepStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    public static Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                // The experts finish synchronously; an asynchronous one (the neural engine) is waited for here.
                completion.SetResult(work().GetAwaiter().GetResult());
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                completion.SetCanceled(cancellationToken);
            }
#pragma warning disable CA1031 // The exception is handed to the awaiting caller, not swallowed.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                completion.SetException(exception);
            }
        }, StackBytes)
        {
            IsBackground = true,
            Name = "CodeIntel translation",
        };
        thread.Start();
        return completion.Task;
    }
}
