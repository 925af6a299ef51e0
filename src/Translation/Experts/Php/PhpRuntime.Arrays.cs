namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Array helpers that keep PHP's keys: <c>array_filter</c>, <c>array_slice</c> (preserving keys),
/// <c>array_intersect</c> and the key-keeping sorts give a list only while the kept keys still run 0, 1, 2, ...,
/// and a dict (PHP's keyed array) once they do not; plus <c>array_column</c>, <c>array_walk</c>, <c>array_pad</c>,
/// <c>array_map</c> over keyed or several arrays, and URL and word-count functions.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddArrayHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_value_copy"] = ([], """
            def php_value_copy(v):
                # PHP arrays are values: an array and the arrays inside it are copied; objects stay shared handles.
                if isinstance(v, list):
                    return [php_value_copy(x) for x in v]
                if isinstance(v, dict):
                    c = v.copy()
                    for k, x in c.items():
                        if isinstance(x, (list, dict)):
                            c[k] = php_value_copy(x)
                    return c
                return v
            """);
        definitions["php_array_fill"] = (["php_value_copy"], """
            def php_array_fill(start, count, value):
                # array_fill(): every element its own copy of an array value.
                if start == 0:
                    return [php_value_copy(value) for _ in range(count)]
                return {start + i: php_value_copy(value) for i in range(count)}
            """);
        definitions["php_array_fill_keys"] = (["php_value_copy", "php_key"], """
            def php_array_fill_keys(keys, value):
                # array_fill_keys(): each key its own copy of an array value.
                return {php_key(k): php_value_copy(value) for k in (keys.values() if isinstance(keys, dict) else keys)}
            """);
        definitions["php_array_take"] = ([], """
            def php_array_take(a, take):
                # array_pop()/array_shift(): null on an empty array, where Python's pop raises.
                return take(a) if a else None
            """);
        definitions["php_keep_kind"] = ([], """
            def php_keep_kind(a, kept):
                # What PHP keeps of a list is still a list while its keys run 0, 1, 2, ...; else a keyed array.
                if isinstance(a, list) and list(kept) == list(range(len(kept))):
                    return list(kept.values())
                return kept
            """);
        definitions["php_array_union"] = (["php_keep_kind"], """
            def php_array_union(a, b):
                # $a + $b on arrays: every key of $a, then the keys of $b that $a lacks.
                result = dict(a.items()) if isinstance(a, dict) else dict(enumerate(a))
                for k, v in (b.items() if isinstance(b, dict) else enumerate(b)):
                    if k not in result:
                        result[k] = v
                return php_keep_kind(a, result)
            """);
        definitions["php_array_filter"] = (["php_keep_kind"], """
            def php_array_filter(a, f=None, mode=0):
                # array_filter() keeps the keys of what it keeps; mode 2 (ARRAY_FILTER_USE_KEY) tests the key, 1 both.
                kept = {}
                for k, v in (a.items() if isinstance(a, dict) else enumerate(a)):
                    keep = v if f is None else f(k) if mode == 2 else f(v, k) if mode == 1 else f(v)
                    if keep and keep != "0":
                        kept[k] = v
                return php_keep_kind(a, kept)
            """);
        definitions["php_array_unique"] = (["php_keep_kind", "php_str"], """
            def php_array_unique(a):
                # The first key of each value (compared as strings) is kept.
                seen = set()
                kept = {}
                for k, v in (a.items() if isinstance(a, dict) else enumerate(a)):
                    if php_str(v) not in seen:
                        seen.add(php_str(v))
                        kept[k] = v
                return php_keep_kind(a, kept)
            """);
        definitions["php_array_map"] = ([], """
            def php_array_map(f, *arrays):
                # One array keeps its keys; several go in step (a shorter one padded with null) into a list.
                if len(arrays) == 1:
                    a = arrays[0]
                    if isinstance(a, dict):
                        return {k: v if f is None else f(v) for k, v in a.items()}
                    return [v if f is None else f(v) for v in a]
                columns = [list(a.values()) if isinstance(a, dict) else a for a in arrays]
                rows = [[c[i] if i < len(c) else None for c in columns] for i in range(max(len(c) for c in columns))]
                return [row if f is None else f(*row) for row in rows]
            """);
        definitions["php_array_slice"] = ([], """
            def php_array_slice(a, offset, length=None, preserve_keys=False):
                # array_slice(): string keys are always kept, integer keys only with preserve_keys.
                items = list(a.items()) if isinstance(a, dict) else list(enumerate(a))
                n = len(items)
                start = max(n + offset, 0) if offset < 0 else min(offset, n)
                end = n if length is None else start + length if length >= 0 else n + length
                chosen = items[start:max(end, start)]
                if isinstance(a, list) and not preserve_keys:
                    return [v for _, v in chosen]
                result = {}
                for k, v in chosen:
                    result[len(result) if isinstance(k, int) and not preserve_keys else k] = v
                if isinstance(a, list) and list(result) == list(range(len(result))):
                    return list(result.values())
                return result
            """);
        definitions["php_array_intersect"] = (["php_keep_kind", "php_str"], """
            def php_array_intersect(a, *others):
                # Values compared as strings, the first array's keys kept.
                allowed = [set(php_str(v) for v in (o.values() if isinstance(o, dict) else o)) for o in others]
                kept = {k: v for k, v in (a.items() if isinstance(a, dict) else enumerate(a)) if all(php_str(v) in s for s in allowed)}
                return php_keep_kind(a, kept)
            """);
        definitions["php_sort_keyed"] = (["import functools", "php_cmp"], """
            def php_sort_keyed(a, by_key, reverse=False, cmp=None):
                # asort/arsort/ksort/krsort/uasort/uksort: keys stay with their values. A keyed array is sorted in
                # place; a list comes back as the keyed array PHP makes of it (unless the order did not change).
                items = list(a.items()) if isinstance(a, dict) else list(enumerate(a))
                compare = cmp if cmp is not None else php_cmp
                position = 0 if by_key else 1
                items.sort(key=functools.cmp_to_key(lambda x, y: compare(x[position], y[position])), reverse=reverse)
                if isinstance(a, dict):
                    a.clear()
                    a.update(items)
                    return a
                if [k for k, _ in items] == list(range(len(items))):
                    return a
                return dict(items)
            """);
        definitions["php_array_equal"] = ([], """
            def php_array_equal(a, b, strict):
                # PHP compares arrays by key and value: a dict keyed 0..n-1 equals the list of its values
                # (=== also wants the keys in that order).
                def values(v):
                    if isinstance(v, dict) and set(v) == set(range(len(v))) and (not strict or list(v) == list(range(len(v)))):
                        return [v[i] for i in range(len(v))]
                    return v
                return values(a) == values(b)
            """);
        definitions["php_sort_renumber"] = (["import functools"], """
            def php_sort_renumber(d, cmp=None, reverse=False):
                # sort/rsort/usort on a keyed array: the values in order under new keys 0, 1, 2, ...
                values = sorted(d.values(), key=functools.cmp_to_key(cmp) if cmp is not None else None, reverse=reverse)
                d.clear()
                d.update(enumerate(values))
            """);
        definitions["php_usort"] = (["import functools"], """
            def php_usort(a, cmp=None, reverse=False):
                # sort()/rsort()/usort() renumber: the values in order, as a list (a list is sorted in place).
                values = a if isinstance(a, list) else list(a.values())
                values.sort(key=functools.cmp_to_key(cmp) if cmp is not None else None, reverse=reverse)
                return values
            """);
        definitions["php_usort_in_place"] = (["php_usort"], """
            def php_usort_in_place(a, cmp=None, reverse=False):
                # The same on the caller's array itself: a keyed array keeps being a dict, renumbered 0, 1, 2, ...
                values = php_usort(a, cmp, reverse)
                if isinstance(a, dict):
                    a.clear()
                    a.update(enumerate(values))
            """);
        definitions["php_array_column"] = (["php_key"], """
            def php_array_column(rows, column, index=None):
                # A row without the column is skipped; rows may be arrays or objects (public properties).
                result = [] if index is None else {}
                for row in (rows.values() if isinstance(rows, dict) else rows):
                    if isinstance(row, dict):
                        has, get = (lambda k: k in row), (lambda k: row[k])
                    elif isinstance(row, list):
                        has, get = (lambda k: isinstance(k, int) and 0 <= k < len(row)), (lambda k: row[k])
                    else:
                        has, get = (lambda k: hasattr(row, k)), (lambda k: getattr(row, k))
                    if column is not None and not has(column):
                        continue
                    value = row if column is None else get(column)
                    if index is None:
                        result.append(value)
                    elif has(index):
                        result[php_key(get(index))] = value
                    else:
                        result[max([k for k in result if isinstance(k, int)], default=-1) + 1] = value
                return result
            """);
        definitions["php_array_walk"] = ([], """
            def php_array_walk(a, f, with_key):
                for k, v in (list(a.items()) if isinstance(a, dict) else list(enumerate(a))):
                    if with_key:
                        f(v, k)
                    else:
                        f(v)
                return True
            """);
        definitions["php_array_pad"] = ([], """
            def php_array_pad(a, size, value):
                if isinstance(a, dict):
                    raise NotImplementedError("array_pad() on a keyed array is not translated")
                missing = abs(size) - len(a)
                if missing <= 0:
                    return list(a)
                return list(a) + [value] * missing if size > 0 else [value] * missing + list(a)
            """);
        definitions["php_explode"] = ([], """
            def php_explode(separator, s, limit):
                # explode() with a limit: at most limit pieces (the last holds the rest); a negative one drops pieces.
                if limit > 0:
                    return s.split(separator, limit - 1)
                if limit == 0:
                    return [s]
                return s.split(separator)[:limit]
            """);
        definitions["php_str_word_count"] = (["import re"], """
            def php_str_word_count(s):
                # Words are runs of letters, ' and -; the text may not start with ' or - nor end with -.
                start = 1 if s[:1] in ("'", "-") else 0
                end = len(s) - 1 if s.endswith("-") else len(s)
                return len(re.findall(r"[A-Za-z'-]+", s[start:end]))
            """);
        definitions["php_count_chars"] = (["php_str"], """
            def php_count_chars(s, mode):
                if mode != 1:
                    raise NotImplementedError("count_chars() modes other than 1 are not translated")
                counts = {}
                for b in php_str(s).encode():
                    counts[b] = counts.get(b, 0) + 1
                return dict(sorted(counts.items()))
            """);
        definitions["php_urlencode"] = (["import urllib.parse"], """
            def php_urlencode(s, raw):
                # rawurlencode() keeps letters, digits and -_.~; urlencode() writes a space as + and encodes ~.
                if raw:
                    return urllib.parse.quote(s, safe="")
                return urllib.parse.quote_plus(s, safe="").replace("~", "%7E")
            """);
    }
}
