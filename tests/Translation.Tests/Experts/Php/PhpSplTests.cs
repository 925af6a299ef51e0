namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>PHP's SPL data structures: run with php and translated with python3, printed output compared.</summary>
public sealed class PhpSplTests
{
    [SkippableFact]
    public void QueueStackAndList_IterateAndFailAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $q = new SplQueue();
            foreach ([1,2,3] as $x) $q->enqueue($x);
            $q->push(4); $q->unshift(0);
            foreach ($q as $k => $v) echo "$k=$v ";
            echo "\n", count($q), ' ', $q->top(), ' ', $q->bottom(), ' ', $q->dequeue(), ' ', $q->pop(), ' ', $q->shift(), "\n";
            print_r(iterator_to_array($q));
            $s = new SplStack(); $s->push(1); $s->push(2); $s->push(3); $s[] = 9;
            foreach ($s as $k => $v) echo "$k=$v ";
            echo $s->top(), $s[0], $s[3], "\n";
            foreach ([fn() => (new SplQueue)->dequeue(), fn() => (new SplStack)->pop(), fn() => (new SplStack)->top(), fn() => (new SplQueue)->bottom(), fn() => (new SplQueue)->shift(), fn() => (new SplMinHeap)->extract(), fn() => (new SplMinHeap)->top(), fn() => (new SplPriorityQueue)->extract(), fn() => (new SplPriorityQueue)->top(), fn() => (new SplFixedArray(2))[5], fn() => (new SplStack)[3], fn() => (new SplObjectStorage)[new stdClass], fn() => (new SplFixedArray(2))[-1]] as $f) {
              try { $f(); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
            }
            $pq = new SplPriorityQueue();
            foreach (['a'=>3,'b'=>1,'c'=>3,'d'=>2,'e'=>3,'f'=>1,'g'=>3, 'h'=>2] as $d=>$p) $pq->insert($d, $p);
            echo count($pq), ' ';
            while ($pq->valid()) { echo $pq->extract(); }
            echo "\n";
            $pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH); $pq->insert('x', 5); $pq->insert('y', [1,2]); print_r($pq->top()); 
            foreach ($pq as $k => $v) { echo $k, ':'; print_r($v); }
            echo count($pq), "\n";
            $h = new SplMinHeap(); foreach ([5,1,4,1,3] as $x) $h->insert($x);
            foreach ($h as $k => $v) echo "$k=$v ";
            echo count($h), "\n";
            var_dump(SplPriorityQueue::EXTR_BOTH, SplPriorityQueue::EXTR_DATA, SplPriorityQueue::EXTR_PRIORITY);
            """);
    }

    [SkippableFact]
    public void IteratorModesOffsetsAndStorage_BehaveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $f = new SplFixedArray(3);
            try { $f[] = 1; } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
            try { $x = new SplFixedArray(-1); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
            $q = new SplQueue(); $q->setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE);
            $q->enqueue('a'); $q->enqueue('b'); $q->enqueue('c');
            foreach ($q as $k => $v) echo "$k=$v ";
            echo count($q), "\n";
            $s = new SplStack(); $s->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO | SplDoublyLinkedList::IT_MODE_DELETE);
            $s->push('a'); $s->push('b'); $s->push('c');
            foreach ($s as $k => $v) echo "$k=$v ";
            echo count($s), "\n";
            try { $s->setIteratorMode(0); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
            $l = new SplDoublyLinkedList(); $l->push(1); $l->push(2); $l->push(3); unset($l[1]); print_r(iterator_to_array($l)); var_dump(isset($l[1]), isset($l[5]));
            $st = new SplObjectStorage(); $o1 = new stdClass; $o2 = new stdClass; $st[$o1] = 5; $st->attach($o2); $st[$o1] = 6;
            var_dump(isset($st[$o1]), $st[$o1], count($st)); 
            $st->detach($o1); var_dump($st->contains($o1), count($st));
            try { $f = new SplPriorityQueue(); $f->setExtractFlags(0); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
            """);
    }

    [SkippableFact]
    public void HeapsAndPriorityQueues_GiveEqualElementsInPhpsOrder()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            $seed = 7; function rnd($a, $b) { global $seed; $seed = ($seed * 1103515245 + 12345) % 2147483648; return $a + $seed % ($b - $a + 1); }
            for ($t = 0; $t < 300; $t++) {
              $pq = new SplPriorityQueue(); $h = new SplMinHeap();
              $n = rnd(1, 40);
              for ($i = 0; $i < $n; $i++) { $pq->insert("d$i", rnd(1, 4)); $h->insert([rnd(1,3), $i % 3]); 
                 if (rnd(0, 4) == 0 && !$pq->isEmpty()) { echo $pq->extract(), ','; } }
              while (!$pq->isEmpty()) echo $pq->extract(), ' ';
              foreach ($h as $v) echo implode(':', $v), ' ';
              echo "\n";
            }
            """);
    }

    [SkippableFact]
    public void CompareOverridesObjectStorageAndFixedArray_BehaveAsInPhp()
    {
        PhpRoundTrip.AssertSamePrinted("""
            <?php
            class TaskHeap extends SplHeap {
                protected function compare($a, $b): int { return $b['due'] <=> $a['due'] ?: strcmp($b['name'], $a['name']); }
            }
            class ReversePQ extends SplPriorityQueue {
                public function compare($p1, $p2): int { return $p2 <=> $p1; }
            }
            class LenHeap extends SplMinHeap {
                protected function compare($x, $y): int { return strlen($y) - strlen($x); }
            }
            $h = new TaskHeap();
            foreach ([['name' => 'b', 'due' => 3], ['name' => 'a', 'due' => 3], ['name' => 'c', 'due' => 1]] as $t) { $h->insert($t); }
            echo $h->top()['name'], ' ', count($h), "\n";
            foreach ($h as $k => $t) { echo "$k:{$t['name']} "; }
            echo count($h), ' ', var_export($h->isEmpty(), true), "\n";
            $pq = new ReversePQ();
            foreach ([5, 1, 3] as $p) { $pq->insert("p$p", $p); }
            $pq->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY);
            while ($pq->valid()) { echo $pq->extract(), ' '; }
            $l = new LenHeap();
            foreach (['ccc', 'a', 'bb'] as $w) { $l->insert($w); }
            echo $l->extract(), ' ', $l->top(), "\n";
            $max = new SplMaxHeap();
            foreach ([3, 9, 1, 9, 4] as $n) { $max->insert($n); }
            echo implode(',', iterator_to_array($max, false)), ' ', count($max), "\n";
            $st = new SplObjectStorage();
            class P { public function __construct(public string $n) {} }
            $a = new P('a'); $b = new P('b'); $c = new P('c');
            $st->attach($a, 'first'); $st->attach($b); $st[$c] = ['x' => 1];
            foreach ($st as $i => $o) { echo $i, $o->n, ' '; }
            echo count($st), var_export(isset($st[$b]), true), var_export($st->contains($c), true), $st[$a], "\n";
            unset($st[$a]);
            foreach ($st as $i => $o) { echo $i, $o->n, ' ', json_encode($st->getInfo()), ' '; }
            echo "\n";
            $f = new SplFixedArray(4);
            $f[0] = 'x'; $f[3] = 'y';
            echo $f->getSize(), ' ', count($f), ' ', json_encode($f->toArray()), ' ', var_export(isset($f[1]), true), "\n";
            foreach ($f as $i => $v) { echo $i, '=', var_export($v, true), ' '; }
            echo "\n";
            """);
    }
}
