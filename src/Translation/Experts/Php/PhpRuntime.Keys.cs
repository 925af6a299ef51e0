namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's array keys: a decimal integer string is stored as that int (<c>"1"</c> but not <c>"01"</c>, <c>"1.0"</c>
/// or <c>"-0"</c>), a bool or a float as an int, null as <c>""</c>.
/// </summary>
internal static partial class PhpRuntime
{
    private static void AddKeyHelpers(Dictionary<string, (string[] Needs, string Source)> definitions)
    {
        definitions["php_key"] = (["import re"], """
            def php_key(k):
                # The key PHP stores: "1" is 1 and 1.5 is 1, but "01", "1.0" and "-0" stay strings.
                if isinstance(k, str):
                    if re.fullmatch(r"(0|-?[1-9][0-9]*)", k) and -2 ** 63 <= int(k) < 2 ** 63:
                        return int(k)
                    return k
                if isinstance(k, (bool, float)):
                    return int(k)
                if k is None:
                    return ""
                return k
            """);
    }
}
