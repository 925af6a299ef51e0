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
}
