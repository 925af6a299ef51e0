namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>PHP's date classes (DateTime, DateTimeImmutable, DateInterval, DateTimeZone): run with php and translated with python3.</summary>
public sealed class PhpDateClassTests
{
    [SkippableFact]
    public void DateTimeImmutable_ParsesFormatsAndMovesFields_AsPhpCarriesThem()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $d = new DateTimeImmutable('2024-02-30', new DateTimeZone('UTC'));
            echo $d->format('Y-m-d H:i:s D l N w z W t L F M n j S a A g G h y U'), "\n";
            echo $d->format('\Y\e\s D, d M Y'), ' ', $d->format('c'), "\n";
            foreach (['+1 month', '-3 days', '+1 week 2 days', '+1 day +2 hours', '+2 years', '-90 minutes', '+1 fortnight'] as $m) {
                echo (new DateTimeImmutable('2024-01-31 10:00'))->modify($m)->format('Y-m-d H:i'), "\n";
            }
            $start = new DateTimeImmutable('2024-06-03 7:05');
            $later = $start->add(new DateInterval('P1M2DT3H'));
            echo $start->format('Y-m-d H:i'), ' -> ', $later->format('Y-m-d H:i'), ' <- ', $later->sub(new DateInterval('P1W'))->format('Y-m-d'), "\n";
            echo $start->getTimestamp(), ' ', intdiv($later->getTimestamp() - $start->getTimestamp(), 60), "\n";
            var_dump($start < $later, $start == new DateTimeImmutable('2024-06-03 07:05'), $start === $later, $start <=> $later, $later <=> $start);
            $at = DateTimeImmutable::createFromFormat('Y-m-d H:i', '2024-13-05 09:30', new DateTimeZone('UTC'));
            echo $at->format('Y-m-d H:i:s'), ' ', json_encode(DateTimeImmutable::createFromFormat('Y-m-d H:i', 'soon')), "\n";
            echo DateTime::createFromFormat('!d/m/Y', '31/04/2024')->format('Y-m-d H:i:s'), "\n";
            """);
    }

    [SkippableFact]
    public void DateTime_ChangesItselfWhereDateTimeImmutableGivesANewObject()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $m = new DateTime('2024-01-31');
            $same = $m->modify('+1 day');
            var_dump($same === $m);
            echo $m->format('Y-m-d'), "\n";
            $m->add(new DateInterval('P1M'))->setTime(8, 15);
            echo $m->format('Y-m-d H:i'), "\n";
            $i = new DateTimeImmutable('2024-01-31');
            $j = $i->modify('+1 day');
            var_dump($i === $j, $i instanceof DateTimeInterface);
            echo $i->format('Y-m-d'), ' ', $j->format('Y-m-d'), ' ', $i->setDate(2023, 14, 1)->format('Y-m-d'), "\n";
            $copy = clone $m;
            $copy->modify('+1 year');
            echo $m->format('Y'), ' ', $copy->format('Y'), "\n";
            """);
    }

    [SkippableFact]
    public void Diff_GivesPhpsFieldsAndDays_InEitherDirection()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $pairs = [['2024-01-31', '2024-03-01'], ['2025-03-02 02:52:34', '2023-06-30 16:13:02'], ['2025-12-20 07:20:55', '2025-08-26 19:05:32'],
                ['2024-02-29', '2025-02-28'], ['2024-05-01 10:00', '2024-05-01 09:30'], ['2023-12-31 23:59:59', '2024-01-01']];
            foreach ($pairs as [$a, $b]) {
                $i = (new DateTimeImmutable($a))->diff(new DateTimeImmutable($b));
                echo $i->y, ' ', $i->m, ' ', $i->d, ' ', $i->h, ' ', $i->i, ' ', $i->s, ' ', $i->days, ' ', $i->invert, ' | ';
                echo $i->format('%a days, %R%y-%M-%D %H:%I:%S %%'), "\n";
            }
            $p = new DateInterval('P1Y2M10DT2H30M');
            echo $p->format('%y %m %d %h %i %s %a'), "\n";
            """);
    }

    [Fact]
    public void DateLiteralsTheRuntimeDoesNotRead_AreReported()
    {
        var zone = PhpTranslation.Of("<?php\n$d = new DateTime('2024-01-01', new DateTimeZone('Europe/Paris'));\necho $d->format('Y');");
        var relative = PhpTranslation.Of("<?php\n$d = new DateTimeImmutable('next monday');\necho $d->format('Y');");

        Assert.Contains("time zone 'Europe/Paris' is not translated", Assert.Single(zone.Warnings).Message, StringComparison.Ordinal);
        Assert.Contains("date string 'next monday' is not translated", Assert.Single(relative.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtendsOfAClassTheFileDoesNotDeclare_IsReported()
    {
        var result = PhpTranslation.Of("<?php\nclass Admin extends User { }\nclass Fail extends RuntimeException { }\n$a = new Admin();");

        Assert.Contains("base class User is neither declared", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
        Assert.Contains("UNTRANSLATED", result.Text, StringComparison.Ordinal);
    }
}
