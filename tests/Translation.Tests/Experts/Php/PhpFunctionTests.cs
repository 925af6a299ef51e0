namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Static locals (a closure's are reported: PhpToPythonTranslatorTests), array union, and closures called with more arguments than they take: run with php and translated with python3.</summary>
public sealed class PhpFunctionTests
{
    [SkippableFact]
    public void StaticLocals_KeepTheirValueBetweenCalls()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function signature(string $word): string
            {
                static $cache = [];
                static $calls = 0, $none;
                $calls++;
                if (!isset($cache[$word])) {
                    $letters = str_split($word);
                    sort($letters);
                    $cache[$word] = implode('', $letters);
                }
                return $cache[$word] . ':' . $calls . ':' . count($cache) . ($none ?? '-');
            }
            class Counter {
                public function next(): int { static $n = 10; return ++$n; }
                public static function ids(): string { static $ids = []; $ids[] = count($ids); return implode(',', $ids); }
            }
            echo signature('dcba'), ' ', signature('abc'), ' ', signature('dcba'), "\n";
            $c = new Counter();
            $d = new Counter();
            echo $c->next(), $d->next(), $c->next(), ' ', Counter::ids(), ' ', Counter::ids(), "\n";
            """);
    }

    [SkippableFact]
    public void Closure_CalledWithMoreArguments_IgnoresTheRest()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $handlers = ['home' => fn() => 'home', 'item' => fn(array $p) => 'item ' . $p['id'], 'both' => function (array $p, array $req) { return $p['id'] . $req['m']; }];
            foreach ($handlers as $name => $handler) {
                echo $name, ': ', $handler(['id' => 7], ['m' => 'GET']), "\n";
            }
            """);
    }

    [SkippableFact]
    public void ArrayUnion_InAnExpression_KeepsTheLeftKeys()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $defaults = ['method' => 'GET', 'path' => '/'];
            $request = ['path' => '/x'] + $defaults;
            $scores = array_fill_keys(['a', 'e'], 1) + array_fill_keys(['d', 'g'], 2) + ['a' => 9, 'k' => 5];
            print_r($request);
            print_r($scores);
            print_r([1, 2] + [5, 6, 7]);
            """);
    }

    [SkippableFact]
    public void ArrowFunctions_KeepDefaultsAndVariadics()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $pad = fn(string $s, int $n = 3) => str_repeat('.', $n) . $s;
            $biggest = fn(...$xs) => max(...$xs);
            $sum = function (int ...$xs) { return array_sum($xs) + count($xs); };
            $ops = ['max' => $biggest, 'pad' => $pad];
            echo $pad('a'), ' ', $pad('b', 1), ' ', $biggest(3, 9, 4), ' ', $sum(1, 2, 3), ' ', $ops['max'](...[1, 7]), "\n";
            """);
    }

    [SkippableFact]
    public void DivisionByZero_IsCaughtWithPhpsMessages()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach ([fn($a, $b) => intdiv($a, $b), fn($a, $b) => $a % $b, fn($a, $b) => $a / $b] as $f) {
                try {
                    echo $f(7, 2), "\n";
                    echo $f(7, 0), "\n";
                } catch (DivisionByZeroError $e) {
                    echo get_class($e), ': ', $e->getMessage(), "\n";
                }
            }
            echo gettype(1), gettype(1.5), gettype('s'), gettype(true), gettype([]), gettype(null), "\n";
            """);
    }

    [SkippableFact]
    public void NullCoalescing_OnCall_RunsTheCallOnce()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $calls = 0;
            function find(?string $v): ?string
            {
                global $calls;
                $calls++;
                return $v;
            }
            echo find('a') ?? 'none', ' ', find(null) ?? 'none', ' ', find('b') ?? throw new RuntimeException('x'), "\n";
            echo "calls: $calls\n";
            """);
    }

    [SkippableFact]
    public void ArrowFunction_ReturningClosureOrPrinting_KeepsItsParameters()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $after = fn (int $limit): Closure => function (int $n) use ($limit): string {
                $word = $n > $limit ? 'over' : 'within';
                return "$n is $word $limit";
            };
            echo $after(3)(5), "\n", $after(9)(5), "\n";
            $names = ['ann', 'bo'];
            array_walk($names, fn ($n) => print("[$n]\n"));
            $shout = function ($s) { return printf("%s!\n", strtoupper($s)); };
            echo $shout('hey'), "\n";
            """);
    }
}
