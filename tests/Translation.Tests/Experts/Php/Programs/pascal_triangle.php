<?php
function pascal($rows) {
    $tri = [];
    for ($i = 0; $i < $rows; $i++) {
        $row = [1];
        for ($j = 1; $j < $i; $j++) {
            $row[] = $tri[$i - 1][$j - 1] + $tri[$i - 1][$j];
        }
        if ($i > 0) $row[] = 1;
        $tri[] = $row;
    }
    return $tri;
}
foreach (pascal(7) as $i => $row) {
    echo str_repeat(" ", 7 - $i) . implode(" ", $row) . "\n";
}
function binomial($n, $k) {
    $res = 1;
    for ($i = 0; $i < $k; $i++) {
        $res = $res * ($n - $i) / ($i + 1);
    }
    return $res;
}
echo binomial(10, 3) . " " . binomial(20, 10) . "\n";
