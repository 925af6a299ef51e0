namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Array helpers that compare or cut whole arrays: <c>array_diff</c> and its key and pair variants (values compared as
/// strings, keys kept), <c>array_intersect_key</c>, <c>array_chunk</c>, <c>array_splice</c> (in place, as PHP's
/// reference argument), <c>array_keys</c> with a search value (PHP's loose <c>==</c>), the loose comparison and
/// <c>iterator_to_array</c>, <c>array_multisort</c>, <c>array_merge_recursive</c> and <c>constant</c>.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddArraySetHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_array_diff"] = (["php_keep_kind", "php_str"], """
            def php_array_diff(a, *others):
                # array_diff(): the elements of a whose value (as a string) is in none of the others, keys kept.
                seen = {php_str(v) for o in others for v in (o.values() if isinstance(o, dict) else o)}
                kept = {k: v for k, v in (a.items() if isinstance(a, dict) else enumerate(a)) if php_str(v) not in seen}
                return php_keep_kind(a, kept)
            """);
        definitions["php_array_diff_key"] = (["php_keep_kind"], """
            def php_array_diff_key(a, *others):
                # array_diff_key(): the elements of a whose key is in none of the others.
                def keys(o):
                    return set(o.keys()) if isinstance(o, dict) else set(range(len(o)))
                taken = set().union(*(keys(o) for o in others))
                kept = {k: v for k, v in (a.items() if isinstance(a, dict) else enumerate(a)) if k not in taken}
                return php_keep_kind(a, kept)
            """);
        definitions["php_array_diff_assoc"] = (["php_keep_kind", "php_str"], """
            def php_array_diff_assoc(a, *others):
                # array_diff_assoc(): the elements of a that no other array has under the same key with the same value
                # (compared as strings), keys kept.
                taken = [o if isinstance(o, dict) else dict(enumerate(o)) for o in others]
                kept = {k: v for k, v in (a.items() if isinstance(a, dict) else enumerate(a))
                        if not any(k in t and php_str(t[k]) == php_str(v) for t in taken)}
                return php_keep_kind(a, kept)
            """);
        definitions["php_array_intersect_key"] = (["php_keep_kind"], """
            def php_array_intersect_key(a, *others):
                # array_intersect_key(): the elements of a whose key every other array has.
                def keys(o):
                    return set(o.keys()) if isinstance(o, dict) else set(range(len(o)))
                kept = {k: v for k, v in (a.items() if isinstance(a, dict) else enumerate(a)) if all(k in keys(o) for o in others)}
                return php_keep_kind(a, kept)
            """);
        definitions["php_array_chunk"] = ([], """
            def php_array_chunk(a, size, preserve_keys=False):
                # array_chunk(): a list of arrays of size elements; with preserve_keys each keeps its keys.
                if size < 1:
                    raise ValueError("array_chunk(): Argument #2 ($length) must be greater than 0")
                items = list(a.items() if isinstance(a, dict) else enumerate(a))
                chunks = [items[i:i + size] for i in range(0, len(items), size)]
                if not preserve_keys:
                    return [[v for _, v in chunk] for chunk in chunks]
                return [dict(chunk) if [k for k, _ in chunk] != list(range(len(chunk))) else [v for _, v in chunk] for chunk in chunks]
            """);
        definitions["php_array_splice"] = ([], """
            def php_array_splice(a, offset, length=None, replacement=()):
                # array_splice() changes the array in place (PHP passes it by reference) and returns what it removed;
                # integer keys are renumbered, string keys kept; the replacement's keys are not.
                items = list(a.items() if isinstance(a, dict) else enumerate(a))
                n = len(items)
                start = max(n + offset, 0) if offset < 0 else min(offset, n)
                end = n if length is None else max(n + length, start) if length < 0 else min(start + length, n)
                if not isinstance(replacement, (list, dict, tuple)):
                    replacement = [replacement]
                added = list(replacement.values()) if isinstance(replacement, dict) else list(replacement)
                removed = items[start:end]
                if isinstance(a, list):
                    a[start:end] = added
                    return [v for _, v in removed]
                def renumbered(pairs, into):
                    n = 0
                    for k, v in pairs:
                        if isinstance(k, str):
                            into[k] = v
                        else:
                            into[n] = v
                            n += 1
                    return into
                kept = items[:start] + [(None, v) for v in added] + items[end:]
                a.clear()
                renumbered(kept, a)
                result = renumbered(removed, {})
                return result if any(isinstance(k, str) for k in result) else list(result.values())
            """);
        definitions["php_array_multisort"] = (["php_cmp", "import functools"], """
            def php_array_multisort(*args):
                # array_multisort(): rows ordered by the first array, ties by the next (SORT_DESC = 3 reverses one);
                # every array is rearranged in place, string keys kept and int keys renumbered; stable as PHP 8's sort.
                columns = []
                for a in args:
                    if isinstance(a, (list, dict)):
                        columns.append([a, 1])
                    elif a == 3:
                        columns[-1][1] = -1
                    elif a not in (0, 4):
                        raise NotImplementedError("array_multisort() flag %r is not translated" % (a,))
                values = [list(a.values()) if isinstance(a, dict) else list(a) for a, _ in columns]
                if any(len(v) != len(values[0]) for v in values):
                    raise ValueError("Array sizes are inconsistent")

                def compare(i, j):
                    for (_, sign), v in zip(columns, values):
                        c = php_cmp(v[i], v[j])
                        if c:
                            return sign * c
                    return 0

                order = sorted(range(len(values[0])), key=functools.cmp_to_key(compare))
                for (a, _), v in zip(columns, values):
                    if isinstance(a, list):
                        a[:] = [v[i] for i in order]
                        continue
                    keys = list(a.keys())
                    rows = [(keys[i], v[i]) for i in order]
                    a.clear()
                    n = 0
                    for k, x in rows:
                        if isinstance(k, int):
                            k, n = n, n + 1
                        a[k] = x
                return True
            """);
        definitions["php_array_merge_recursive"] = ([], """
            def php_array_merge_recursive(*arrays):
                # Int keys are appended after the largest; a string key met again merges both values as arrays.
                def merge(into, a):
                    for k, v in (a.items() if isinstance(a, dict) else enumerate(a)):
                        if isinstance(k, int):
                            into[max((x for x in into if isinstance(x, int)), default=-1) + 1] = v
                        elif k in into:
                            old = into[k]
                            target = dict(old.items()) if isinstance(old, dict) else dict(enumerate(old)) if isinstance(old, list) else {0: old}
                            into[k] = kind(merge(target, v if isinstance(v, (list, dict)) else [v]))
                        else:
                            into[k] = v
                    return into

                def kind(d):
                    return list(d.values()) if list(d) == list(range(len(d))) else d

                result = {}
                for a in arrays:
                    merge(result, a)
                return kind(result)
            """);
        definitions["php_constant"] = (["import keyword"], """
            def php_constant(name):
                # constant('NAME') or constant('Cls::NAME') (an enum case too), looked up at run time.
                owner, _, member = name.rpartition("::")
                member = member + "_" if keyword.iskeyword(member) else member
                try:
                    return getattr(globals()[owner.lstrip("\\")], member) if owner else globals()[member]
                except (KeyError, AttributeError):
                    raise Exception(f'Undefined constant "{name}"') from None
            """);
        definitions["php_iterator_to_array"] = (["import types"], """
            def php_iterator_to_array(it, preserve_keys=True):
                # A generator's (key, value) pairs, or an array's, as an array; without preserve_keys its values in order.
                pairs = it if isinstance(it, types.GeneratorType) else it.php_pairs() if hasattr(it, "php_pairs") else it.items() if isinstance(it, dict) else enumerate(it)
                if not preserve_keys:
                    return [v for _, v in pairs]
                result = {}
                for k, v in pairs:
                    result[k] = v
                return list(result.values()) if list(result) == list(range(len(result))) else result
            """);
        definitions["php_loose_eq"] = (["php_cmp", "php_str"], """
            def php_loose_eq(a, b):
                # PHP 8's ==: with a bool both are compared as bools, null equals "" and 0 but not "0", a numeric
                # string equals the number it spells, arrays compare element by element.
                if isinstance(a, bool) or isinstance(b, bool):
                    return (bool(a) and a != "0") == (bool(b) and b != "0")
                if a is None or b is None:
                    other = b if a is None else a
                    return other is None or other == "" if isinstance(other, str) or other is None else not other
                if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
                    if not (isinstance(a, (list, dict)) and isinstance(b, (list, dict))) or len(a) != len(b):
                        return False
                    da = a if isinstance(a, dict) else dict(enumerate(a))
                    db = b if isinstance(b, dict) else dict(enumerate(b))
                    return all(k in db and php_loose_eq(v, db[k]) for k, v in da.items())
                if isinstance(a, (str, int, float)) and isinstance(b, (str, int, float)):
                    return php_cmp(a, b) == 0
                return a == b
            """);
        definitions["php_array_keys_of"] = (["php_loose_eq"], """
            def php_array_keys_of(a, search, strict=False):
                # array_keys($a, $search): the keys whose value equals search (== unless strict, then ===).
                items = a.items() if isinstance(a, dict) else enumerate(a)
                return [k for k, v in items if (type(v) is type(search) and v == search if strict else php_loose_eq(v, search))]
            """);
    }
}
