namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Round 12 fixes: run with php and translated with python3, printed output compared.</summary>
public sealed class PhpRound12Tests
{
    [SkippableFact]
    public void ArrayPopAndShift_OnAnEmptyArray_GiveNull()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Book
            {
                private array $undone = [];
                public function redo(): string
                {
                    $c = array_pop($this->undone) ?? throw new RuntimeException('Nothing to redo');
                    return $c;
                }
            }
            try { echo (new Book())->redo(), "\n"; } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
            $queue = [];
            var_dump(array_shift($queue), array_pop($queue));
            array_pop($queue);
            $rows = [[1, 2], []];
            var_dump(array_pop($rows[1]), array_shift($rows[0]));
            $keyed = ['a' => 1];
            var_dump(array_pop($keyed), array_pop($keyed));
            """);
    }

    [SkippableFact]
    public void Generator_MethodsSendAndGetReturn_WorkAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function schedule(array $jobs): Generator
            {
                $total = 0;
                foreach ($jobs as $name => $minutes) {
                    yield $name => $minutes;
                    $total += $minutes;
                }
                return $total;
            }
            $gen = schedule(['a' => 5, 'b' => 7]);
            foreach ($gen as $k => $v) { echo "$k=$v\n"; }
            echo "total ", $gen->getReturn(), "\n";
            function cycle(array $items): Generator
            {
                $i = 0;
                while (true) {
                    $skip = yield $items[$i % count($items)];
                    $i += $skip ? 2 : 1;
                }
            }
            $c = cycle(['x', 'y', 'z']);
            echo $c->current(), $c->key(), "\n";
            echo $c->send(true), "\n";
            $c->next();
            echo $c->current(), ' ', var_export($c->valid(), true), "\n";
            $fresh = cycle(['p', 'q']);
            echo $fresh->send(false), "\n";
            $early = schedule(['a' => 1]);
            try { $early->getReturn(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
            """);
    }

    [SkippableFact]
    public void StaticProperty_RedeclaredInASubclass_IsBoundLate()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            abstract class Arrangement
            {
                protected static string $title = 'generic';
                protected static int $made = 0;
                public static function describe(): string { return static::$title . ' (' . static::class . ')'; }
                public function rename(string $t): void { static::$title = $t; static::$made++; }
                public static function made(): int { return static::$made; }
            }
            class Blocks extends Arrangement { protected static string $title = 'blocks'; }
            class Plain extends Arrangement {}
            echo Blocks::describe(), ' ', Plain::describe(), "\n";
            (new Blocks())->rename('big blocks');
            (new Plain())->rename('plain');
            echo Blocks::describe(), ' ', Plain::describe(), ' ', Arrangement::describe(), ' ', Blocks::made(), "\n";
            """);
    }

    [SkippableFact]
    public void ClosureStaticLocal_KeepsItsValuePerClosureObject()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $lcg = function (): int {
                static $state = 7;
                $state = ($state * 48271) % 2147483647;
                return $state;
            };
            echo $lcg(), ' ', $lcg(), "\n";
            $fs = [];
            for ($i = 0; $i < 2; $i++) {
                $fs[] = function () { static $n = 0; $n++; return $n; };
            }
            echo $fs[0](), $fs[0](), $fs[1](), "\n";
            """);
    }

    [SkippableFact]
    public void ArrayMultisort_SortsByColumnsAndRearrangesEveryArray()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $lines = [['type' => 'adult', 'total' => 12], ['type' => 'child', 'total' => 6], ['type' => 'senior', 'total' => 12], ['type' => 'baby', 'total' => 0]];
            $totals = array_column($lines, 'total');
            $types = array_column($lines, 'type');
            array_multisort($totals, SORT_DESC, $types, SORT_ASC, $lines);
            echo json_encode($lines), "\n", implode(',', $totals), ' ', implode(',', $types), "\n";
            $scores = ['x' => 3, 'y' => 1, 5 => 2];
            array_multisort($scores);
            print_r($scores);
            """);
    }

    [Fact]
    public void ArrayMultisort_WithAStringFlag_IsReported()
    {
        var result = PhpTranslation.Of("<?php\n$a = ['10', '9'];\narray_multisort($a, SORT_STRING);\n");

        Assert.Contains(result.Warnings, w => w.Message.Contains("SORT_STRING", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Constant_AndArrayMergeRecursive_WorkAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            enum Gum: string { case Mint = 'MNH'; case Hinged = 'MH'; }
            class Rates { const BASE = 40; }
            $g = constant(Gum::class . '::' . 'Hinged');
            echo $g->value, ' ', constant('Rates::BASE'), ' ', var_export($g === Gum::Hinged, true), "\n";
            $out = [];
            foreach ([['GB', 'a1', 5], ['FR', 'b2', 7], ['GB', 'c3', 9]] as [$country, $code, $value]) {
                $out = array_merge_recursive($out, [$country => [$code => $value]]);
            }
            echo json_encode($out), "\n";
            echo json_encode(array_merge_recursive(['k' => 1, 5 => 'x'], ['k' => 2, 5 => 'y'], ['k' => [3]])), "\n";
            """);
    }

    [SkippableFact]
    public void ArrayParameter_StoredInAProperty_IsTheObjectsOwnCopy()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Book
            {
                public function __construct(private array $prices) {}
                public function set(string $k, int $v): void { $this->prices[$k] = $v; }
                public function prices(): array { return $this->prices; }
            }
            class Shelf
            {
                private $items;
                public function __construct($items) { $this->items = $items; }
                public function add(string $i): void { $this->items[] = $i; }
                public function count(): int { return count($this->items); }
            }
            $original = ['a' => 1, 'b' => 2];
            $book = new Book($original);
            $book->set('a', 5);
            echo json_encode($original), json_encode($book->prices()), "\n";
            $list = ['x'];
            $shelf = new Shelf($list);
            $shelf->add('y');
            echo count($list), ' ', $shelf->count(), "\n";
            """);
    }

    [SkippableFact]
    public void Spread_OfAKeyedArray_PassesItsValues()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $byVoice = [2 => ['b1', 'b2'], 0 => ['s1'], 1 => ['a1', 'a2']];
            ksort($byVoice);
            $longest = max(array_map('count', $byVoice));
            $padded = array_map(fn($g) => array_pad($g, $longest, null), $byVoice);
            echo implode(',', array_filter(array_merge(...array_map(null, ...$padded)))), "\n";
            """);
    }

    [SkippableFact]
    public void IntArithmetic_PastPhpIntMax_BecomesAFloat()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $rare = PHP_INT_MAX - 5;
            var_dump(is_float($rare + 100), is_int($rare + 5), is_float($rare * 2), is_float(PHP_INT_MIN - 1), $rare - 7);
            printf("%.3e\n", $rare + 100);
            """);
    }

    [SkippableFact]
    public void Variables_NamedLikeImportedModules_DoNotHideThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $types = ['b', 'a'];
            $keyword = 'Rates::BASE';
            $operator = '+';
            class Rates { const BASE = 40; }
            sort($types);
            echo implode(',', $types), ' ', constant($keyword), ' ', $operator, ' ', PHP_INT_MAX - 1, "\n";
            """);
    }

    [SkippableFact]
    public void Phonetics_MetaphoneSoundexSimilarTextAndLevenshtein_MatchPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            foreach (['Thompson', 'school', 'knight', 'Schwarz', 'xavier', 'laugh', 'dodge', 'signed', "caf\u{e9} noir", "o'brien", ''] as $w) {
                echo $w, ': ', metaphone($w), ' ', metaphone($w, 2), ' ', soundex($w), "\n";
            }
            $n = similar_text('World', 'Word', $pct);
            echo $n, ' ', round($pct, 4), ' ', similar_text('Hello', 'World'), "\n";
            echo levenshtein('kitten', 'sitting'), ' ', levenshtein('kitten', 'sitting', 2, 3, 4), ' ', levenshtein("caf\u{e9}", 'cafe'), "\n";
            """);
    }
}
