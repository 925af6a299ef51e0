namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Value helpers: enums' <c>from</c>/<c>tryFrom</c>, strings in arithmetic as PHP reads them (<c>php_num</c>,
/// <c>php_add</c>), <c>??</c> whose fallback runs only when needed (<c>php_get_or</c>), and <c>throw</c> as an
/// expression.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddValueHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_is_empty_array"] = ([], """
            def php_is_empty_array(v, strict):
                # $v === [] holds for an empty list or dict; loosely null and false equal [] too.
                if isinstance(v, (list, dict)):
                    return len(v) == 0
                return not strict and (v is None or v is False)
            """);
        definitions["php_attr_name"] = (["import keyword"], """
            def php_attr_name(name, renamed):
                # A property name read at run time, spelled as the translation spells declared properties.
                return name + "_" if name in renamed or keyword.iskeyword(name) else name
            """);
        definitions["php_method"] = (["import keyword"], """
            def php_method(obj, name):
                # $o->$name(...): PHP's method names ignore case; a keyword was renamed like a declared method.
                spelled = "__init__" if name.lower() == "__construct" else name + "_" if keyword.iskeyword(name) else name
                if callable(getattr(type(obj), spelled, None)):
                    return getattr(obj, spelled)
                found = next((k for k in dir(type(obj)) if k.lower() == spelled.lower() and callable(getattr(type(obj), k))), None)
                if found is None:
                    raise AttributeError("Call to undefined method " + type(obj).__name__ + "::" + name + "()")
                return getattr(obj, found)
            """);
        definitions["php_new"] = (["import builtins"], """
            def php_new(cls, *args, **named):
                # new $class(...): a class name (PHP's are case-insensitive, a namespace is dropped) or an object's class.
                if isinstance(cls, str):
                    name = cls.rsplit("\\", 1)[-1]
                    scope = {**vars(builtins), **globals()}
                    found = scope.get(name)
                    if not isinstance(found, type):
                        found = next((v for k, v in globals().items() if k.lower() == name.lower() and isinstance(v, type)), None)
                    if found is None:
                        raise NameError('Class "' + cls + '" not found')
                    cls = found
                elif not isinstance(cls, type):
                    cls = type(cls)
                if issubclass(cls, BaseException) and len(args) + len(named) > 1:
                    raise NotImplementedError("new $class(...) of an exception with a code or a previous exception is not translated")
                return cls(*args, **named)
            """);
        definitions["php_next_key"] = ([], """
            class php_array(dict):
                # A keyed array that remembers PHP's next free integer key after unset() took the largest away.
                __slots__ = ("next_free",)

                def copy(self):
                    c = php_array(self)
                    c.next_free = self.next_free
                    return c


            def php_next_key(a):
                # The key $a[] = v gives: one past the largest integer key the array ever had.
                key = max((k for k in a if type(k) is int), default=-1) + 1
                return max(key, a.next_free) if isinstance(a, php_array) else key
            """);
        definitions["php_push"] = (["php_next_key"], """
            def php_push(a, v):
                # $a[] = $v on a keyed array: the next integer key.
                if isinstance(a, dict):
                    key = php_next_key(a)
                    a[key] = v
                    if isinstance(a, php_array):
                        a.next_free = key + 1
                else:
                    a.append(v)
            """);
        definitions["php_array_push"] = (["php_push"], """
            def php_array_push(a, *values):
                # array_push() as a value: each value is pushed as $a[] = $v pushes it, and the new count is returned.
                for v in values:
                    php_push(a, v)
                return len(a)
            """);
        definitions["php_cmp"] = (["php_str", "php_is_numeric"], """
            def php_cmp(a, b):
                # PHP 8: a number and a non-numeric string compare as strings, a numeric string as a number.
                if isinstance(a, str) != isinstance(b, str) and isinstance(a, (str, int, float)) and isinstance(b, (str, int, float)):
                    text, number = (a, b) if isinstance(a, str) else (b, a)
                    converted = float(text) if php_is_numeric(text) else None
                    if converted is None:
                        a, b = (a, php_str(b)) if isinstance(a, str) else (php_str(a), b)
                    else:
                        a, b = (converted, b) if isinstance(a, str) else (a, converted)
                elif isinstance(a, str) and isinstance(b, str) and php_is_numeric(a) and php_is_numeric(b):
                    a, b = float(a), float(b)
                elif isinstance(a, list) and isinstance(b, list):
                    # Arrays compare by size, then element by element.
                    if len(a) != len(b):
                        return (len(a) > len(b)) - (len(a) < len(b))
                    return next((c for c in map(php_cmp, a, b) if c), 0)
                elif isinstance(a, (list, dict)) != isinstance(b, (list, dict)) and a is not None and not isinstance(a, bool) and b is not None and not isinstance(b, bool):
                    # An array is greater than any number or string.
                    return 1 if isinstance(a, (list, dict)) else -1
                return (a > b) - (a < b)
            """);
        definitions["php_unset"] = (["php_next_key"], """
            def php_unset(a, key):
                # unset($a[$k]) on an array of unknown kind: a list with a key removed keeps PHP's keys as a dict (stored
                # back), one that remembers the next free key when the largest is removed.
                if hasattr(a, "offsetUnset"):
                    a.offsetUnset(key)
                    return a
                if isinstance(a, list):
                    if type(key) is not int or not 0 <= key < len(a):
                        return a
                    a = php_array(enumerate(a))
                    a.next_free = len(a)
                elif not isinstance(a, dict) or key not in a:
                    return a
                elif type(key) is int and not isinstance(a, php_array) and php_next_key(a) == key + 1:
                    a = php_array(a)
                    a.next_free = key + 1
                del a[key]
                return a
            """);
        definitions["php_enum_try_from"] = ([], """
            def php_enum_try_from(cases, value):
                for case in cases:
                    if case.value == value:
                        return case
                return None
            """);
        definitions["php_enum_from"] = (["php_enum_try_from", "php_str"], """
            def php_enum_from(cases, value, name):
                case = php_enum_try_from(cases, value)
                if case is None:
                    shown = '"' + value + '"' if isinstance(value, str) else php_str(value)
                    raise ValueError(shown + " is not a valid backing value for enum " + name)
                return case
            """);
        definitions["php_num"] = (["import re"], """
            def php_num(v):
                # A string in arithmetic: the number it starts with ("5 apples" is 5; PHP warns), none is a TypeError.
                if v is None:
                    return 0
                if isinstance(v, (list, dict)):
                    raise TypeError("Unsupported operand types: array in arithmetic")
                if not isinstance(v, str):
                    return v
                m = re.match(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", v)
                if not m:
                    raise TypeError("Unsupported operand types: a non-numeric string in arithmetic")
                return float(m.group()) if any(c in m.group() for c in ".eE") else int(m.group())
            """);
        definitions["php_add"] = (["php_num", "php_array_union"], """
            def php_add(a, b):
                # PHP's + on values of unknown type: the union of two arrays, else the sum of two numbers.
                if isinstance(a, (list, dict)) and isinstance(b, (list, dict)):
                    return php_array_union(a, b)
                return php_num(a) + php_num(b)
            """);
        definitions["php_ref_slot"] = ([], """
            def php_ref_slot(a, k, empty):
                # $v = &$a[$k]: PHP creates the element (null, or an array on the way to a deeper one) if it is missing.
                if isinstance(a, dict):
                    if a.get(k) is None and (empty is not None or k not in a):
                        a[k] = empty
                    return a[k]
                if isinstance(a, list) and type(k) is int and 0 <= k <= len(a):
                    if k == len(a):
                        a.append(empty)
                    elif a[k] is None and empty is not None:
                        a[k] = empty
                    return a[k]
                raise NotImplementedError("a reference to this element (past the end of a list, or not in an array) is not translated")
            """);
        definitions["php_get_or"] = ([], """
            def php_get_or(a, k, fallback):
                # $a[$k] ?? <expression>: the expression runs only when the key is absent or null.
                if isinstance(a, dict):
                    v = a.get(k)
                elif isinstance(a, (list, str)) and isinstance(k, int) and -len(a) <= k < len(a) and (k >= 0 or isinstance(a, str)):
                    v = a[k]
                else:
                    v = None
                return fallback() if v is None else v
            """);
        definitions["php_set_attr"] = ([], """
            def php_set_attr(o, name, value):
                # $o->name = value inside an expression: stores and gives the value.
                setattr(o, name, value)
                return value
            """);
        definitions["php_ref"] = ([], """
            class php_ref:
                # A reference parameter given a new value: the caller's variable and the parameter share this cell.
                __slots__ = ("v",)

                def __init__(self, v):
                    self.v = v
            """);
        definitions["php_overflow"] = ([], """
            def php_overflow(op, a, b):
                # PHP 8: an int + - * whose result does not fit in 64 bits is computed in floats instead.
                r = op(a, b)
                if type(r) is int and not -9223372036854775808 <= r <= 9223372036854775807:
                    return op(float(a), float(b))
                return r
            """);
        definitions["php_ref_cell"] = (["php_ref"], """
            def php_ref_cell(v):
                # A call that passed a plain value (a default, a callable called by name) gets a cell of its own.
                return v if isinstance(v, php_ref) else php_ref(v)
            """);
        definitions["php_set_item"] = ([], """
            def php_set_item(a, k, value):
                # $a[$k] = value inside an expression: stores and gives the value.
                a[k] = value
                return value
            """);
        definitions["php_update_attr"] = ([], """
            def php_update_attr(o, name, step, prefix):
                # ++/-- on a property inside an expression: the new value for ++$x, the old one for $x++.
                old = getattr(o, name)
                setattr(o, name, (1 if step > 0 else None) if old is None else old + step)
                return getattr(o, name) if prefix else old
            """);
        definitions["php_update_item"] = ([], """
            def php_update_item(a, k, step, prefix):
                # ++/-- on an element inside an expression; an absent key is null (null++ is 1, null-- stays null).
                old = a.get(k) if isinstance(a, dict) else a[k]
                a[k] = (1 if step > 0 else None) if old is None else old + step
                return a[k] if prefix else old
            """);
        definitions["php_throw"] = ([], """
            def php_throw(e):
                # PHP 8's throw as an expression ($x ?? throw new E(), fn() => throw new E()).
                raise e
            """);
    }
}
