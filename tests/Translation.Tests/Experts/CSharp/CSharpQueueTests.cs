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

    [SkippableFact]
    public void LinkedListNodes_AreKeptMovedAndWalked_AsInDotNet()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Lru {
                private readonly Dictionary<string, LinkedListNode<(string Key, int Value)>> _map = new();
                private readonly LinkedList<(string Key, int Value)> _order = new();
                public void Put(string key, int value) {
                    if (_map.TryGetValue(key, out var old)) _order.Remove(old);
                    else if (_map.Count == 2) { var last = _order.Last!; _order.RemoveLast(); _map.Remove(last.Value.Key); Console.WriteLine("evict " + last.Value.Key); }
                    _map[key] = _order.AddFirst((key, value));
                }
                public int Get(string key) {
                    var node = _map[key];
                    _order.Remove(node);
                    _order.AddFirst(node);
                    return node.Value.Value;
                }
                public override string ToString() {
                    var keys = new List<string>();
                    for (var n = _order.First; n != null; n = n.Next) keys.Add(n.Value.Key);
                    return string.Join(" ", keys) + " | " + string.Join(",", _order.Select(p => p.Value)) + " | " + _order.Count;
                }
            }
            class P {
                static void Main() {
                    var lru = new Lru();
                    lru.Put("a", 1); lru.Put("b", 2);
                    Console.WriteLine(lru.Get("a") + " " + lru);
                    lru.Put("c", 3);
                    Console.WriteLine(lru);
                    var words = new LinkedList<string>(new[] { "x", "z" });
                    words.AddAfter(words.Find("x")!, "y");
                    words.AddBefore(words.First!, "w");
                    Console.WriteLine(string.Join("", words) + " " + words.Last!.Previous!.Value + " " + words.Remove("q") + " " + words.Contains("y"));
                }
            }
            """);

        Assert.Equal("1 a b | 1,2 | 2\nevict b\nc a | 3,1 | 2\nwxyz y False True\n", printed);
    }
}
