<?php
function selectionSort(array $a): array {
    $n = count($a);
    for ($i = 0; $i < $n - 1; $i++) {
        $min = $i;
        for ($j = $i + 1; $j < $n; $j++) {
            if ($a[$j] < $a[$min]) $min = $j;
        }
        [$a[$i], $a[$min]] = [$a[$min], $a[$i]];
    }
    return $a;
}
function insertionSort(array $a): array {
    for ($i = 1; $i < count($a); $i++) {
        $key = $a[$i];
        $j = $i - 1;
        while ($j >= 0 && $a[$j] > $key) {
            $a[$j + 1] = $a[$j];
            $j--;
        }
        $a[$j + 1] = $key;
    }
    return $a;
}
$data = [29, 10, 14, 37, 13, -5, 0];
echo implode(" ", selectionSort($data)) . "\n";
echo implode(" ", insertionSort($data)) . "\n";
echo implode(" ", $data) . "\n";
