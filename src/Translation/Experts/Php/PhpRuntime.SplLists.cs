namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's SPL list classes with PHP's names: <c>SplDoublyLinkedList</c>, <c>SplQueue</c>, <c>SplStack</c>,
/// <c>SplFixedArray</c> and <c>SplObjectStorage</c>. Each keeps its storage in <c>_d</c>, set in <c>__new__</c> so a
/// subclass whose constructor does not call the parent's still has it (PHP needs no parent call either). <c>foreach</c>
/// walks <c>php_pairs()</c> (PHP's keys and order: LIFO from the top for a stack); empty structures raise PHP's
/// exceptions with PHP's messages.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddSplListHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["SplDoublyLinkedList"] = (["import collections", "RuntimeException", "OutOfRangeException"], """
            class SplDoublyLinkedList:
                IT_MODE_LIFO = 2
                IT_MODE_FIFO = 0
                IT_MODE_DELETE = 1
                IT_MODE_KEEP = 0

                def __new__(cls, *args, **kwargs):
                    o = super().__new__(cls)
                    o._d = collections.deque()
                    o._mode = 2 if o._kind() == "SplStack" else 0
                    return o

                def push(self, value):
                    self._d.append(value)

                def unshift(self, value):
                    self._d.appendleft(value)

                def pop(self):
                    if not self._d:
                        raise RuntimeException("Can't pop from an empty datastructure")
                    return self._d.pop()

                def shift(self):
                    if not self._d:
                        raise RuntimeException("Can't shift from an empty datastructure")
                    return self._d.popleft()

                def top(self):
                    if not self._d:
                        raise RuntimeException("Can't peek at an empty datastructure")
                    return self._d[-1]

                def bottom(self):
                    if not self._d:
                        raise RuntimeException("Can't peek at an empty datastructure")
                    return self._d[0]

                def isEmpty(self):
                    return not self._d

                def count(self):
                    return len(self._d)

                def __len__(self):
                    return len(self._d)

                def append(self, value):
                    # $list[] = $value
                    self._d.append(value)

                def _index(self, index, method):
                    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self._d):
                        raise OutOfRangeException("SplDoublyLinkedList::" + method + "(): Argument #1 ($index) is out of range")
                    # In LIFO mode (a stack) positions count from the top.
                    return len(self._d) - 1 - index if self._mode & 2 else index

                def offsetExists(self, index):
                    return isinstance(index, int) and 0 <= index < len(self._d)

                def offsetGet(self, index):
                    return self._d[self._index(index, "offsetGet")]

                def offsetSet(self, index, value):
                    if index is None:
                        self._d.append(value)
                    else:
                        self._d[self._index(index, "offsetSet")] = value

                def offsetUnset(self, index):
                    del self._d[self._index(index, "offsetUnset")]

                __getitem__ = offsetGet
                __setitem__ = offsetSet
                __delitem__ = offsetUnset

                def _kind(self):
                    # SplStack, SplQueue or SplDoublyLinkedList (the classes are emitted only when the program names them).
                    return next(c.__name__ for c in type(self).__mro__ if c.__name__ in ("SplStack", "SplQueue", "SplDoublyLinkedList"))

                def setIteratorMode(self, mode):
                    kind = self._kind()
                    if kind == "SplStack" and not mode & 2 or kind == "SplQueue" and mode & 2:
                        raise RuntimeException("Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen")
                    self._mode = mode
                    return mode

                def getIteratorMode(self):
                    return self._mode

                def php_pairs(self):
                    # foreach: FIFO from the bottom or LIFO from the top, keys the positions; IT_MODE_DELETE takes each out.
                    lifo, delete = self._mode & 2, self._mode & 1
                    if delete:
                        while self._d:
                            yield (len(self._d) - 1, self._d.pop()) if lifo else (0, self._d.popleft())
                        return
                    i = len(self._d) - 1 if lifo else 0
                    while 0 <= i < len(self._d):
                        yield i, self._d[i]
                        i += -1 if lifo else 1

                def __iter__(self):
                    return (v for _, v in self.php_pairs())
            """);
        definitions["SplQueue"] = (["SplDoublyLinkedList"], """
            class SplQueue(SplDoublyLinkedList):
                def enqueue(self, value):
                    self._d.append(value)

                def dequeue(self):
                    return self.shift()
            """);
        definitions["SplStack"] = (["SplDoublyLinkedList"], """
            class SplStack(SplDoublyLinkedList):
                pass
            """);
        definitions["SplFixedArray"] = (["RuntimeException"], """
            class SplFixedArray:
                def __init__(self, size=0):
                    if size < 0:
                        raise ValueError("SplFixedArray::__construct(): Argument #1 ($size) must be greater than or equal to 0")
                    self._d = [None] * size

                @staticmethod
                def fromArray(array, preserveKeys=True):
                    values = array if isinstance(array, list) else None
                    if values is None:
                        keys = list(array)
                        values = [None] * (max(keys) + 1 if keys and preserveKeys else len(keys))
                        for i, (k, v) in enumerate(array.items()):
                            values[k if preserveKeys else i] = v
                    fixed = SplFixedArray(len(values))
                    fixed._d = list(values)
                    return fixed

                def _index(self, index):
                    if isinstance(index, str) and index.lstrip("-").isdigit():
                        index = int(index)
                    if isinstance(index, float):
                        index = int(index)
                    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self._d):
                        raise RuntimeException("Index invalid or out of range")
                    return index

                def offsetExists(self, index):
                    return isinstance(index, int) and 0 <= index < len(self._d) and self._d[index] is not None

                def offsetGet(self, index):
                    return self._d[self._index(index)]

                def offsetSet(self, index, value):
                    if index is None:
                        raise RuntimeException("Index invalid or out of range")
                    self._d[self._index(index)] = value

                def offsetUnset(self, index):
                    self._d[self._index(index)] = None

                __getitem__ = offsetGet
                __setitem__ = offsetSet
                __delitem__ = offsetUnset

                def append(self, value):
                    raise Exception("[] operator not supported for SplFixedArray")

                def getSize(self):
                    return len(self._d)

                def setSize(self, size):
                    self._d = self._d[:size] + [None] * max(0, size - len(self._d))
                    return True

                def count(self):
                    return len(self._d)

                def __len__(self):
                    return len(self._d)

                def toArray(self):
                    return list(self._d)

                def php_pairs(self):
                    return enumerate(list(self._d))

                def __iter__(self):
                    return iter(list(self._d))
            """);
        definitions["SplObjectStorage"] = (["UnexpectedValueException"], """
            class SplObjectStorage:
                # Objects by identity, in the order first attached, each with its data (PHP's "info").
                def __new__(cls, *args, **kwargs):
                    o = super().__new__(cls)
                    o._d = {}
                    o._at = 0
                    return o

                def attach(self, obj, info=None):
                    self._d[id(obj)] = (obj, info)

                def detach(self, obj):
                    self._d.pop(id(obj), None)

                def contains(self, obj):
                    return id(obj) in self._d

                def addAll(self, storage):
                    self._d.update(storage._d)
                    return len(self._d)

                def removeAll(self, storage):
                    for key in storage._d:
                        self._d.pop(key, None)
                    return len(self._d)

                def removeAllExcept(self, storage):
                    self._d = {k: v for k, v in self._d.items() if k in storage._d}
                    return len(self._d)

                def count(self, mode=0):
                    return len(self._d)

                def __len__(self):
                    return len(self._d)

                def offsetExists(self, obj):
                    return id(obj) in self._d

                def offsetGet(self, obj):
                    if id(obj) not in self._d:
                        raise UnexpectedValueException("Object not found")
                    return self._d[id(obj)][1]

                def offsetSet(self, obj, info=None):
                    self.attach(obj, info)

                def offsetUnset(self, obj):
                    self.detach(obj)

                __getitem__ = offsetGet
                __setitem__ = offsetSet
                __delitem__ = offsetUnset

                def rewind(self):
                    self._at = 0

                def valid(self):
                    return self._at < len(self._d)

                def key(self):
                    return self._at

                def current(self):
                    return list(self._d.values())[self._at][0] if self.valid() else None

                def next(self):
                    self._at += 1

                def getInfo(self):
                    return list(self._d.values())[self._at][1] if self.valid() else None

                def setInfo(self, info):
                    if self.valid():
                        obj = list(self._d.values())[self._at][0]
                        self._d[id(obj)] = (obj, info)

                def php_pairs(self):
                    # foreach gives the objects with keys 0, 1, 2, ...; getInfo()/setInfo() see the current one.
                    for self._at, (obj, _) in enumerate(list(self._d.values())):
                        yield self._at, obj
                    self._at = len(self._d)

                def __iter__(self):
                    return (v for _, v in self.php_pairs())
            """);
    }
}
