namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Array functions that compare, cut or splice whole arrays, and arrays assigned in a chain: run with php and python3.</summary>
public sealed class PhpArrayLibraryTests
{
    [SkippableFact]
    public void ArrayDiffAndIntersectKey_KeepTheFirstArraysKeys()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            print_r(array_diff(['name', 'email', 'age', 'country'], ['email', 'name']));
            print_r(array_diff([1, '2', 3.0, null, 0], ['3', '', 1]));
            print_r(array_diff_key(['a' => 1, 'b' => 2, 'c' => 3], ['b' => 0], ['c' => 0]));
            print_r(array_intersect_key(['a' => 1, 'b' => 2, 'c' => 3], ['c' => 0, 'a' => 0]));
            print_r(array_diff_key([10, 20, 30], [1 => true]));
            """);
    }

    [SkippableFact]
    public void ArrayChunkSpliceAndKeysOf_BehaveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            print_r(array_chunk([1, 2, 3, 4, 5], 2));
            print_r(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true));
            $stack = [1, 2, 3, 4, 5];
            $top = array_splice($stack, -2);
            [$x, $y] = array_splice($stack, 0, 2, ['q', 'r', 's']);
            array_splice($stack, 1, 0, 'inserted');
            echo implode(',', $top), ' ', $x, $y, ' ', implode(',', $stack), "\n";
            $keyed = ['x' => 1, 5 => 2, 'y' => 3, 9 => 4];
            print_r(array_splice($keyed, 1, 2));
            print_r($keyed);
            $goals = ['ann' => 3, 'bob' => 5, 'cy' => 5, 'dee' => 4];
            $mixed = [5, '5', 5.0, true, null, 'five'];
            echo implode(',', array_keys($goals, max($goals))), ' ', implode(',', array_keys($mixed, '5')), ' ', implode(',', array_keys($mixed, '5', true)), ' ', implode(',', array_keys($mixed, 0)), "\n";
            echo array_key_last($goals), ' ', array_key_last([7, 8]), "\n";
            """);
    }

    [SkippableFact]
    public void ChainedAssignment_OfAnArray_GivesEachVariableItsOwn()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $seen = $totals = [];
            $seen['a'] = true;
            $totals[] = 5;
            $left = $right = [strlen('ab'), 1];
            $left[] = 3;
            echo count($seen), count($totals), count($left), count($right), "\n";
            """);
    }

    [SkippableFact]
    public void SpreadInAnArrayLiteral_MergesAsPhpDoes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $rows = [[1, 2], [3]];
            $header = ['a', 'b'];
            function withEnd(array $x): array { return [...$x, 'end']; }
            print_r([$header, ...$rows]);
            print_r([0, ...$rows[0], ...(count($header) > 1 ? $header : []), 9]);
            print_r(withEnd(['x' => 1, 'y' => 2]));
            print_r(withEnd([5, 6]));
            """);
    }

    [SkippableFact]
    public void ArrayPush_WithSpreadArguments_AddsEachValueInOrder()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $stack = [1];
            $more = [3 => 2, 7 => 3];
            array_push($stack, ...array_reverse([4, 5]), ...$more);
            array_push($stack, 9, ...[]);
            array_unshift($stack, 0, ...$more);
            $flag = true;
            array_push($stack, ...($flag ? [7, 8] : []));
            echo implode(',', $stack), "\n";
            """);
    }

    [SkippableFact]
    public void ArrayCombineAndFlip_OfKeyedArraysOfUnknownKind_UseTheirValues()
    {
        // array_map over a keyed array keeps its keys; array_combine must pair values, not keys (a silent error once).
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function totals(array $rows): array { return array_map(fn($r) => $r * 10, $rows); }
            $byName = ['ann' => 3, 'bob' => 5];
            $names = array_keys($byName);
            print_r(array_combine($names, totals($byName)));
            print_r(array_combine(totals(['x' => 1, 'y' => 2]), $names));
            print_r(array_flip(totals(['p' => 4, 'q' => 6])));
            print_r(array_flip(totals([4, 6])));
            """);
    }
}
