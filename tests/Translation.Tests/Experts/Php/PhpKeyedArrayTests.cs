namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>PHP's keys and value semantics in the library and in assignments: run with php and translated with python3.</summary>
public sealed class PhpKeyedArrayTests
{
    [SkippableFact]
    public void KeyKeepingFunctions_KeepKeysAsPhpDoes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function show($a) { foreach ($a as $k => $v) { echo "$k:$v "; } echo "\n"; }
            $prices = ['tea' => 3, 'cake' => 0, 'pie' => 5];
            show(array_filter($prices));
            show(array_filter($prices, fn($k) => $k !== 'pie', ARRAY_FILTER_USE_KEY));
            show(array_map(fn($v) => $v * 2, $prices));
            show(array_slice($prices, 1, 2));
            show(array_slice([5, 6, 7, 8], 1, 2, true));
            show(array_intersect(['a', 'b', 'c'], ['c', 'a']));
            show(array_unique(['x' => 1, 'y' => 1, 'z' => 2]));
            $nums = [5, 3, 8, 1];
            show(array_filter($nums, fn($x) => $x % 2 === 0));
            show(array_unique([3, 1, 3, 2]));
            $rows = [['id' => 7, 'name' => 'ann'], ['id' => 9, 'name' => 'bob'], ['name' => 'cy']];
            show(array_column($rows, 'name', 'id'));
            show(array_map(fn($a, $b) => $a . $b, ['x', 'y'], [1]));
            echo reset($prices), ' ', end($prices), ' ', str_word_count("It's a well-known fact"), "\n";
            $letters = count_chars('banana', 1);
            arsort($letters);
            show($letters);
            $walked = [];
            array_walk($prices, function ($v, $k) use (&$walked) { $walked[] = "$k=$v"; });
            echo implode(',', $walked), ' ', rawurlencode('a b~/'), ' ', urlencode('a b~'), ' ', urldecode('x%21+y'), "\n";
            """);
    }

    [SkippableFact]
    public void SortsOfUnknownKind_KeepOrRenumberKeysAsPhpDoes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function show($a) { foreach ($a as $k => $v) { echo "$k:$v "; } echo "\n"; }
            function scores() { return ['amy' => 3, 'bo' => 9, 'cid' => 5]; }
            $s = scores();
            asort($s); show($s);
            uksort($s, fn($a, $b) => strcmp($b, $a)); show($s);
            function ranks() { return [30, 10, 20]; }
            $list = ranks();
            arsort($list); show($list);
            $byName = [];
            foreach (scores() as $name => $score) { $byName[$name] = $score; }
            usort($byName, fn($a, $b) => $b <=> $a); show($byName);
            """);
    }

    [SkippableFact]
    public void Destructuring_ReadsByKeyAndIgnoresTheRest()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            [$a, $b] = explode(',', 'x,y,z');
            ['id' => $id, 'tags' => [, $second]] = ['tags' => ['t1', 't2'], 'id' => 42];
            echo "$a $b $id $second\n";
            foreach ([['n' => 'ann', 'age' => 30], ['n' => 'bo', 'age' => 4]] as ['age' => $age, 'n' => $n]) { echo "$n=$age "; }
            foreach ([[1, 2, 3], [4, 5, 6]] as [$first, , $third]) { echo $first + $third, ' '; }
            echo "\n";
            """);
    }

    [SkippableFact]
    public void AssignmentsInsideExpressions_UnionAndCoalesceAssign_FollowPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Reg {
                private int $next = 1;
                public array $rows = [];
                public function add(string $n): array { $row = ['id' => $this->next++, 'n' => $n]; $this->rows[] = $row; return $row; }
            }
            $r = new Reg();
            $r->add('a');
            echo $r->add('b')['id'], "\n";
            $cache = [];
            $hits = 0;
            foreach (['x', 'y', 'x'] as $k) { $v = $cache[$k] ??= strtoupper($k) . (++$hits); echo $v, ' '; }
            $errors = [];
            $errors['name'] = 'missing';
            $errors += ['name' => 'ignored', 'age' => 'bad'];
            echo count($errors), ' ', $errors['name'], ' ', implode(',', array_keys($errors)), "\n";
            $deep = ['a' => ['b' => 1]];
            echo $deep['x']['b'] ?? 'none', ' ', $deep['a']['b'] ?? 'none', ' ', (implode('', []) ?: 'empty'), "\n";
            """);
    }

    [SkippableFact]
    public void ArrayReadFromAProperty_IsCopiedBeforeItIsChanged()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Book {
                private array $scores = ['quiz' => [70, 50, 90]];
                public function trimmed(): array { $list = $this->scores['quiz'] ?? []; sort($list); array_shift($list); return $list; }
                public function all(): array { return $this->scores['quiz']; }
            }
            $b = new Book();
            echo implode(',', $b->trimmed()), ' ', implode(',', $b->all()), "\n";
            """);
    }

    [SkippableFact]
    public void ForeachByReference_WritesBackToTheArray()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $items = ['a' => ['qty' => 2, 'cost' => 1.5], 'b' => ['qty' => 1, 'cost' => 4.0]];
            foreach ($items as &$item) { $item['value'] = $item['qty'] * $item['cost']; }
            unset($item);
            $nums = [1, 2, 3, 4];
            foreach ($nums as $i => &$n) { if ($n % 2) { continue; } $n = $n * 10 + $i; }
            unset($n);
            echo $items['a']['value'], ' ', $items['b']['value'], ' ', implode(',', $nums), "\n";
            """);
    }

    [SkippableFact]
    public void ForeachByReference_WritesBackBeforeAReturnLeavesTheLoop()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Calendar {
                private array $bookings = ['a' => [1, 2], 'b' => [3, 4, 5]];
                public function cancel(int $id): bool {
                    foreach ($this->bookings as &$list) {
                        $before = count($list);
                        $list = array_values(array_filter($list, fn($b) => $b !== $id));
                        if (count($list) < $before) return true;
                    }
                    return false;
                }
                public function all(): string { return json_encode($this->bookings); }
            }
            function bump(array &$rows): int {
                foreach ($rows as &$row) {
                    foreach ($row as &$cell) { $cell++; if ($cell > 5) { return $cell + count($rows); } }
                }
                return 0;
            }
            $c = new Calendar();
            var_dump($c->cancel(4), $c->cancel(9));
            echo $c->all(), "\n";
            $grid = [[1, 2], [3, 5, 1]];
            echo bump($grid), ' ', json_encode($grid), "\n";
            """);
    }

    [SkippableFact]
    public void HeredocAndNowdoc_RemoveTheClosingIndentation()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $name = 'Ada';
            $user = ['role' => 'admin'];
            echo <<<TXT
                Hello $name ({$user['role']})
                  \t"quoted" \$kept
                TXT;
            echo "\n";
            echo <<<'RAW'
              raw $name \n
              RAW;
            echo "|\n";
            """);
    }

    [SkippableFact]
    public void ClassArrayProperty_AssignedAList_IsNotTakenForAKeyedArray()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Grid {
                private array $seen = [];
                public function __construct(int $n) { $this->seen = array_fill(0, $n, array_fill(0, $n, false)); }
                public function mark(int $r, int $c): void { $this->seen[$r][$c] = true; }
                public function row(int $r): string { return implode('', array_map(fn($v) => $v ? 'x' : '.', $this->seen[$r])); }
            }
            class Player { public array $rounds = []; }
            $g = new Grid(3);
            $g->mark(1, 2);
            $p = new Player();
            $p->rounds['r1'] = 5;
            echo $g->row(1), ' ', $p->rounds['r1'] ?? 0, ' ', $p?->rounds['r2'] ?? 'none', "\n";
            """);
    }

    [SkippableFact]
    public void Unset_OnArrayParameterOfEitherKind_KeepsPhpKeys()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function without(array $a, $key): array
            {
                unset($a[$key]);
                return $a;
            }
            print_r(without(['x' => 1, 'y' => 2], 'x'));
            print_r(without([10, 20, 30], 1));
            print_r(without([10, 20], 5));
            $original = [1, 2, 3];
            without($original, 0);
            echo count($original), "\n";
            """);
    }

    [SkippableFact]
    public void IdentityWithEmptyArray_OnKeyedArray_TestsEmptiness()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function describe($a): string
            {
                return ($a === [] ? 'empty' : 'full') . ' ' . ($a == [] ? 'loose-empty' : 'loose-full') . ' ' . ($a !== [] ? 'not' : 'is') . "\n";
            }
            $d = ['k' => 1];
            unset($d['k']);
            echo describe($d), describe(['k' => 1]), describe([]), describe(null), describe(false), describe(0), describe('');
            """);
    }

    [SkippableFact]
    public void EmptyArray_PassedToReferenceParameterWrittenByKey_IsKeyed()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function tally(string $word, array &$counts): void
            {
                $counts[$word] = ($counts[$word] ?? 0) + 1;
            }
            class Ledger
            {
                public function book(string $who, int $amount, array &$totals): void
                {
                    $totals[$who] ??= 0;
                    $totals[$who] += $amount;
                }
            }
            $counts = [];
            foreach (explode(' ', 'a b a c b a') as $w) {
                tally($w, $counts);
            }
            $totals = [];
            $ledger = new Ledger();
            $ledger->book('ann', 5, $totals);
            $ledger->book('bo', 2, $totals);
            $ledger->book('ann', 1, $totals);
            ksort($counts);
            print_r($counts);
            print_r($totals);
            """);
    }
}
