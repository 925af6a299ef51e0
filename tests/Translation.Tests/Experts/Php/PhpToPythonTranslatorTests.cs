using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.Php;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>What a user sees of each construct family in the printed Python, and what running it gives.</summary>
public sealed class PhpToPythonTranslatorTests
{
    private static string Python(string php) => PhpTranslation.Of(php).Text;

    [Fact]
    public void Translator_PhpToPython_IsOfferedAndRoutedByDefault()
    {
        var expert = new PhpToPythonTranslator();

        Assert.True(expert.CanTranslate(Language.Php, TranslationTarget.Python));
        Assert.False(expert.CanTranslate(Language.Java, TranslationTarget.Python));
        Assert.Contains(BuiltInTranslators.Create(), t => t.Name == "ast-php-python");
    }

    [Fact]
    public void Snippet_WithoutOpenTag_TranslatesAndWarnsOnItsOwnLines()
    {
        var result = PhpTranslation.Of("function f($a) {\n    return $$a;\n}\n");

        Assert.Contains("def f(a):", result.Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(1, warning.Start.Line);
        Assert.Contains("variable variables", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MethodSnippet_SelectedInAnEditor_IsReadInsideAClass()
    {
        var result = PhpTranslation.Of("public function twice($x) {\n    return $$x * 2;\n}\n");

        Assert.Contains("class Snippet:\n    def twice(self, x):", result.Text.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(result.Warnings).Start.Line);
    }

    [Fact]
    public void Echo_AddsNoNewline_UnlessTheTextEndsWithOne()
    {
        var text = Python("<?php\necho $x;\necho \"Total: $n\\n\";\necho 'a', PHP_EOL;");

        Assert.Contains("print(php_str(x), end=\"\")", text, StringComparison.Ordinal);
        Assert.Contains("print(f\"Total: {php_str(n)}\")", text, StringComparison.Ordinal);
        Assert.Contains("print(\"a\")", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CountedFor_BecomesRange_OnlyWhenTheCounterIsNotReadAfter()
    {
        var exact = Python("<?php\nfunction f($n) { $s = 0; for ($i = 0; $i < $n; $i++) { $s += $i; } return $s; }");
        var readAfter = Python("<?php\nfunction f($n) { for ($i = 0; $i < $n; $i++) { } return $i; }");

        Assert.Contains("for i in range(n):", exact, StringComparison.Ordinal);
        Assert.DoesNotContain("range(", readAfter, StringComparison.Ordinal);
        Assert.Contains("while i < n:", readAfter, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAsWhile_ContinueRunsTheUpdateFirst()
    {
        var text = Python("<?php\nfor ($i = 0; $i < 10; $i += 2) { if ($i == 4) continue; $i++; }");

        Assert.Contains("i += 2\n        continue", text.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Division_AndRemainder_KeepPhpSemantics()
    {
        var text = Python("<?php\nfunction f($a, $b) { return [$a / $b, $a % $b, intdiv($a, $b), $a % 2 == 0]; }");

        Assert.Contains("php_div(a, b)", text, StringComparison.Ordinal);
        Assert.Contains("php_mod(a, b)", text, StringComparison.Ordinal);
        Assert.Contains("php_intdiv(a, b)", text, StringComparison.Ordinal);
        Assert.Contains("a % 2 == 0", text, StringComparison.Ordinal);
        Assert.Contains("def php_div(a, b):", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StrposComparedWithFalse_KeepsPositionZeroApart()
    {
        var text = Python("<?php\nfunction has($s) { return strpos($s, 'a') !== false; }");

        Assert.Contains("php_strpos(s, \"a\") is not False", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayLiterals_WithKeysAreDicts_WrittenByKeyAreDicts_OthersLists()
    {
        var text = Python("<?php\n$a = [1, 2];\n$m = ['x' => 1];\n$c = [];\nforeach ($a as $v) { $c[$v] = true; }\n$l = [];\n$l[] = 3;");

        Assert.Contains("a = [1, 2]", text, StringComparison.Ordinal);
        Assert.Contains("m = {\"x\": 1}", text, StringComparison.Ordinal);
        Assert.Contains("c = {}", text, StringComparison.Ordinal);
        Assert.Contains("l = []\nl.append(3)", text.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayParameterChangedInPlace_IsCopied_AsPhpPassesArraysByValue()
    {
        var text = Python("<?php\nfunction f(array $a) { sort($a); return $a; }\nfunction g($a) { return count($a); }");

        Assert.Contains("a = php_value_copy(a)", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split("a = php_value_copy(a)").Length - 1);
    }

    [Fact]
    public void Class_ConstructorPropertiesStaticsAndParent_MapToPython()
    {
        var text = Python("""
            <?php
            class Base { public function __construct(protected $name) {} }
            class Child extends Base {
                public static $count = 0;
                private $items = [];
                public function __construct($name) { parent::__construct($name); self::$count++; }
                public static function make() { return new Child("x"); }
                public function add($x) { $this->items[] = $x; return $this; }
            }
            """);

        Assert.Contains("class Child(Base):", text, StringComparison.Ordinal);
        Assert.Contains("    count = 0", text, StringComparison.Ordinal);
        Assert.Contains("def __init__(self, name):", text, StringComparison.Ordinal);
        Assert.Contains("self.items = []", text, StringComparison.Ordinal);
        Assert.Contains("super().__init__(name)", text, StringComparison.Ordinal);
        Assert.Contains("Child.count += 1", text, StringComparison.Ordinal);
        Assert.Contains("@staticmethod", text, StringComparison.Ordinal);
        Assert.Contains("self.items.append(x)", text, StringComparison.Ordinal);
        Assert.Contains("self.name = name", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_EmptyCasesMerge_FallThroughIsReported()
    {
        var merged = Python("<?php\nswitch ($d) { case 1: case 2: echo 'a'; break; default: echo 'b'; }");
        var fallThrough = PhpTranslation.Of("<?php\nswitch ($d) { case 1: echo 'a'; case 2: echo 'b'; break; }");

        Assert.Contains("if d in (1, 2):", merged, StringComparison.Ordinal);
        Assert.Contains("# UNTRANSLATED: this switch case falls through", fallThrough.Text, StringComparison.Ordinal);
        Assert.Single(fallThrough.Warnings);
    }

    [Fact]
    public void Match_BecomesConditional_WithUnhandledValueRaising()
    {
        var text = Python("<?php\n$r = match($x) { 1, 2 => 'low', 3 => 'mid' };");

        Assert.Contains("r = \"low\" if x in (1, 2) else \"mid\" if x == 3 else php_match_error(x)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Closures_ByValueUseIsBound_ByReferenceUseIsShared()
    {
        var text = Python("<?php\n$k = 2;\n$f = function ($x) use ($k) { return $x * $k; };\n$t = 0;\n$g = function ($x) use (&$t) { $t += $x; };");

        Assert.Contains("f = lambda x, k=k: php_num(x) * k", text, StringComparison.Ordinal);
        Assert.Contains("global t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exceptions_ThrowCatchFinally_MapToRaiseExcept()
    {
        var text = Python("<?php\ntry { throw new InvalidArgumentException('bad'); } catch (InvalidArgumentException $e) { echo $e->getMessage(); } finally { echo 'x'; }");

        Assert.Contains("class InvalidArgumentException(LogicException):", text, StringComparison.Ordinal);
        Assert.Contains("raise InvalidArgumentException(\"bad\")", text, StringComparison.Ordinal);
        Assert.Contains("except InvalidArgumentException as e:", text, StringComparison.Ordinal);
        Assert.Contains("print(str(e), end=\"\")", text, StringComparison.Ordinal);
        Assert.Contains("finally:", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("function gen() { echo yield 1; }", "sent into the generator")]
    [InlineData("function gen() { yield 1; yield 'k' => 2; }", "also yields keys")]
    [InlineData("$c = $o?->a->b;", "?-> followed by ->")]
    [InlineData("function outer() { function inner() { static $n = 0; return ++$n; } }", "static local")]
    [InlineData("function f(&$x) { $x = 1; $g = fn() => $x; }", "reference parameter $x")]
    [InlineData("$v = eval('return 1;');", "eval()")]
    [InlineData("class A { public function __call($n, $a) {} }", "magic method __call")]
    [InlineData("foreach ($a as &$v) { $v = 0; }\n$v = 1;", "by reference")]
    [InlineData("$m = preg_match('/a/', 'a', $this->m);", "not a plain variable")]
    [InlineData("$n = preg_match('/\\p{Lu}/u', 'A');", "escape \\p")]
    [InlineData("$n = preg_replace('/a/e', 'b', 'a');", "modifier e")]
    public void Untranslatable_IsMarkedRaisesAndWarnsWithItsSpan(string php, string reason)
    {
        var result = PhpTranslation.Of(php);

        Assert.Contains($"# {PyComment.UntranslatedMarker}", result.Text, StringComparison.Ordinal);
        Assert.Contains("raise NotImplementedError(", result.Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, warning.Start.Line);
    }

    [Fact]
    public void LibraryCode_NamespacesKeywordNamesAndDynamicClasses_TranslateToPythonThatParses()
    {
        var result = PhpTranslation.Of("""
            <?php
            namespace App\Util;
            use App\Base\Thing;
            interface Shape { public function area(); }
            trait Greets { public function hi() { return "hi"; } }
            class Thing {}
            class Query extends \App\Util\Thing {
                const DEFAULT = 1;
                public $class = "q";
                public function with($x) { return $this->class . $x; }
                public function make($name) { return new $name(); }
            }
            $q = new \App\Util\Query();
            echo $q->with(<<<EOT
            text
            EOT);
            """);

        Assert.Contains("class Query(Thing):", result.Text, StringComparison.Ordinal);
        Assert.Contains("def with_(self, x):", result.Text, StringComparison.Ordinal);
        Assert.Contains("q = Query()", result.Text, StringComparison.Ordinal);
        Assert.Contains("class Shape:", result.Text, StringComparison.Ordinal);
        Assert.Contains("q.with_(\"text\")", result.Text, StringComparison.Ordinal);
        Assert.Contains("return php_new(name)", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void StringTruthiness_AndNumericStringsFromText_FollowPhp()
    {
        var text = Python("""
            <?php
            $s = "0";
            if ($s) { echo 'yes'; }
            $n = explode(',', '10,9');
            sort($n);
            """);

        Assert.Contains("if s not in (\"\", \"0\"):", text, StringComparison.Ordinal);
        Assert.Contains("n.sort(key=functools.cmp_to_key(php_cmp))", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_OnlyThoseTheOutputUses()
    {
        Assert.DoesNotContain("import", Python("<?php\necho 1 + 2;"), StringComparison.Ordinal);
        Assert.StartsWith("import math", Python("<?php\necho sqrt(2);"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Translation_WhenRun_RoundsAndConvertsAsPhpDoes()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var text = Python("<?php\necho round(2.5), ' ', round(-2.5), ' ', round(1.955, 2), ' ', 0.1 + 0.2, ' ', 7 / 2, ' ', -7 % 3, ' ', true, '|', null, '|', 1e20, \"\\n\";");

        Assert.Equal("3 -3 1.96 0.3 3.5 -1 1||1.0E+20\n", ExternalProgram.Python(text));
    }
}
