namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's SPL heaps with PHP's names: <c>SplHeap</c> (abstract: a subclass gives <c>compare</c>), <c>SplMinHeap</c>,
/// <c>SplMaxHeap</c> and <c>SplPriorityQueue</c>. Insertion and extraction follow php-src's <c>spl_heap.c</c> step for
/// step (sift up; sift the last element down from the root, preferring the right child only when it compares
/// greater), so elements that compare equal come out in the order PHP gives them. <c>foreach</c> extracts, keys
/// counting down, as PHP's heap iterators do.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddSplHeapHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["SplHeap"] = (["RuntimeException", "php_cmp"], """
            class SplHeap:
                def __new__(cls, *args, **kwargs):
                    o = super().__new__(cls)
                    o._d = []
                    return o

                def _cmp(self, a, b):
                    return self.compare(a, b)

                def insert(self, value):
                    d = self._d
                    d.append(value)
                    i = len(d) - 1
                    while i > 0 and self._cmp(d[(i - 1) // 2], value) < 0:
                        d[i] = d[(i - 1) // 2]
                        i = (i - 1) // 2
                    d[i] = value
                    return True

                def _delete_top(self):
                    d = self._d
                    count = len(d)
                    top, bottom = d[0], d[count - 1]
                    limit = (count - 1) // 2
                    i = 0
                    while i < limit:
                        j = 2 * i + 1
                        if self._cmp(d[j + 1], d[j]) > 0:
                            j += 1
                        if self._cmp(bottom, d[j]) < 0:
                            d[i] = d[j]
                            i = j
                        else:
                            break
                    d[i] = bottom
                    d.pop()
                    return top

                def _out(self, element):
                    return element

                def extract(self):
                    if not self._d:
                        raise RuntimeException("Can't extract from an empty heap")
                    return self._out(self._delete_top())

                def top(self):
                    if not self._d:
                        raise RuntimeException("Can't peek at an empty heap")
                    return self._out(self._d[0])

                def isEmpty(self):
                    return not self._d

                def count(self):
                    return len(self._d)

                def __len__(self):
                    return len(self._d)

                def valid(self):
                    return bool(self._d)

                def current(self):
                    return self._out(self._d[0]) if self._d else None

                def key(self):
                    return len(self._d) - 1

                def next(self):
                    if self._d:
                        self._delete_top()

                def rewind(self):
                    pass

                def isCorrupted(self):
                    return False

                def recoverFromCorruption(self):
                    return True

                def php_pairs(self):
                    # foreach takes the elements out, keys counting down to 0.
                    while self._d:
                        yield len(self._d) - 1, self._out(self._delete_top())

                def __iter__(self):
                    return (v for _, v in self.php_pairs())
            """);
        definitions["SplMinHeap"] = (["SplHeap", "php_cmp"], """
            class SplMinHeap(SplHeap):
                def compare(self, value1, value2):
                    return php_cmp(value2, value1)
            """);
        definitions["SplMaxHeap"] = (["SplHeap", "php_cmp"], """
            class SplMaxHeap(SplHeap):
                def compare(self, value1, value2):
                    return php_cmp(value1, value2)
            """);
        definitions["SplPriorityQueue"] = (["SplHeap", "php_cmp", "RuntimeException"], """
            class SplPriorityQueue(SplHeap):
                # Elements are (data, priority) pairs ordered by compare() on their priorities.
                EXTR_DATA = 1
                EXTR_PRIORITY = 2
                EXTR_BOTH = 3

                def __new__(cls, *args, **kwargs):
                    o = super().__new__(cls)
                    o._flags = 1
                    return o

                def compare(self, priority1, priority2):
                    return php_cmp(priority1, priority2)

                def _cmp(self, a, b):
                    return self.compare(a[1], b[1])

                def insert(self, value, priority):
                    return SplHeap.insert(self, (value, priority))

                def _out(self, element):
                    if self._flags == 3:
                        return {"data": element[0], "priority": element[1]}
                    return element[0] if self._flags == 1 else element[1]

                def setExtractFlags(self, flags):
                    if not flags & 3:
                        raise RuntimeException("Must specify at least one extract flag")
                    self._flags = flags & 3
                    return self._flags

                def getExtractFlags(self):
                    return self._flags
            """);
    }
}
