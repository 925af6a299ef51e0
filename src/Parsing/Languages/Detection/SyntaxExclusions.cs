using System.Text.RegularExpressions;

namespace CodeIntel.Parsing.Languages;

/// <summary>
/// Between stage one and stage two of the language gate: constructs that one language has and another cannot
/// parse or compile. <c>public override void F()</c> is not Java, whatever its camelCase names suggest;
/// <c>class A extends B</c> is not C#; <c>std::string</c> is not JavaScript. A language ruled out by a
/// construct outside comments and string literals keeps only <see cref="Factor"/> of its probability, so the
/// learned weights decide only between languages the snippet can be. Each rule is a fact of a grammar, written
/// by hand (README.md, "Syntax exclusions"), not something learned from a corpus.
/// </summary>
internal static class SyntaxExclusions
{
    /// <summary>What an excluded language keeps of its probability: small, not zero, so that a snippet that
    /// rules out every candidate (mixed code) still falls back on stage one's order.</summary>
    internal const double Factor = 0.0001;

    private const string Id = "[A-Za-z_][A-Za-z0-9_]*";
    private const string CsKeywordType = "(bool|string|object|uint|ulong|ushort|sbyte|decimal)";
    private const string JavaType = "(int|long|short|byte|char|float|double|boolean|String|[A-Z][A-Za-z0-9_]*(<[^;=(){}\\n]*>)?)(\\[\\])*";

    private static readonly Language[] NotJava = [Language.Java];
    private static readonly Language[] NotCSharp = [Language.CSharp];
    private static readonly Language[] NotCSharpOrCpp = [Language.CSharp, Language.Cpp];
    private static readonly Language[] NotCOrCpp = [Language.C, Language.Cpp];
    private static readonly Language[] NotJavaOrCSharp = [Language.Java, Language.CSharp];
    private static readonly Language[] OnlyCSharp =
        [Language.Java, Language.C, Language.Cpp, Language.JavaScript, Language.TypeScript, Language.Php];

    internal sealed record Rule(string Name, Regex Pattern, IReadOnlyList<Language> Excludes);

    internal static readonly IReadOnlyList<Rule> Rules =
    [
        // C# constructs Java cannot parse or compile.
        Make("override_modifier", $@"\b(public|protected|internal|private)[ \t]+(sealed[ \t]+)?override[ \t]+{Id}[A-Za-z0-9_.<>\[\],?]*[ \t]+{Id}[ \t]*[({{]", NotJava),
        Make("constructor_initializer", $@"\)[ \t\n]*:[ \t]*(base|this)[ \t]*\([^;{{}}]*\)[ \t\n]*\{{", NotJava),
        Make("cs_keyword_type_member", $@"\b(public|private|protected|internal|static|readonly|const|override|virtual|abstract|sealed)[ \t]+{CsKeywordType}(\[\])?\??[ \t]+{Id}", NotJava),
        Make("cs_keyword_type_parameter", $@"[(,][ \t]*(this[ \t]+|params[ \t]+)?{CsKeywordType}(\[\])?\??[ \t]+{Id}[ \t]*[,)=]", NotJava),
        Make("cs_keyword_type_local", $@"^[ \t]*{CsKeywordType}(\[\])?\??[ \t]+{Id}[ \t]*[=;]", NotJava),
        Make("auto_property", @"\{[ \t]*(get|set|init)[ \t]*[;{]", NotJava),
        Make("foreach_in", $@"\bforeach[ \t]*\([ \t]*[A-Za-z0-9_<>\[\],.?]+[ \t]+{Id}[ \t]+in[ \t]", [Language.Java, Language.JavaScript]),
        Make("out_ref_argument", $@"[(,][ \t]*(out|ref)[ \t]+(var[ \t]+|{Id}[A-Za-z0-9_<>\[\]]*[ \t]+)?{Id}[ \t]*[,)]", NotJava),
        Make("null_conditional", @"[A-Za-z0-9_)\]]\?\.[A-Za-z_]", NotJava),
        Make("null_coalescing", @"\?\?", NotJava),
        Make("fat_arrow", @"=>", NotJava),
        Make("is_pattern", $@"\bis[ \t]+(not[ \t]+)?(null\b|{Id}[ \t]+{Id}[ \t]*[)&|;])", NotJava),
        Make("using_directive", @"^[ \t]*using[ \t]+(static[ \t]+)?[A-Z][A-Za-z0-9_.]*[ \t]*;", NotJava),
        Make("attribute_line", @"^[ \t]*\[[A-Z][A-Za-z0-9_]*(\(.*\))?\][ \t]*$", [Language.Java, Language.C, Language.Cpp]),
        Make("switch_expression", @"(?<![.$A-Za-z0-9_])switch[ \t]*(\n[ \t]*)?\{", OnlyCSharp),
        Make("default_parameter", @"=[ \t]*default[ \t]*[,)]", OnlyCSharp),
        Make("interpolated_string", @"(?<![A-Za-z0-9_$@])(\$@?|@\$)""", OnlyCSharp),
        Make("verbatim_string", @"(?<![A-Za-z0-9_$@])@""", [Language.Java, Language.C, Language.Cpp, Language.JavaScript, Language.TypeScript]),
        Make("const_member", $@"\bconst[ \t]+{Id}", NotJava),
        Make("final_as_name", @"[(,][ \t]*final[ \t]*[,)]", NotJava),
        Make("primitive_type_argument", $@"(<|,)[ \t]*(byte|short|int|long|float|double|char|{CsKeywordType.Trim('(', ')')})\??[ \t]*[,>]", NotJava),

        // Java constructs C# cannot parse or compile (C++ neither, for the ones marked so).
        Make("extends_implements", $@"\b(class|interface)[ \t]+{Id}[ \t]*(<[^>{{\n]*>)?[ \t]+(extends|implements)\b", NotCSharpOrCpp),
        Make("throws_clause", @"\)[ \t]*throws[ \t]+[A-Z]", NotCSharpOrCpp),
        Make("java_annotation", @"^[ \t]*@(Override|Deprecated|SuppressWarnings|FunctionalInterface|SafeVarargs)\b", NotCSharpOrCpp),
        Make("instanceof", @"\binstanceof\b", NotCSharpOrCpp),
        Make("final_modifier", $@"\bfinal[ \t]+(static[ \t]+)?{JavaType}[ \t]+{Id}[ \t]*[=;,)(]", NotCSharpOrCpp),
        Make("boolean_type", $@"(^|[(,]|\b(public|private|protected|static|final))[ \t]*boolean(\[\])*[ \t]+{Id}", NotCSharpOrCpp),
        Make("generic_method", @"\b(public|private|protected|static)[ \t]+(static[ \t]+)?(final[ \t]+)?<[A-Z][^>\n]*>[ \t]+[A-Za-z_]", NotCSharp),
        Make("wildcard_generic", @"<[ \t]*\?[ \t]*(extends\b|super\b|>)", NotCSharpOrCpp),
        Make("system_out", @"\bSystem\.(out|err)\.print", NotCSharp),
        Make("java_import", @"^[ \t]*import[ \t]+(static[ \t]+)?[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_*]+)+[ \t]*;", NotCSharp),
        Make("synchronized", @"\bsynchronized[ \t]*\(", NotCSharp),

        // C++ follows an access specifier with a colon; C has none; C#, Java, TypeScript and PHP declare after it.
        Make("access_modifier_declaration", $@"^[ \t]*(public|private|protected|internal)([ \t]+(static|const|readonly|final|abstract|sealed|override|virtual|async|unsafe|extern|new|partial))*[ \t]+((?!virtual\b){Id}(<[^;=(){{}}\n]*>)?[A-Za-z0-9_.\[\]?*]*[ \t]+{Id}[ \t]*[(=;{{]|{Id}[ \t]*\()", NotCOrCpp),
        // Neither C nor C++ switches on a string; JavaScript, Java and C# do.
        Make("string_case", @"\bcase[ \t]+""", NotCOrCpp),
        // A character literal holds one character or one escape (`'\u0041'` is the longest); JavaScript, PHP and Python
        // quote strings with `'`.
        // Quotes pair up from the start of the line, since masking leaves no quote inside a literal.
        Make("long_single_quoted", @"^(?:[^'\n]*'[^'\n]{0,6}')*[^'\n]*'[^'\n]{7,}'", NotJavaOrCSharp),

        // A `$` in code (not in a `#` comment): PHP variables, jQuery, `$.` grammar DSLs; never Python.
        Make("dollar_in_code", @"^[^#\n]*\$", [Language.Python]),

        // A const without a type (const x = …, const { a } = …): JavaScript and TypeScript; C++, Java and C# declare a
        // type, and C has had no implicit int since C99.
        Make("untyped_const", $@"^[ \t]*(export[ \t]+)?const[ \t]+({Id}|\{{[^}}\n]*\}}|\[[^\]\n]*\])[ \t]*=(?!=)", [Language.C, Language.Cpp, Language.CSharp, Language.Java]),

        // A linkage specification (extern "C") is C++; a C header guards it with #ifdef __cplusplus.
        Make("extern_linkage", @"\A(?![\s\S]*\b__cplusplus\b)[\s\S]*?\bextern[ \t]+""", [Language.C]),

        // C and C++ scope resolution, which neither JavaScript nor TypeScript nor C has.
        Make("scope_resolution", $@"\b{Id}::[A-Za-z_~]", [Language.JavaScript, Language.TypeScript, Language.C]),
    ];

    /// <summary>The languages the text cannot be, with the rule that rules each out first.</summary>
    public static IReadOnlyDictionary<Language, string> Find(string text)
    {
        var masked = CodeMask.Apply(text);
        var excluded = new Dictionary<Language, string>();
        foreach (var rule in Rules)
        {
            if (rule.Excludes.All(excluded.ContainsKey) || !rule.Pattern.IsMatch(masked))
            {
                continue;
            }
            foreach (var language in rule.Excludes)
            {
                excluded.TryAdd(language, rule.Name);
            }
        }
        return excluded;
    }

    /// <summary>Scales each excluded class's probability by <see cref="Factor"/> and renormalises.</summary>
    public static void Apply(double[] probabilities, IReadOnlyList<Language?> classes, string text)
    {
        var excluded = Find(text);
        if (excluded.Count == 0)
        {
            return;
        }
        var total = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (classes[i] is { } language && excluded.ContainsKey(language))
            {
                probabilities[i] *= Factor;
            }
            total += probabilities[i];
        }
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= total;
        }
    }

    private static Rule Make(string name, string pattern, IReadOnlyList<Language> excludes) =>
        new(name, new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), excludes);
}
