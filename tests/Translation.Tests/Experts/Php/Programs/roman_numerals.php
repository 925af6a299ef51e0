<?php
function toRoman($num) {
    $map = ['M' => 1000, 'CM' => 900, 'D' => 500, 'CD' => 400, 'C' => 100, 'XC' => 90,
            'L' => 50, 'XL' => 40, 'X' => 10, 'IX' => 9, 'V' => 5, 'IV' => 4, 'I' => 1];
    $result = '';
    foreach ($map as $roman => $value) {
        while ($num >= $value) {
            $result .= $roman;
            $num -= $value;
        }
    }
    return $result;
}
function fromRoman($s) {
    $values = ['I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000];
    $total = 0;
    for ($i = 0; $i < strlen($s); $i++) {
        $v = $values[$s[$i]];
        if ($i + 1 < strlen($s) && $values[$s[$i + 1]] > $v) {
            $total -= $v;
        } else {
            $total += $v;
        }
    }
    return $total;
}
foreach ([1994, 2024, 3999, 4, 58] as $n) {
    $r = toRoman($n);
    echo "$n = $r = " . fromRoman($r) . "\n";
}
