<?php
function bubbleSort($arr) {
    $n = count($arr);
    for ($i = 0; $i < $n - 1; $i++) {
        $swapped = false;
        for ($j = 0; $j < $n - $i - 1; $j++) {
            if ($arr[$j] > $arr[$j + 1]) {
                $tmp = $arr[$j];
                $arr[$j] = $arr[$j + 1];
                $arr[$j + 1] = $tmp;
                $swapped = true;
            }
        }
        if (!$swapped) break;
    }
    return $arr;
}
$data = [64, 34, 25, 12, 22, 11, 90];
$sorted = bubbleSort($data);
echo "Original: " . implode(" ", $data) . "\n";
echo "Sorted: " . implode(" ", $sorted) . "\n";
