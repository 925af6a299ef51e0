namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>PHP's exception classes, codes and previous exceptions: run with php and translated with python3.</summary>
public sealed class PhpExceptionTests
{
    [SkippableFact]
    public void SplExceptions_KeepPhpsHierarchyNamesAndCodes()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class HttpException extends Exception { protected $code = 500; }
            class NotFound extends HttpException {}
            $throwers = [fn() => throw new NotFound('nope', 404), fn() => throw new HttpException('boom'),
                fn() => throw new DomainException('dom'), fn() => throw new InvalidArgumentException('bad', 7), fn() => throw new OverflowException('full')];
            foreach ($throwers as $f) {
                try {
                    $f();
                } catch (InvalidArgumentException $e) {
                    echo 'invalid ', get_class($e), ' ', $e->getMessage(), ' ', $e->getCode(), "\n";
                } catch (HttpException | LogicException $e) {
                    echo 'http/logic ', get_class($e), ' ', $e->getMessage(), ' ', $e->getCode(), "\n";
                } catch (RuntimeException $e) {
                    echo 'runtime ', get_class($e), ' ', $e->getMessage(), "\n";
                }
            }
            """);
    }

    [SkippableFact]
    public void ParentConstructor_WithCodeAndPrevious_IsReadBack()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Wrapped extends RuntimeException {
                public function __construct(string $m, private string $extra, ?Throwable $previous = null) {
                    parent::__construct("wrapped: $m", 42, $previous);
                }
                public function describe(): string { return $this->getMessage() . '/' . $this->getCode() . '/' . $this->extra; }
            }
            try {
                throw new Wrapped('x', 'E', new LogicException('inner', 3));
            } catch (Wrapped $e) {
                echo $e->describe(), ' ', $e->getPrevious()?->getMessage(), ' ', $e->getPrevious()->getCode(), "\n";
            }
            $plain = new Exception('plain', 3);
            echo $plain->getMessage(), $plain->getCode(), $plain->getPrevious() === null ? ' none' : ' some', "\n";
            """);
    }

    [SkippableFact]
    public void ClassOfAnObject_NamesItsClass()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class Conflict extends RuntimeException {}
            class Point {}
            foreach ([new Conflict('x'), new InvalidArgumentException('y'), new Point()] as $o) {
                echo $o::class, ' ', match ($o::class) { Conflict::class => 'clash', Point::class => 'point', default => 'other' }, "\n";
            }
            """);
    }
}
