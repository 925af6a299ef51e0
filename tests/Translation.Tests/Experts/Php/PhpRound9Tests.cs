namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Round 9 fixes: run with php and translated with python3, printed output compared.</summary>
public sealed class PhpRound9Tests
{
    [SkippableFact]
    public void CopiedArray_NestedWritesDoNotReachTheOriginal()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class G { private array $grid; public function __construct() { $this->grid = [['.', '.'], ['.', '.']]; }
              public function mark(int $x, int $y): string { $copy = $this->grid; $copy[$y][$x] = '*'; return json_encode($copy) . json_encode($this->grid); } }
            $g = new G(); echo $g->mark(1, 0), "\n", $g->mark(0, 1), "\n";
            function f(array $a) { $a['k'][0] = 9; return $a; }
            $o = new stdClass; $o->n = 1;
            $src = ['k' => [1, 2], 'o' => $o];
            $r = f($src); $r['o']->n = 5;
            echo json_encode($src['k']), json_encode($r['k']), $src['o']->n, "\n";
            $b = $src; $b['k'][] = 3; echo count($src['k']), count($b['k']), "\n";
            """);
    }
}
