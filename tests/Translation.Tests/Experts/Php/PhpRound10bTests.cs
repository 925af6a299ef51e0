namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Round 10 follow-up fixes: run with php and translated with python3, printed output compared.</summary>
public sealed class PhpRound10bTests
{
    [SkippableFact]
    public void ArrayComparedWithListLiteral_AfterCountValuesAndRsort_EqualsAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function kind(array $dice): string {
                $counts = array_count_values($dice);
                rsort($counts);
                if ($counts === [3, 2]) { return 'full house'; }
                if ($counts == [4, 1]) { return 'four'; }
                return $counts !== [1, 1, 1, 1, 1] ? 'other' : 'distinct';
            }
            foreach ([[3, 3, 3, 5, 5], [2, 2, 2, 2, 6], [1, 2, 3, 4, 5], [1, 1, 2, 3, 4]] as $dice) { echo kind($dice), "\n"; }
            $loose = [1 => 'b', 0 => 'a'];
            var_dump($loose == ['a', 'b'], $loose === ['a', 'b']);
            """);
    }

    [SkippableFact]
    public void ArrayReduce_WithEmptyArrayCarryWrittenByKey_StartsFromAKeyedArray()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $animals = [['pen' => 3, 'kg' => 10], ['pen' => 1, 'kg' => 4], ['pen' => 3, 'kg' => 2]];
            $byPen = array_reduce($animals, function (array $acc, array $a) {
                $acc[$a['pen']] = ($acc[$a['pen']] ?? 0) + $a['kg'];
                return $acc;
            }, []);
            foreach ($byPen as $pen => $kg) { echo "pen $pen: $kg\n"; }
            $names = array_reduce(['x', 'y'], function (array $acc, string $n) { $acc[] = strtoupper($n); return $acc; }, []);
            echo implode(',', $names), "\n";
            """);
    }

    [SkippableFact]
    public void ForeachDestructuring_RowsLongerThanThePattern_IgnoreTheRest()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $jobs = [['ana', 'report', 18], ['tom', 'poster', 6, true], ['raj', 'slides', 12]];
            foreach ($jobs as $k => [$owner, $doc, $pages]) {
                echo "$k $owner $doc $pages ", var_export($jobs[$k][3] ?? false, true), "\n";
            }
            foreach ([[1, 2, 3], [4, 5]] as [$a, $b]) { echo $a + $b, "\n"; }
            """);
    }

    [SkippableFact]
    public void ArrayCast_OfAnObjectWithPublicProperties_GivesThemInDeclarationOrder()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            final class Lot
            {
                public string $note = 'n/a';
                public function __construct(public int $shares, public float $cost) {}
            }
            $lots = [new Lot(10, 2.5), new Lot(5, 3.0)];
            echo array_sum(array_column(array_map(fn($l) => (array)$l, $lots), 'shares')), "\n";
            foreach ((array)$lots[0] as $k => $v) { echo "$k=$v\n"; }
            """);
    }

    [Fact]
    public void ArrayCast_InAProgramWithPrivateProperties_IsWarnedAbout()
    {
        var result = PhpTranslation.Of("<?php\nclass A { private int $x = 1; }\nfunction f($o) { return (array)$o; }\n");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("mangled", warning.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ArrayFromAGetter_SortedByTheCaller_LeavesThePropertyAsItWas()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            final class Zoo
            {
                private static array $registry = [];
                private array $names = ['tiger', 'ant'];
                public static function add(string $n): void { self::$registry[] = $n; }
                public static function all(): array { return self::$registry; }
                public function names(): array { return $this->names; }
            }
            Zoo::add('raja'); Zoo::add('nala'); Zoo::add('bruno');
            $sorted = Zoo::all();
            usort($sorted, fn($a, $b) => strcmp($a, $b));
            $zoo = new Zoo();
            $names = $zoo->names();
            sort($names);
            $names[] = 'zebra';
            echo implode(',', $sorted), ' | ', implode(',', Zoo::all()), ' | ', implode(',', $names), ' | ', implode(',', $zoo->names()), "\n";
            """);
    }
}
