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
}
