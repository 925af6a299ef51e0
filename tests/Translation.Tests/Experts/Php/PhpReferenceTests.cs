namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Reference assignment, jumps out of nested loops and stores inside expressions: run with php and translated with python3.</summary>
public sealed class PhpReferenceTests
{
    [SkippableFact]
    public void ReferenceAssignment_ToAnElement_ReadsAndWritesTheElement()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Book {
                private array $lots = [];
                public function add(string $sym, int $qty): void {
                    $lots = &$this->lots[$sym];
                    $lots ??= [];
                    $lots[] = $qty;
                    if (count($lots) > 2) { $lots = array_slice($lots, 1); }
                    if (array_sum($lots) === 0) { unset($this->lots[$sym]); }
                }
                public function dump(): void { print_r($this->lots); }
            }
            $b = new Book();
            foreach ([['A', 1], ['B', 2], ['A', 3], ['A', 4], ['C', 0], ['B', 5]] as [$s, $q]) { $b->add($s, $q); }
            $b->dump();
            $totals = ['x' => 1];
            foreach (['x' => 2, 'y' => 3, 'z' => 4] as $k => $v) {
                $slot = &$totals[$k];
                $slot += $v;
            }
            $n = 5;
            $m = &$n;
            $m *= 2;
            print_r($totals);
            echo $n, "\n";
            $created = [];
            $cell = &$created['row']['col'];
            echo count($created), count($created['row']), var_export(array_key_exists('col', $created['row']), true), "\n";
            """);
    }

    [SkippableFact]
    public void ReferenceUnsetAtItsLastUseAndLoopsByReferenceOverAnElement_ChangeTheArray()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Orders {
                public array $orders = [];
                public array $lots = ['a' => [[5, 1], [3, 2], [4, 3]]];
                public function apply(string $id, string $op, string $sku = '', int $qty = 0): void {
                    $o = &$this->orders[$id];
                    if ($op === 'open') {
                        $o = ['status' => 'open', 'items' => [], 'note' => null];
                    } elseif ($op === 'add') {
                        $o['items'][$sku] = ($o['items'][$sku] ?? 0) + $qty;
                    } elseif ($op === 'remove') {
                        unset($o['items'][$sku]);
                    } else {
                        $o['status'] = $op;
                    }
                    unset($o);
                }
                public function take(string $sku, int $want): int {
                    $taken = 0;
                    foreach ($this->lots[$sku] as $i => &$lot) {
                        if ($want === 0) {
                            break;
                        }
                        $n = min($lot[0], $want);
                        $lot[0] -= $n;
                        $want -= $n;
                        $taken += $n;
                        if ($lot[0] > 0) {
                            break;
                        }
                    }
                    unset($lot);
                    return $taken;
                }
            }
            $s = new Orders();
            foreach ([['1', 'open'], ['1', 'add', 'x', 2], ['1', 'add', 'y', 1], ['1', 'add', 'x', 3], ['2', 'open'], ['1', 'remove', 'x'], ['1', 'paid'], ['2', 'add', 'z', 1]] as $step) {
                $s->apply(...$step);
            }
            print_r($s->orders);
            echo $s->take('a', 7), ' ', $s->take('a', 1), "\n";
            print_r($s->lots);
            """);
    }

    [SkippableFact]
    public void ClosureInAClosure_TakingATopLevelVariableByReference_AppendsToIt()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $sent = [];
            $notify = function (string $template) use (&$sent) {
                return function (string $who) use ($template, &$sent) {
                    $sent[] = str_replace('{who}', $who, $template);
                };
            };
            $hello = $notify('hello {who}');
            $hello('ann');
            $hello('bo');
            echo count($sent), ': ', implode('; ', $sent), "\n";
            """);
    }

    [SkippableFact]
    public void ReferenceAssignment_WhoseKeyChangesWhileUsed_IsReported()
    {
        var result = PhpTranslation.Of("<?php\n$a = [1, 2];\n$i = 0;\n$r = &$a[$i];\n$i = 1;\n$r = 9;\nprint_r($a);");

        Assert.Contains("reference assignment (=&)", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void BreakAndContinueN_LeaveTheRightLoops()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $found = [];
            foreach ([1, 2, 3] as $i) {
                foreach ([10, 20, 30] as $j) {
                    if ($i * $j === 40) { break 2; }
                    if ($j === 20) { continue 2; }
                    $found[] = "$i:$j";
                }
                $found[] = "end $i";
            }
            echo implode(' ', $found), "\n";
            for ($i = 0; $i < 3; $i++) {
                $k = 0;
                while (true) {
                    do {
                        $k++;
                        if ($k % 2 === 0) { continue 3; }
                        if ($k > 5) { break 3; }
                    } while (false);
                    echo "i=$i k=$k ";
                }
            }
            echo "\ndone $i\n";
            """);
    }

    [SkippableFact]
    public void PushInsideAnExpression_AppendsAndGivesTheValue()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Log {
                public array $rows = [];
                public function add(string $m): string { return $this->rows[] = count($this->rows) + 1 . ": $m"; }
            }
            $log = new Log();
            echo $log->add('a'), ' ', $log->add('b'), "\n";
            print_r($log->rows);
            """);
    }

    [SkippableFact]
    public void SortsAndIssetOnArraysOfUnseenKind_WorkOnListsAndKeyedArrays()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $runs = array_filter([5, 3, 8, 1], fn ($x) => $x > 2);
            usort($runs, fn ($a, $b) => $a <=> $b);
            print_r($runs);
            $kept = array_filter(['b' => 2, 'a' => 1, 'c' => 3], fn ($x) => $x > 1);
            rsort($kept);
            print_r($kept);
            [$chords, $shift] = [[], 0];
            foreach ([[5, 'G'], [9, 'D']] as [$at, $c]) { $chords[$at - $shift] = $c; $shift += 2; }
            print_r($chords);
            $busy = ['t' => [3 => true]];
            var_dump(isset($busy['t'][3]), isset($busy['u'][3]), isset($busy['t'][4]['x']), empty($busy['v']['w']));
            """);
    }

    [SkippableFact]
    public void SortThroughAReferenceParameterOfUnknownKind_RenumbersTheCallersArray()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function order(&$rows) { usort($rows, fn($a, $b) => $a <=> $b); }
            function order2(array &$rows) { sort($rows); }
            $a = array_filter([5, 3, 8, 1], fn($x) => $x > 1);
            order($a);
            print_r($a);
            $b = ['x' => 3, 'y' => 1];
            order2($b);
            print_r($b);
            function byLen(array &$words): void { usort($words, fn($x, $y) => strlen($x) <=> strlen($y)); $words[] = 'zz'; }
            $w = ['k' => 'ccc', 'j' => 'a'];
            byLen($w);
            print_r($w);
            echo json_encode($w), "\n";
            $l = ['bbb', 'a'];
            byLen($l);
            print_r($l);
            """);
    }

    [SkippableFact]
    public void KeyKeepingSortThroughAReferenceParameterOfUnknownKind_IsReported()
    {
        var result = PhpTranslation.Of("<?php\nfunction o(&$r) { asort($r); }\n$x = [3, 1];\no($x);\nprint_r($x);");

        Assert.Contains("asort() on a reference parameter", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ReferenceParameterGivenANewValue_ReachesTheCaller()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function next_token(array $t, int &$pos): string { return $t[$pos++] ?? ''; }
            function skip(array $t, int &$pos): void { while (($t[$pos] ?? '') === ' ') { $pos += 1; } }
            function walk(array $t, int &$pos): array { $out = []; while ($pos < count($t)) { skip($t, $pos); $out[] = next_token($t, $pos); } return $out; }
            function reset_to(array &$list, ?string &$note = null) { $list = array_reverse($list); $list[] = 'end'; $note = 'reset'; }
            class Counter {
                public int $seen = 0;
                public array $slots = ['a' => 1];
                public function bump(int &$n, int $by = 1): int { $n += $by; return $n * 10; }
                public function run(): void { echo $this->bump($this->seen), ' ', $this->bump($this->slots['a'], 5), ' ', $this->seen, ' ', $this->slots['a'], "\n"; }
            }
            $tokens = ['a', ' ', 'b', ' ', ' ', 'c'];
            $at = 0;
            echo implode(',', walk($tokens, $at)), " at $at\n";
            $fresh = ['x', 'y'];
            reset_to($fresh, $why);
            echo implode(',', $fresh), ' ', $why, "\n";
            $c = new Counter();
            $c->run();
            $n = 1;
            $total = $c->bump($n) + $c->bump($n, 2);
            echo "$n $total\n";
            function numbered(array $lines, int &$skipped): Generator { foreach ($lines as $i => $l) { if ($l === '') { $skipped++; continue; } yield $i => $l; } }
            $skipped = 0;
            foreach (numbered(['a', '', 'b', ''], $skipped) as $i => $l) { echo "$i:$l skipped so far $skipped\n"; }
            echo "skipped $skipped\n";
            """);
    }

    [SkippableFact]
    public void ReferenceParameterGivenANewValue_CapturedByAClosure_IsStillReported()
    {
        var result = PhpTranslation.Of("<?php\nfunction f(int &$n) { $g = function () use (&$n) { $n++; }; $g(); }\n$x = 1;\nf($x);\necho $x;");

        Assert.Contains("assigned a new value", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }
}
