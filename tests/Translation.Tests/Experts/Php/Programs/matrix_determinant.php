<?php
function determinant($m) {
    $n = count($m);
    if ($n == 1) return $m[0][0];
    if ($n == 2) return $m[0][0] * $m[1][1] - $m[0][1] * $m[1][0];
    $det = 0;
    for ($c = 0; $c < $n; $c++) {
        $sub = [];
        for ($i = 1; $i < $n; $i++) {
            $row = [];
            for ($j = 0; $j < $n; $j++) {
                if ($j != $c) $row[] = $m[$i][$j];
            }
            $sub[] = $row;
        }
        $sign = ($c % 2 == 0) ? 1 : -1;
        $det += $sign * $m[0][$c] * determinant($sub);
    }
    return $det;
}
echo determinant([[4]]) . "\n";
echo determinant([[1, 2], [3, 4]]) . "\n";
echo determinant([[6, 1, 1], [4, -2, 5], [2, 8, 7]]) . "\n";
echo determinant([[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]) . "\n";
