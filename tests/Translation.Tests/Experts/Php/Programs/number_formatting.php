<?php
$values = [0, 1.5, -2.25, 1000000, 3.14159265, 1/3, 2/3, 100/7];
foreach ($values as $v) {
    echo str_pad((string)$v, 20) . "|" . sprintf("%8.3f", $v) . "|" . number_format($v, 2) . "|" . round($v, 1) . "\n";
}
echo 10 ** 3 . " " . 2 ** -1 . " " . 7 <=> 3;
echo "\n";
echo intdiv(-7, 2) . " " . (int)(-7 / 2) . " " . floor(-7 / 2) . " " . fmod(7.5, 2) . "\n";
echo PHP_INT_MAX + 1 . "\n";
