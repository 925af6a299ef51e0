"""The lexical evidence the gate weighs: counts of keywords and of short regular expressions.

The feature list is chosen by hand (it is the design); the weight of each feature per language is learned.
Patterns are written in the subset of regex syntax that Python's `re` and .NET's `Regex` read the same way:
ASCII classes instead of \\w and \\d, multiline mode, no inline flags. The C# detector reads this list from
language-gate.json and must count exactly what this module counts (a parity check in the JSON guards it).
"""

import math
import re
from collections import Counter

# Identifier-like tokens counted as whole words (case-sensitive).
WORDS = [
    # Python
    "def", "elif", "self", "None", "True", "False", "lambda", "pass", "yield", "except", "raise", "print",
    "range", "len", "import", "from", "not", "and", "or", "is", "in", "with", "as", "cls", "__init__", "__name__",
    # C#
    "using", "namespace", "var", "string", "bool", "foreach", "readonly", "override", "virtual", "out", "ref",
    "get", "set", "internal", "sealed", "Console", "Length", "Count", "ToString", "base", "object", "async",
    "await", "nameof",
    # Java
    "public", "private", "protected", "static", "void", "final", "extends", "implements", "boolean", "String",
    "System", "throws", "instanceof", "synchronized", "Integer", "ArrayList", "super", "length", "size",
    "equals", "int", "long", "double", "char", "new", "class", "this", "null", "throw", "catch", "Math",
    "Arrays", "charAt", "HashMap",
    # JavaScript / TypeScript
    "function", "const", "let", "undefined", "require", "module", "exports", "console", "document", "export",
    "of", "interface", "type", "number", "any", "unknown", "enum", "declare", "keyof",
    # PHP
    "echo", "array", "isset", "empty", "elseif", "use", "unset", "die",
    # C
    "printf", "malloc", "free", "sizeof", "typedef", "NULL", "unsigned", "fprintf", "memcpy", "strlen",
    "size_t", "struct", "extern", "union", "__cplusplus",
    # C++
    "std", "cout", "cin", "endl", "template", "typename", "nullptr", "auto", "vector", "delete", "operator",
    "constexpr", "bits", "INT_MAX", "min", "max", "sort", "memset", "INT_MIN", "LLONG_MAX", "LLONG_MIN",
]

_ID = "[A-Za-z_][A-Za-z0-9_]*"

# (name, regex). Names are stable identifiers in the JSON; order is the feature order after WORDS.
PATTERNS = [
    ("shebang_python", r"\A#!.*python"),
    ("shebang_node", r"\A#!.*\bnode\b"),
    ("shebang_php", r"\A#!.*\bphp\b"),
    ("php_open_tag", r"<\?php|<\?="),
    ("php_variable", r"\$" + _ID),
    ("this_arrow", r"\$this->"),
    ("arrow_op", r"->"),
    ("scope_op", r"::"),
    ("fat_arrow", r"=>"),
    ("strict_equality", r"===|!=="),
    ("include", r"^[ \t]*#[ \t]*include\b"),
    ("include_c_header", r"#[ \t]*include[ \t]*[<\"][A-Za-z0-9_/]+\.h[>\"]"),
    ("include_std_header", r"#[ \t]*include[ \t]*<[a-z_]+>"),
    ("preprocessor", r"^[ \t]*#[ \t]*(define|ifdef|ifndef|endif|if|elif|else|pragma|undef)\b"),
    ("template_decl", r"\btemplate[ \t]*<"),
    ("std_scope", r"\bstd::"),
    ("stream_insert", r"<<"),
    ("using_namespace_std", r"\busing[ \t]+namespace[ \t]+std\b"),
    ("access_label", r"^[ \t]*(public|private|protected)[ \t]*:"),
    ("reference_param", r"[A-Za-z0-9_>][ \t]*&[ \t]*" + _ID + r"[ \t]*[,)=]"),
    ("pointer_decl", r"\b" + _ID + r"[ \t]*\*+[ \t]*" + _ID + r"[ \t]*[;,)=\[]"),
    ("pointer_cast", r"\([ \t]*(const[ \t]+)?" + _ID + r"[ \t]*\*+[ \t]*\)"),
    ("member_arrow", r"[A-Za-z0-9_\])]->[A-Za-z_]"),
    ("printf_format", r"%[-+0-9.]*(d|s|f|c|u|ld|lu|lld|zu|x)\b"),
    ("python_def", r"^[ \t]*(async[ \t]+)?def[ \t]+" + _ID + r"[ \t]*\(.*\)[ \t]*(->.*)?:[ \t]*(#.*)?$"),
    ("colon_eol", r":[ \t]*(#.*)?$"),
    ("hash_comment", r"^[ \t]*#(?![ \t]*(include|define|if|ifdef|ifndef|endif|else|elif|pragma|undef|region|endregion)\b)(?!!)"),
    ("python_block", r"^[ \t]*(elif|else|try|except|finally|with|for|while|if)\b[^;{}\n]*:[ \t]*$"),
    ("self_attribute", r"\bself\."),
    ("triple_quote", r"\"\"\"|'''"),
    ("semicolon_eol", r";[ \t]*$"),
    ("brace_eol", r"\{[ \t]*$"),
    ("brace_close_line", r"^[ \t]*\}"),
    ("line_comment", r"//"),
    ("block_comment", r"/\*"),
    ("xml_doc_comment", r"///[ \t]*<"),
    ("doc_tag", r"@(param|return|returns|throws)\b"),
    ("annotation_line", r"^[ \t]*@[A-Za-z_][A-Za-z0-9_.]*"),
    ("override_annotation", r"@Override\b"),
    ("attribute_line", r"^[ \t]*\[[A-Z][A-Za-z0-9_]*(\(.*\))?\][ \t]*$"),
    ("auto_property", r"\{[ \t]*(get|set|init)[ \t]*[;{]"),
    ("interpolated_string", r"\$@?\""),
    ("verbatim_string", r"@\""),
    ("using_system", r"^[ \t]*using[ \t]+System\b"),
    ("file_scoped_namespace", r"^[ \t]*namespace[ \t]+[A-Za-z_][A-Za-z0-9_.]*[ \t]*;"),
    ("java_import", r"^[ \t]*import[ \t]+(static[ \t]+)?[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_*]+)+[ \t]*;"),
    ("system_out", r"\bSystem\.(out|err)\.print"),
    ("main_method", r"public[ \t]+static[ \t]+void[ \t]+main\b"),
    ("array_type", r"\b" + _ID + r"[ \t]*\[[ \t]*\][ \t]+[A-Za-z_]"),
    ("generic_type", r"\b[A-Z][A-Za-z0-9_]*<[A-Z][A-Za-z0-9_<>, \[\]?]*>"),
    ("new_object", r"\bnew[ \t]+[A-Z][A-Za-z0-9_.]*[ \t]*[(<\[]"),
    ("console_log", r"\bconsole\.(log|error|warn|info)\b"),
    ("require_call", r"\brequire[ \t]*\([ \t]*['\"]"),
    ("js_function", r"\bfunction\b[ \t]*[A-Za-z0-9_]*[ \t]*\([^)$\n]*\)"),
    ("php_function", r"\bfunction[ \t]+&?" + _ID + r"[ \t]*\([ \t]*(\??[A-Za-z_\\]+[ \t]+)?\$"),
    ("const_let", r"\b(const|let)[ \t]+[A-Za-z_$][A-Za-z0-9_$]*[ \t]*[=:]"),
    ("arrow_function", r"(\)|\b[A-Za-z_$][A-Za-z0-9_$]*)[ \t]*=>"),
    ("module_exports", r"\bmodule\.exports\b|\bexports\.[A-Za-z_]"),
    ("es_import", r"^[ \t]*import[ \t].*\bfrom[ \t]+['\"]"),
    ("es_export", r"^[ \t]*export[ \t]+(default|const|let|function|class|interface|type|async|enum|abstract)\b"),
    ("type_annotation", r"[A-Za-z0-9_)\]][ \t]*\??:[ \t]*(number|string|boolean|any|void|unknown|never|object)\b"),
    ("type_annotation_named", r"[A-Za-z0-9_)][ \t]*\??:[ \t]*[A-Z][A-Za-z0-9_]*(<[^>\n]*>)?(\[\])?[ \t]*[,)=;{]"),
    ("interface_decl", r"\binterface[ \t]+" + _ID + r"[ \t]*(<[^>\n]*>)?[ \t]*(extends[^{\n]*)?\{"),
    ("type_alias", r"^[ \t]*(export[ \t]+)?type[ \t]+" + _ID + r"[ \t]*(<[^>\n]*>)?[ \t]*="),
    ("as_cast", r"\bas[ \t]+(const|any|unknown|[A-Z][A-Za-z0-9_]*)\b"),
    ("optional_chain", r"\?\.[A-Za-z_]"),
    ("php_concat", r"[\"')A-Za-z0-9_\]][ \t]*\.[ \t]*\$|\$" + _ID + r"[ \t]*\.=?[ \t]*[\"'$]"),
    ("quoted_key_arrow", r"['\"][ \t]*=>"),
    ("foreach_as", r"\bforeach[ \t]*\([^)\n]*\bas\b"),
    ("print_statement", r"^[ \t]*print[ \t]+[\"'A-Za-z]"),
    ("slice", r"\[[ \t]*-?[A-Za-z0-9_]*[ \t]*:[ \t]*-?[A-Za-z0-9_]*[ \t]*\]"),
    ("for_in", r"\bfor[ \t]+[A-Za-z_][A-Za-z0-9_, ]*[ \t]+in[ \t]+"),
    ("c_for_loop", r"\bfor[ \t]*\([^;\n]*;"),
    ("increment", r"\+\+|--"),
    ("logical_ops", r"&&|\|\|"),
    ("struct_decl", r"\bstruct[ \t]+" + _ID + r"[ \t]*\{"),
    ("static_inline", r"\bstatic[ \t]+inline\b"),
    ("const_reference", r"\bconst[ \t]+[A-Za-z_:<>]+[ \t]*&"),
    ("std_container", r"\b(vector|map|set|unordered_map|unordered_set|pair|queue|stack|deque)[ \t]*<"),
    ("cpp_cast", r"\b(static_cast|dynamic_cast|reinterpret_cast|const_cast)[ \t]*<"),
    ("extern_c", r"\bextern[ \t]+\"C\""),
    ("constructor_chain_call", r"^[ \t]*(this|super)[ \t]*\([^;\n]*\)[ \t]*;"),
    ("constructor_initializer", r"\)[ \t]*:[ \t]*(base|this)[ \t]*\("),
    ("bare_math_call", r"(?<![.A-Za-z0-9_])(sqrt|pow|fabs|floor|ceil|log2|log10|exp|cbrt|hypot)[ \t]*\("),
    ("verbatim_identifier", r"@(out|in|ref|base|this|object|string|event|params|class|default|operator|checked|fixed|lock|new|internal|is|as)\b"),
    ("dotnet_exception", r"\bSystem\.[A-Z][A-Za-z]*Exception\b"),
    ("cs_keyword_type", r"\b(public|private|protected|internal|static|readonly|const|override|virtual|abstract|sealed)[ \t]+(string|bool|object)(\[\])?[ \t]+[A-Za-z_]"),
    ("cs_parameter_type", r"[(,][ \t]*(string|bool|object)(\[\])?[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*[,)=]"),
    ("override_modifier", r"\b(public|protected|internal|private)[ \t]+(sealed[ \t]+)?override[ \t]+[A-Za-z_]"),
    ("length_property", r"\.Length\b(?![ \t]*\()"),
    ("array_length_field", r"\.length\b(?![ \t]*\()"),
    ("underscore_field", r"(?<![A-Za-z0-9_$.])_[a-z][A-Za-z0-9]*\b"),
    ("pascal_call", r"\.[A-Z][A-Za-z0-9_]*[ \t]*\("),
    # A PascalCase member assigned to is a C# property; Java's public fields are camelCase, its constants UPPER_CASE.
    ("pascal_member_assign", r"\.[A-Z][a-z][A-Za-z0-9_]*[ \t]*=(?!=)"),
    # Java library types C#'s base library does not have (C# says IEnumerator, IComparer, Dictionary, Nullable).
    ("java_library_type", r"\b(Optional|HashMap|TreeMap|TreeSet|ArrayDeque|Iterator|Iterable|Comparator)[ \t]*<"),
    ("camel_call", r"\.[a-z][A-Za-z0-9_]*[ \t]*\("),
    ("pascal_method_decl", r"\b(public|private|protected|internal)[ \t]+([a-z]+[ \t]+)*[A-Za-z_][A-Za-z0-9_<>\[\],.]*[ \t]+[A-Z][A-Za-z0-9_]*[ \t]*\("),
    ("camel_method_decl", r"\b(public|private|protected|internal)[ \t]+([a-z]+[ \t]+)*[A-Za-z_][A-Za-z0-9_<>\[\],.]*[ \t]+[a-z][A-Za-z0-9_]*[ \t]*\("),
    ("dict_literal", r"\{[ \t]*['\"][^'\"\n]*['\"][ \t]*:"),
    ("prose_run", r"\b[a-z]{2,}[ \t]+[a-z]{2,}[ \t]+[a-z]{2,}[ \t]+[a-z]{2,}\b"),
    ("sentence_end", r"[a-z]{2,}[.!?]([ \t]|$)"),
    ("capitalised_start", r"(^|[.!?][ \t]+)[A-Z][a-z]+[ \t]+[a-z]+"),
    ("code_punctuation", r"[;{}()\[\]=<>]"),
    ("lowercase_word", r"\b[a-z]+\b"),
]

_TOKEN = re.compile(_ID)
_COMPILED = [re.compile(p, re.M) for _, p in PATTERNS]
_WORD_INDEX = {w: i for i, w in enumerate(WORDS)}

FEATURE_COUNT = len(WORDS) + len(PATTERNS)


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def counts(text: str) -> dict[int, int]:
    """Raw counts per feature index (zero counts omitted)."""
    text = normalise(text)
    found: dict[int, int] = {}
    for token, n in Counter(_TOKEN.findall(text)).items():
        index = _WORD_INDEX.get(token)
        if index is not None:
            found[index] = n
    for i, regex in enumerate(_COMPILED):
        n = sum(1 for _ in regex.finditer(text))
        if n:
            found[len(WORDS) + i] = n
    return found


def extract(text: str) -> dict[int, float]:
    """Feature vector: log(1 + count), so the tenth `;` adds less than the first."""
    return {i: math.log1p(n) for i, n in counts(text).items()}
