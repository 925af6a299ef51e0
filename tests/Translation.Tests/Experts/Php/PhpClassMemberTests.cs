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
}
