<?php
$pairs = [[7, 2], [-7, 2], [6, 3], [10, 4], [-9, 4], [1, 3]];
foreach ($pairs as [$a, $b]) {
    echo "$a / $b = " . ($a / $b) . ", $a % $b = " . ($a % $b) . ", intdiv = " . intdiv($a, $b) . "\n";
}
echo round(2.5) . " " . round(-2.5) . " " . round(3.14159, 2) . " " . round(1.955, 2) . "\n";
echo floor(7.8) . " " . ceil(7.2) . " " . abs(-5) . " " . sqrt(16) . " " . pow(2, 10) . " " . 2 ** 0.5 . "\n";
echo 0.1 + 0.2, " ", 1 / 3, " ", 10 / 4, " ", 1e20, " ", 2.50, "\n";
echo max(3, 9, 2) . " " . min([4, 1, 7]) . " " . PHP_INT_MAX . "\n";
