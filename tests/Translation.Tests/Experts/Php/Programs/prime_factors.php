<?php
function primeFactors($n) {
    $factors = [];
    while ($n % 2 == 0) {
        $factors[] = 2;
        $n = $n / 2;
    }
    for ($i = 3; $i <= sqrt($n); $i += 2) {
        while ($n % $i == 0) {
            $factors[] = $i;
            $n = $n / $i;
        }
    }
    if ($n > 2) $factors[] = $n;
    return $factors;
}
foreach ([315, 84, 97, 1024, 600851475] as $n) {
    echo "$n: " . implode(" x ", primeFactors($n)) . "\n";
}
