namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Plain objects: <c>stdClass</c> and the <c>(object)</c> cast, <c>is_object</c>, and the part of
/// <c>ReflectionClass</c> that Python's class answers (the short name, new instances); any other reflection raises.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddObjectHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_static_owner"] = ([], """
            def php_static_owner(cls, name):
                # static::$name (late static binding): the nearest class, from the one called on, declaring it.
                return next(c for c in cls.__mro__ if name in vars(c))
            """);
        definitions["stdClass"] = ([], """
            class stdClass:
                # PHP's empty class: (object) casts and properties added at run time fill it.
                pass
            """);
        definitions["php_to_object"] = (["stdClass", "php_attr_name"], """
            def php_to_object(v, renamed):
                # (object): an array's keys become properties (spelled as reads spell them), a scalar is ->scalar,
                # null is an empty object and an object is itself.
                if isinstance(v, (list, dict)):
                    made = stdClass()
                    for key, value in (v.items() if isinstance(v, dict) else enumerate(v)):
                        setattr(made, php_attr_name(str(key), renamed), value.copy() if isinstance(value, (list, dict)) else value)
                    return made
                if v is None:
                    return stdClass()
                if isinstance(v, (bool, int, float, str)):
                    made = stdClass()
                    made.scalar = v
                    return made
                return v
            """);
        definitions["php_extract"] = (["import re"], """
            def php_extract(a):
                # extract(): the string keys that are valid variable names (not "this"); arrays are copied as PHP assigns them.
                if not isinstance(a, (list, dict)):
                    raise TypeError("extract(): Argument #1 ($array) must be of type array, " + type(a).__name__ + " given")
                if isinstance(a, list):
                    return {}
                if "this" in a:
                    raise Exception("Cannot re-assign $this")
                return {k: v.copy() if isinstance(v, (list, dict)) else v for k, v in a.items()
                        if isinstance(k, str) and k != "this" and re.fullmatch("[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_\x80-\U0010ffff]*", k)}
            """);
        definitions["php_is_object"] = ([], """
            def php_is_object(v):
                # Every value that is not a scalar, an array or null is an object in PHP (closures and generators too).
                return not (v is None or isinstance(v, (bool, int, float, str, list, dict, tuple)))
            """);
        definitions["ReflectionClass"] = (["import builtins", "php_get_class"], """
            class ReflectionClass:
                # What Python's class can tell; PHP's other reflection (members, attributes, doc comments) raises.
                def __init__(self, target):
                    if isinstance(target, str):
                        name = target.rsplit("\\", 1)[-1]
                        found = next((v for k, v in {**vars(builtins), **globals()}.items() if k.lower() == name.lower() and isinstance(v, type)), None)
                        if found is None:
                            raise NotImplementedError('ReflectionClass of "' + target + '", a class the output does not define, is not translated')
                        self._class = found
                        self._name = {"ZeroDivisionError": "DivisionByZeroError"}.get(found.__name__, found.__name__)
                    else:
                        self._class = type(target)
                        self._name = php_get_class(target)

                def getShortName(self):
                    return self._name

                def newInstance(self, *args):
                    return self._class(*args)

                def newInstanceArgs(self, args=()):
                    return self._class(*(args.values() if isinstance(args, dict) else args))

                def __getattr__(self, name):
                    raise NotImplementedError("ReflectionClass::" + name + "() is not translated")
            """);
    }
}
