namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Class members PHP keeps apart and Python does not: run with php and translated with python3.</summary>
public sealed class PhpClassMemberTests
{
    [SkippableFact]
    public void StaticProperty_NamedLikeAStaticMethod_KeepsBothApart()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Counter {
                protected static int $count = 0;
                public function __construct() { self::$count++; static::$count += 1; }
                public static function count(): int { return static::$count; }
            }
            new Counter(); new Counter();
            echo Counter::count(), "\n";
            """);
    }

    [SkippableFact]
    public void DynamicMemberRead_ByVariableOrExpression_ReadsTheRenamedProperty()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Item
            {
                public string $class = 'gold';
                public int $count = 3;
                public array $tags = ['a', 'b'];
                public function count(): int { return $this->count; }
            }
            $item = new Item();
            foreach (['class', 'count', 'tags'] as $field) {
                $value = $item->{$field};
                echo $field, '=', is_array($value) ? implode('+', $value) : $value, "\n";
            }
            $name = 'count';
            echo $item->$name + 1, ' ', implode(',', $item->{'ta' . 'gs'}), ' ', $item->count(), "\n";
            """);
    }

    [SkippableFact]
    public void NewWithClassNamedAtRunTime_ByStringOrObject_CreatesThatClass()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            abstract class Shape
            {
                public function __construct(protected float $size) {}
                abstract public function area(): float;
            }
            final class Square extends Shape { public function area(): float { return $this->size ** 2; } }
            final class Circle extends Shape { public function area(): float { return round(M_PI * $this->size ** 2, 2); } }
            foreach ([Square::class, 'circle', Circle::class] as $class) {
                $shape = new $class(2);
                echo get_class($shape), ' ', $shape->area(), "\n";
            }
            $copy = new $shape(size: 1);
            echo get_class($copy), ' ', $copy->area(), "\n";
            try {
                $name = 'Hexagon';
                new $name(1);
            } catch (Error $e) {
                echo "no such class\n";
            }
            """);
    }
    [SkippableFact]
    public void CountAndForeachOfAnObject_CallItsCountAndGetIteratorMethods()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            interface Sized extends Countable {}
            class Shelf implements Countable {
                private array $books = [];
                public function add(string $b): void { $this->books[] = $b; }
                public function count(): int { return count($this->books); }
            }
            class Crate implements Sized, IteratorAggregate {
                public function count(): int { return 7; }
                public function getIterator(): Generator { yield 'x' => 1; yield 'y' => 2; }
            }
            class BigShelf extends Shelf {}
            $s = new BigShelf();
            $s->add('a'); $s->add('b');
            echo count($s), ' ', count(new Crate()), ' ', $s->count(), ' ', count([$s]), "\n";
            foreach (new Crate() as $k => $v) { echo "$k=$v\n"; }
            """);
    }

    [Fact]
    public void LibraryClass_TheExpertDoesNotTranslate_IsReportedWhereverItIsNamed()
    {
        var result = PhpTranslation.Of("""
            <?php
            class Mine {}
            $d = new ArrayIterator([]);
            $f = SplTempFileObject::fromArray([1, 2]);
            $c = ArrayObject::STD_PROP_LIST;
            $t = $d instanceof WeakMap;
            try { echo 1; } catch (PDOException $e) { echo 2; }
            $m = new Mine();
            $ok = $m instanceof Mine;
            $e = new InvalidArgumentException('x');
            """);

        Assert.Equal(5, result.Warnings.Count(w => w.Message.Contains("class is not translated", StringComparison.Ordinal)));
        Assert.Contains(result.Warnings, w => w.Message == "PHP's ArrayIterator class is not translated");
        Assert.Contains(result.Warnings, w => w.Message == "PHP's PDOException class is not translated");
        Assert.Equal(5, result.Text.Split("# UNTRANSLATED").Length - 1);
        Assert.Contains("m = Mine()", result.Text, StringComparison.Ordinal);
        Assert.Contains("isinstance(m, Mine)", result.Text, StringComparison.Ordinal);
        Assert.Contains("InvalidArgumentException(\"x\")", result.Text, StringComparison.Ordinal);
    }
}
