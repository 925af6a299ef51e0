<?php
function gcd($a, $b) {
    while ($b != 0) {
        $t = $b;
        $b = $a % $b;
        $a = $t;
    }
    return $a;
}
function lcm($a, $b) { return $a / gcd($a, $b) * $b; }
function isPrime($n) {
    if ($n < 2) return false;
    for ($i = 2; $i * $i <= $n; $i++) {
        if ($n % $i == 0) return false;
    }
    return true;
}
function sieve($n) {
    $is = array_fill(0, $n + 1, true);
    $is[0] = $is[1] = false;
    for ($p = 2; $p * $p <= $n; $p++) {
        if ($is[$p]) {
            for ($m = $p * $p; $m <= $n; $m += $p) $is[$m] = false;
        }
    }
    $primes = [];
    for ($i = 2; $i <= $n; $i++) if ($is[$i]) $primes[] = $i;
    return $primes;
}
echo gcd(48, 18) . " " . lcm(4, 6) . " " . lcm(21, 6) . "\n";
echo implode(" ", sieve(50)) . "\n";
$count = 0;
for ($i = 1; $i <= 100; $i++) if (isPrime($i)) $count++;
echo "primes below 100: $count\n";
