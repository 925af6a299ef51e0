namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Text for people and markup, plain objects and calls named at run time: run with php and translated with python3.</summary>
public sealed class PhpMarkupLibraryTests
{
    [SkippableFact]
    public void WidthsEscapesAndPaths_AsPhpCountsAndWritesThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach (['Hello World', 'Hello', 'Hello!', 'Über die Größe', '日本語テキスト', 'abc'] as $s) {
                printf("[%-16s] [%8s] %d %s|%s|%s\n", mb_strimwidth($s, 0, 8, '…'), mb_strimwidth($s, 1, 4), mb_strwidth($s), mb_strimwidth($s, 0, 2, '...'), mb_strimwidth($s, -3, 2), str_pad($s, 18, '.', STR_PAD_BOTH));
            }
            printf("[%5.3s] [%-6s] [%'*8s]\n", 'abcdef', 'é', 'ñu');
            $q = "Tom & \"Jerry\" <b>'s</b>";
            echo htmlspecialchars($q), "\n", htmlspecialchars($q, ENT_XML1), "\n", htmlspecialchars($q, ENT_QUOTES | ENT_HTML5), "\n", htmlspecialchars($q, ENT_COMPAT), "\n", htmlspecialchars($q, ENT_NOQUOTES), "\n";
            echo implode('|', array_map('basename', ['/docs/api/', 'a/b.php', '/', 'plain', 'x\\y'])), ' ', basename('/a/page.html', '.html'), ' ', basename('.html', '.html'), "\n";
            """);
    }

    [SkippableFact]
    public void FilterVarEmail_AcceptsWhatPhpAccepts()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach (['jdoe@example.com', 'a@b.co', 'not-an-email', ' a@b.co', 'a@b.co ', 'user@localhost', 'a.b+c@ex-ample.co.uk', 'a..b@x.com', '.a@x.com', '"a b"@x.com', '"ab"@x.com',
                'a@[127.0.0.1]', 'a@[300.0.0.1]', 'a@[IPv6:2001:db8::1]', 'a@x.1com', 'a@-x.com', 'é@x.com', "o'neil@x.org", 'a@b@c.com', str_repeat('a', 65) . '@x.com', 'a@' . str_repeat('b', 64) . '.com', 5, null] as $v) {
                echo var_export($v, true), ' => ', var_export(filter_var($v, FILTER_VALIDATE_EMAIL), true), "\n";
            }
            """);
    }

    [SkippableFact]
    public void ObjectCastReflectionAndDynamicCalls_BehaveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class NotFound extends Exception {}
            class Account {
                public int $balance = 0;
                public function deposit(int $n): void { $this->balance += $n; }
                public function withdraw(int $n): void { $this->balance -= $n; }
            }
            $o = (object) ['name' => 'Ann', 'vip' => true, 'class' => 'x'];
            $key = 'name';
            echo $o->name, ' ', $o->$key, ' ', get_class($o), ' ', var_export(isset($o->vip), true), ' ', var_export(isset($o->nope), true), "\n";
            $o->age = 7;
            echo $o->age, ' ', (object) 5 instanceof stdClass ? 'std' : 'no', ' ', ((object) 'x')->scalar, "\n";
            $e = new stdClass();
            $e->list = [1, 2];
            foreach ([1, 'a', [1], null, $o, $e, fn() => 1, new Account()] as $v) {
                echo var_export(is_object($v), true), ' ';
            }
            echo "\n", (new ReflectionClass(new NotFound('x')))->getShortName(), ' ', (new ReflectionClass('account'))->getShortName(), "\n";
            $a = new Account();
            foreach ([['deposit', 50], ['withdraw', 20], ['DEPOSIT', 5]] as [$op, $n]) {
                $a->$op($n);
            }
            $m = 'withdraw';
            $a->{$m}(1);
            echo $a->balance, "\n";
            """);
    }

    [SkippableFact]
    public void MixedParameterInArithmetic_ReadsTheNumberInAString()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function bump(mixed $v): int|float { return $v + 0; }
            function less(int|string $v): int|float { return 10 - $v; }
            echo bump('29'), ' ', bump('1.5'), ' ', bump(4), ' ', less('3'), ' ', less(2), "\n";
            """);
    }

    [Fact]
    public void ReflectionBeyondTheShortName_RaisesWhenRun()
    {
        var result = PhpTranslation.Of("<?php\nclass A {}\necho count((new ReflectionClass(new A()))->getMethods());");

        Assert.Empty(result.Warnings);
        Assert.Contains("class ReflectionClass:", result.Text, StringComparison.Ordinal);
        Assert.Contains("raise NotImplementedError(\"ReflectionClass::\" + name + \"() is not translated\")", result.Text, StringComparison.Ordinal);
    }
}
