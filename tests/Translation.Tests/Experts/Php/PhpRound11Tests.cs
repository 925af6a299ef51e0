namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Round 11 fixes: run with php and translated with python3, printed output compared.</summary>
public sealed class PhpRound11Tests
{
    [SkippableFact]
    public void Echo_WithACallThatThrows_PrintsTheArgumentsBeforeIt()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function risky(int $i): string { if ($i % 2) { throw new RuntimeException("odd $i"); } return "even $i"; }
            function loud(): string { echo "[loud]"; return "done"; }
            for ($i = 0; $i < 3; $i++) {
                try {
                    echo "attempt $i: ", risky($i), "\n";
                } catch (RuntimeException $e) {
                    echo "failed: ", $e->getMessage(), "\n";
                }
            }
            $attempt = fn() => throw new LogicException('closure');
            try { echo 'before ', $attempt(), ' after'; } catch (LogicException $e) { echo '| ', $e->getMessage(), "\n"; }
            echo 'a', loud(), 'b', "\n";
            echo 'count ', count([1, 2]), ' len ', strlen('abc'), "\n";
            """);
    }

    [Fact]
    public void Echo_OfPlainValuesAndQuietLibraryCalls_IsOnePrint()
    {
        var result = PhpTranslation.Of("<?php\n$n = 3;\necho 'n = ', $n, ' of ', count([1, 2]), \"\\n\";\n");

        Assert.Single(result.Text.Split('\n'), line => line.Contains("print(", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Gmmktime_Mktime_AndStrtotime_GiveUtcTimestampsWithPhpCarries()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            var_dump(gmmktime(0, 0, 0, 6, 15, 2024), mktime(12, 30, 5, 1, 1, 1970));
            echo gmdate('Y-m-d H:i:s', gmmktime(25, 61, 61, 14, 0, 2023)), "\n";
            echo gmdate('Y-m-d', gmmktime(0, 0, 0, 0, 1, 2024)), ' ', gmdate('Y-m-d', gmmktime(0, 0, 0, 3, -1, 24)), ' ', gmdate('Y', gmmktime(0, 0, 0, 1, 1, 85)), "\n";
            echo gmdate('t', gmmktime(0, 0, 0, 2 + 12, 1, 2023)), "\n";
            var_dump(strtotime('2024-04-26 00:00:00 UTC'), strtotime('2021-03-31 UTC'), strtotime('2020-02-29 13:45'));
            echo intdiv(strtotime('2024-06-21') - gmmktime(0, 0, 0, 6, 15, 2024), 86400), "\n";
            """);
    }

    [SkippableFact]
    public void ArrayPush_UsedAsAValue_PushesAndGivesTheNewCount()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $out = ['x'];
            $more = ['y', 'z'];
            $n = match (true) {
                count($more) > 1 => array_push($out, ...$more),
                default => 0,
            };
            echo $n, ' ', implode(',', $out), "\n";
            $keyed = ['a' => 1];
            if (array_push($keyed, 2, 3) === 3) { print_r($keyed); }
            """);
    }

    [SkippableFact]
    public void ReferenceToAnElementPickedByCount_WritesTheTopOfAStackOfKeyedArrays()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function atoms(string $formula): array {
                preg_match_all('/([A-Z][a-z]?)(\d*)|(\()|(\))(\d*)/', $formula, $m, PREG_SET_ORDER);
                $stack = [[]];
                foreach ($m as $tok) {
                    if (($tok[3] ?? '') === '(') {
                        $stack[] = [];
                    } elseif (($tok[4] ?? '') === ')') {
                        $group = array_pop($stack);
                        $mult = ($tok[5] ?? '') === '' ? 1 : (int) $tok[5];
                        foreach ($group as $el => $n) {
                            $stack[count($stack) - 1][$el] = ($stack[count($stack) - 1][$el] ?? 0) + $n * $mult;
                        }
                    } else {
                        $top = &$stack[count($stack) - 1];
                        $top[$tok[1]] = ($top[$tok[1]] ?? 0) + ($tok[2] === '' ? 1 : (int) $tok[2]);
                        unset($top);
                    }
                }
                return $stack[0];
            }
            foreach (['H2O', 'Ca(OH)2', 'Fe2(SO4)3'] as $f) {
                echo $f, ': ', json_encode(atoms($f)), "\n";
            }
            """);
    }

    [Fact]
    public void ReferenceToAnElementPickedByCount_WhenTheArrayChangesWhileUsed_IsReported()
    {
        var result = PhpTranslation.Of("""
            <?php
            $stack = [[1], [2]];
            $top = &$stack[count($stack) - 1];
            array_pop($stack);
            $top[] = 3;
            print_r($stack);
            """);

        Assert.Contains(result.Warnings, w => w.Message.Contains("reference assignment", StringComparison.Ordinal));
    }
}
