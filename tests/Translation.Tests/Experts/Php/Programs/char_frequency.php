<?php
function frequencies($s) {
    $count = [];
    for ($i = 0; $i < strlen($s); $i++) {
        $c = $s[$i];
        if (isset($count[$c])) {
            $count[$c]++;
        } else {
            $count[$c] = 1;
        }
    }
    ksort($count);
    return $count;
}
foreach (frequencies("hello world programming") as $ch => $n) {
    echo "'$ch' => $n\n";
}
