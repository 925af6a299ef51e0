namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Assignments and ++/-- on properties and elements inside expressions: run with php and translated with python3.</summary>
public sealed class PhpEmbeddedStoreTests
{
    [SkippableFact]
    public void UpdateInAMatchArm_ChangesOnlyTheChosenProperty()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Team {
                public int $won = 0, $drawn = 0, $lost = 0;
                public function record(int $a, int $b): void {
                    match ($a <=> $b) { 1 => $this->won++, 0 => $this->drawn++, -1 => $this->lost++ };
                }
            }
            $t = new Team();
            foreach ([[1, 0], [0, 0], [0, 2], [3, 1]] as [$a, $b]) {
                $t->record($a, $b);
            }
            echo $t->won, $t->drawn, $t->lost, "\n";
            """);
    }

    [SkippableFact]
    public void StoresInConditionalBranches_GivePhpsValues()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Box { public array $log = []; public ?int $n = null; public int $total = 1; }
            $b = new Box();
            $counts = ['x' => 1, 'y' => 5];
            $k = 'y';
            $v = $k === 'y' ? ++$counts[$k] : 0;
            $w = $k === 'y' ? $counts['x']-- : 0;
            $ok = $b->total > 0 && ($b->log['last'] = 'win') !== null;
            $b->n ?? ($b->total > 0 ? $b->n = 5 : null);
            $x = $b->total > 0 ? $b->total += 10 : 0;
            echo $v, ' ', $w, ' ', $counts['x'], ' ', $counts['y'], ' ', $ok ? 'y' : 'n', $b->log['last'], $b->n, ' ', $x, $b->total, "\n";
            """);
    }

    [SkippableFact]
    public void NamedArguments_ToTheProgramsFunctions_BecomeKeywords()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function label(string $text, int $width = 10, bool $upper = false): string {
                return str_pad($upper ? strtoupper($text) : $text, $width, '.');
            }
            class Fixture {
                public function __construct(public string $home = 'H', public string $away = 'A') {}
                public function line(bool $knockout = false, string $sep = '-'): string { return $this->home . $sep . $this->away . ($knockout ? ' KO' : ''); }
            }
            $pad = fn(string $s, int $n = 3) => str_repeat(' ', $n) . $s;
            echo label('x', upper: true), '|', label(width: 4, text: 'y'), '|', $pad('z', n: 1), "\n";
            echo (new Fixture(away: 'B'))->line(knockout: true), ' ', (new Fixture())->line(sep: ':'), "\n";
            """);
    }

    [SkippableFact]
    public void NamedArguments_ToALibraryFunction_AreReported()
    {
        var result = PhpTranslation.Of("<?php\necho str_pad('x', 5, pad_type: STR_PAD_LEFT);");

        Assert.Contains("named arguments to PHP's library functions", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
        Assert.Contains("raise NotImplementedError(", result.Text, StringComparison.Ordinal);
    }
}
