namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Generators and nullsafe chains: run with php and translated with python3.</summary>
public sealed class PhpGeneratorTests
{
    [SkippableFact]
    public void Generators_YieldKeysAndValues_AsTheLoopRuns()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function overdue(array $loans, int $today): Generator {
                foreach ($loans as $id => $due) {
                    echo "[checking $id]";
                    if ($today > $due) {
                        yield $id => $today - $due;
                    }
                }
            }
            function numbers(int $n): iterable {
                for ($i = 1; $i <= $n; $i++) {
                    yield $i * $i;
                }
                yield;
            }
            function both(): Generator {
                yield from ['a' => 1, 'b' => 2];
                yield from numbers(2);
            }
            foreach (overdue(['L1' => 5, 'L2' => 9, 'L3' => 1], 6) as $id => $late) {
                echo " $id late $late\n";
            }
            foreach (numbers(3) as $k => $v) {
                echo $k, '=', $v ?? 'null', ' ';
            }
            echo "\n", implode(',', iterator_to_array(numbers(3), false)), ' ', count(iterator_to_array(both())), "\n";
            foreach (both() as $k => $v) {
                echo "$k:", $v ?? 'null', ' ';
            }
            echo "\n";
            """);
    }

    [SkippableFact]
    public void NullsafeChain_GivesNullAfterTheFirstNull()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Address { public function __construct(public string $city) {} }
            class Member { public function __construct(public ?Address $address = null, public ?Member $guardian = null) {} }
            $parent = new Member(new Address('Riverton'));
            foreach ([$parent, new Member(null, $parent), new Member(), new Member(null, new Member())] as $m) {
                echo $m->address?->city ?? $m->guardian?->address?->city ?? 'none', "\n";
            }
            """);
    }
}
