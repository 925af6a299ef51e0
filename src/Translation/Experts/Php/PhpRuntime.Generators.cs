namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's <c>Generator</c> object, for programs that call its methods (<c>current</c>, <c>key</c>, <c>next</c>,
/// <c>valid</c>, <c>send</c>, <c>getReturn</c>): <c>php_generator</c> decorates each generator function so that a
/// call gives a <c>PhpGenerator</c> around the Python generator (which yields <c>(key, value)</c> pairs). It runs
/// to the first yield when first asked, as PHP does, keeps the current pair and, once the body returns, the value
/// it returned. <c>foreach</c> walks it through <c>php_pairs</c>, from where it stands.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddGeneratorHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["PhpGenerator"] = ([], """
            class PhpGenerator:
                # PHP's Generator: the Python generator run step by step, its current pair and return value kept.
                def __init__(self, gen):
                    self._gen = gen
                    self._started = False
                    self._pair = None
                    self._done = False
                    self._return = None

                def _step(self, value):
                    try:
                        self._pair = self._gen.send(value)
                    except StopIteration as stop:
                        self._pair = None
                        self._done = True
                        self._return = stop.value

                def _start(self):
                    if not self._started:
                        self._started = True
                        self._step(None)

                def current(self):
                    self._start()
                    return None if self._done else self._pair[1]

                def key(self):
                    self._start()
                    return None if self._done else self._pair[0]

                def valid(self):
                    self._start()
                    return not self._done

                def next(self):
                    self._start()
                    if not self._done:
                        self._step(None)

                def rewind(self):
                    self._start()

                def send(self, value):
                    # Runs to the first yield first when not started; the sent value is what that yield gives.
                    self._start()
                    if self._done:
                        return None
                    self._step(value)
                    return self.current()

                def getReturn(self):
                    if not self._done:
                        raise Exception("Cannot get return value of a generator that hasn't returned")
                    return self._return

                def php_pairs(self):
                    self._start()
                    while not self._done:
                        yield self._pair
                        self._step(None)
            """);
        definitions["php_generator"] = (["PhpGenerator", "import functools"], """
            def php_generator(f):
                # A generator function whose calls give PHP's Generator object.
                @functools.wraps(f)
                def make(*args, **kwargs):
                    return PhpGenerator(f(*args, **kwargs))
                return make
            """);
    }
}
