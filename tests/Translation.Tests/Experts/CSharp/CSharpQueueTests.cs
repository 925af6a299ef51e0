namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>PriorityQueue and the Try* methods of queues and stacks; run both ways.</summary>
public sealed class CSharpQueueTests
{
    [SkippableFact]
    public void PriorityQueue_TakesTheLowestPriorityFirst_WithTupleAndIntPriorities()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var jobs = new PriorityQueue<string, (int Severity, int Arrival)>();
                    int seq = 0;
                    foreach (var (name, severity) in new[] { ("a", 2), ("b", 0), ("c", 2), ("d", 1) }) jobs.Enqueue(name, (severity, seq++));
                    Console.WriteLine($"{jobs.Count} first {jobs.Peek()}");
                    while (jobs.TryDequeue(out var job, out var priority)) Console.Write($"{job}:{priority.Severity} ");
                    Console.WriteLine(jobs.TryPeek(out var none, out _) + " " + (none ?? "null"));
                    var costs = new PriorityQueue<int, int>(16);
                    foreach (var c in new[] { 5, 3, 9, 1 }) costs.Enqueue(c * 10, c);
                    Console.WriteLine(costs.Dequeue() + " " + costs.Dequeue() + " " + costs.Count);
                }
            }
            """);

        Assert.Equal("4 first b\nb:0 d:1 a:2 c:2 False null\n10 30 2\n", printed);
    }

    [SkippableFact]
    public void QueueAndStack_TryMethods_GiveTheItemOrTheDefault()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var queue = new Queue<int>(new[] { 4, 8 });
                    var stack = new Stack<string>();
                    stack.Push("x");
                    while (queue.TryPeek(out var head) && head < 10) { queue.TryDequeue(out var taken); Console.Write(taken + " "); queue.Enqueue(head * 3); }
                    Console.WriteLine(queue.Count);
                    Console.WriteLine(stack.TryPop(out var top) + " " + top + " " + stack.TryPeek(out var gone) + " " + (gone ?? "null"));
                }
            }
            """);

        Assert.Equal("4 8 2\nTrue x False null\n", printed);
    }
}
