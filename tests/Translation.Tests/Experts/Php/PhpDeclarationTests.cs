namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Interfaces, abstract classes, traits, enums and late static binding: run with php and translated with python3.</summary>
public sealed class PhpDeclarationTests
{
    [SkippableFact]
    public void Interfaces_ConstantsAndInstanceof_BehaveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            interface Named { const PREFIX = '#'; public function name(): string; }
            interface Priced extends Named { public function price(): float; }
            abstract class Item implements Priced {
                abstract protected function base(): float;
                public function price(): float { return $this->base() * 2; }
                public function label(): string { return self::PREFIX . $this->name() . '=' . $this->price(); }
            }
            final class Pen extends Item implements Named {
                public function name(): string { return 'pen'; }
                protected function base(): float { return 1.25; }
            }
            $p = new Pen();
            echo $p->label(), "\n";
            echo ($p instanceof Named ? 'named' : 'anon'), ' ', ($p instanceof Priced ? 'priced' : 'free'), ' ', Pen::PREFIX, $p::PREFIX, "\n";
            """);
    }

    [SkippableFact]
    public void StaticConstant_InAStaticMethod_IsTheCalledClasses()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Base {
                const RATE = 1;
                public static function rate(): int { return static::RATE * 10; }
                public static function make(): static { return new static(); }
                public function own(): int { return static::RATE; }
            }
            class Child extends Base { const RATE = 3; }
            echo Base::rate(), ' ', Child::rate(), ' ', get_class(Child::make()), ' ', (new Child())->own(), "\n";
            """);
    }

    [SkippableFact]
    public void Traits_AreCopiedIntoTheClass_AndTheClassesOwnMethodWins()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            trait Counts {
                private int $count = 0;
                public function bump(): int { return ++$this->count; }
                public function who(): string { return 'trait'; }
                public static function kind(): string { return self::class . '/' . __CLASS__; }
            }
            class Clicker { use Counts; public function who(): string { return 'class'; } }
            $c = new Clicker();
            $c->bump();
            echo $c->bump(), ' ', $c->who(), ' ', Clicker::kind(), "\n";
            """);
    }

    [SkippableFact]
    public void Enums_CasesFromTryFromAndMethods_BehaveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            enum Suit: string {
                case Hearts = 'H';
                case Spades = 'S';
                const Wild = self::Spades;
                public function color(): string { return match ($this) { self::Hearts => 'Red', self::Spades => 'Black' }; }
                public static function fromChar(string $c): self { return self::from($c); }
            }
            enum Light { case On; case Off; }
            foreach (Suit::cases() as $s) { echo $s->name, '=', $s->value, ':', $s->color(), ' '; }
            echo "\n", Suit::fromChar('H') === Suit::Hearts ? 'same' : 'other', ' ', Suit::tryFrom('X') === null ? 'none' : 'some', ' ', Suit::Wild->name, "\n";
            try { Suit::from('Q'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
            $l = Light::On;
            echo $l === Light::Off ? 'off' : 'on', ' ', count(Light::cases()), ' ', $l instanceof Light ? 'light' : '', "\n";
            """);
    }

    [SkippableFact]
    public void ThrowExpression_AndLazyCoalesce_RunOnlyWhenReached()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function pick(array $a, string $k) { return $a[$k] ?? throw new InvalidArgumentException("no $k"); }
            $calls = 0;
            function fallback() { global $calls; $calls++; return 'f'; }
            $m = ['a' => 1];
            echo pick($m, 'a'), ' ', $m['a'] ?? fallback(), ' ', $m['b'] ?? fallback(), " $calls\n";
            try { pick($m, 'z'); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
            """);
    }

    [SkippableFact]
    public void StaticProperty_ChangedFromASubclass_IsTheDeclaringClassesOneValue()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            abstract class Ticket {
                protected static int $seq = 0;
                public readonly string $id;
                public function __construct() { static::$seq++; $this->id = static::PREFIX . '-' . static::$seq; }
                public static function issued(): int { return self::$seq; }
            }
            class Bug extends Ticket { const PREFIX = 'BUG'; public static function bump(): void { self::$seq += 10; } }
            class Task extends Ticket { const PREFIX = 'TASK'; }
            $ids = [(new Bug())->id, (new Task())->id];
            Bug::bump();
            $ids[] = (new Task())->id;
            echo implode(' ', $ids), ' ', Ticket::issued(), ' ', Task::issued(), "\n";
            """);
    }

    [SkippableFact]
    public void FirstClassCallables_NameTheFunctionOrMethod()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            function grade(int $s): string { return match (true) { $s >= 90 => 'A', $s >= 75 => 'B', default => 'C' }; }
            class Fmt { public function __construct(private string $p) {} public function tag(string $s): string { return $this->p . $s; } public static function up(string $s): string { return strtoupper($s); } }
            $len = strlen(...);
            $tag = (new Fmt('#'))->tag(...);
            echo implode(',', array_map(grade(...), [95, 80, 10])), ' ', $len('abcd'), ' ', $tag('x'), ' ', implode(',', array_map(Fmt::up(...), ['a', 'b'])), "\n";
            """);
    }

    [SkippableFact]
    public void StaticRegistry_WrittenByKey_AndNullsafeOnACall_BehaveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Account {
                private static array $registry = [];
                public function __construct(public readonly string $owner, private float $balance) { self::$registry[$owner] = $this; }
                public static function find(string $owner): ?static { return self::$registry[$owner] ?? null; }
                public function balance(): float { return $this->balance; }
            }
            new Account('ann', 12.5);
            new Account('bob', 3.0);
            echo Account::find('bob')?->balance(), ' ', Account::find('zed')?->balance() ?? 'none', ' ', Account::find('ann')?->owner, "\n";
            """);
    }
}
