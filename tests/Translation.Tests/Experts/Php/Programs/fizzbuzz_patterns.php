<?php
for ($i = 1; $i <= 15; $i++) {
    if ($i % 15 == 0) echo "FizzBuzz";
    elseif ($i % 3 == 0) echo "Fizz";
    elseif ($i % 5 == 0) echo "Buzz";
    else echo $i;
    echo $i < 15 ? ", " : PHP_EOL;
}
$rows = 4;
for ($i = 1; $i <= $rows; $i++) {
    echo str_repeat(" ", $rows - $i) . str_repeat("*", 2 * $i - 1) . "\n";
}
for ($i = 1; $i <= 4; $i++) {
    for ($j = 1; $j <= $i; $j++) {
        echo $j;
    }
    echo "\n";
}
