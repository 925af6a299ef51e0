namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's SPL data structures, emitted with PHP's names from <c>PhpRuntime.SplLists.cs</c> and
/// <c>PhpRuntime.SplHeaps.cs</c> when the program names them (and declares no class of that name). Their methods keep
/// PHP's names, so calls on them need no lowering of their own; <c>foreach</c>, <c>count</c>, <c>[]</c> and
/// <c>isset</c> reach them through <c>php_pairs</c>, <c>__len__</c>, <c>__getitem__</c>/<c>__setitem__</c> and
/// <c>offsetExists</c>.
/// </summary>
internal sealed partial class PhpLowering
{
    private static readonly string[] SplClasses =
    [
        "SplDoublyLinkedList", "SplQueue", "SplStack", "SplFixedArray", "SplObjectStorage",
        "SplHeap", "SplMinHeap", "SplMaxHeap", "SplPriorityQueue",
    ];
}
