namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>unset() on arrays: PHP keeps the other keys and the next key $a[] gives; run with php and translated with python3.</summary>
public sealed class PhpUnsetTests
{
    [SkippableFact]
    public void Unset_OnListsAndListProperties_LeavesPhpsKeysAndNextKey()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            final class Queue {
                public array $items = [];
                public function drop(string $who): void {
                    foreach ($this->items as $i => $name) {
                        if ($name === $who) { unset($this->items[$i]); }
                    }
                }
            }
            $q = new Queue();
            $other = new Queue();
            foreach (['ann', 'bo', 'cy'] as $n) { $q->items[] = $n; }
            $q->drop('cy');
            $q->items[] = 'dee';
            $other->items[] = 'x';
            print_r($q->items);
            print_r($other->items);
            $list = [10, 20, 30, 40];
            $copy = $list;
            foreach ($list as $k => $v) {
                if ($v % 20 === 0) { unset($list[$k]); }
            }
            $list[] = 50;
            unset($list[4]);
            $list[] = 60;
            print_r($list);
            echo json_encode($list), ' ', count($list), ' ', implode(',', $copy), ' ', array_key_last($list), "\n";
            $keyed = ['a' => 1, 7 => 2];
            unset($keyed[7]);
            $keyed[] = 3;
            $again = $keyed;
            unset($again[8]);
            $again[] = 4;
            print_r($keyed);
            print_r($again);
            """);
    }

    [SkippableFact]
    public void Unset_OnAListHeldByAReferenceParameter_IsReported()
    {
        var result = PhpTranslation.Of("<?php\nfunction drop(array &$a, int $k): void { unset($a[$k]); }\n$x = [1, 2, 3];\ndrop($x, 1);\nprint_r($x);");

        Assert.Contains("unset()", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }
}
