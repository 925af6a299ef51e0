namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's per-array internal pointer (<c>current</c>, <c>key</c>, <c>next</c>, <c>prev</c>, <c>reset</c>,
/// <c>end</c>). A Python list or dict has no room for one, so the positions live beside the arrays, by identity;
/// an array never moved is at its first element.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddCursorHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_cursors"] = ([], """
            # id of an array -> (the array, kept so its id is not reused, and the position of its internal pointer)
            php_cursors = {}
            """);
        definitions["php_cursor_at"] = (["php_cursors", "php_items"], """
            def php_cursor_at(a, move=0, to=None):
                # Moves the pointer (by move, or to a position: 0 first, -1 last) and gives the (key, value) it points at, or None.
                held = php_cursors.get(id(a))
                position = held[1] if held is not None and held[0] is a else 0
                items = php_items(a)
                if to is not None:
                    position = len(items) - 1 if to < 0 else to
                elif position < len(items) and position >= 0:
                    position += move
                if position == 0:
                    php_cursors.pop(id(a), None)
                else:
                    php_cursors[id(a)] = (a, position if 0 <= position < len(items) else len(items))
                return items[position] if 0 <= position < len(items) else None
            """);
        definitions["php_current"] = (["php_cursor_at"], """
            def php_current(a, move=0, to=None):
                # current(), next(), prev(), reset(), end(): the value pointed at, false past either end.
                item = php_cursor_at(a, move, to)
                return False if item is None else item[1]
            """);
        definitions["php_key_at"] = (["php_cursor_at"], """
            def php_key_at(a):
                # key(): the key pointed at, null past either end.
                item = php_cursor_at(a)
                return None if item is None else item[0]
            """);
    }
}
